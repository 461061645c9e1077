// A cheap test, once per pair of a block, of whether nameEvidence could find two names to match:
// nameEvidence folds, splits and compares the two names every time (5 µs a pair), and a block of
// a common family name holds many pairs that share nothing else. Never says no where
// nameEvidence would say yes (name-shortcut.test.ts holds it to that over thousands of pairs):
// the same name and words in another order have the same letters; spellings are at most
// MAX_NAME_EDITS edits apart, and an edit changes at most MAX_NAME_EDITS letters of the bag;
// an initial is a one-letter first word; one name's words all in the other's ("Marcell Jacobs",
// "Lamont Marcell Jacobs") make the two names differ in how many words and hyphenated parts they have.
import type { Athlete } from '../../db/generated/client';
import { MAX_NAME_EDITS, type NameParts } from '../../domain';

/** What the test needs of a name, worked out once per athlete. */
export interface NameShape {
  /** The folded name (search_name) and the stored family name, for nameEvidence (which folds them again, cheaply). */
  parts: NameParts;
  /** How often each letter a-z occurs in the name's words, and (27th) any other character, spaces included. */
  letters: Uint8Array;
  /** The first word is a single letter ("B. Kigen"). */
  initial: boolean;
  /** Words, and hyphenated parts of words: "Maruša Mišmaš-Zrimšek" has two words, three parts. */
  wordCount: number;
  partCount: number;
}

export function nameShape(a: Pick<Athlete, 'searchName' | 'familyName'>): NameShape {
  const words = a.searchName
    .replace(/[.'\u2019`,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const letters = new Uint8Array(27);
  for (const c of words.join(' ')) {
    const i = c.charCodeAt(0) - 97;
    const slot = i >= 0 && i < 26 ? i : 26;
    if (letters[slot] < 255) letters[slot]++;
  }
  return {
    parts: { displayName: a.searchName, familyName: a.familyName },
    letters,
    initial: words[0]?.length === 1,
    wordCount: words.length,
    partCount: words.flatMap((w) => w.split('-')).filter((p) => p !== '').length,
  };
}

/**
 * The bag distance of two names' letters: a lower bound of their edit distance (an edit adds,
 * drops or changes one letter; a swap of two changes none). Counting the other characters as
 * one only lowers it.
 */
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 27; i++) {
    const d = a[i] - b[i];
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
}

/** False only where nameEvidence would find no match. */
export function mayMatch(a: NameShape, b: NameShape): boolean {
  return (
    a.initial ||
    b.initial ||
    a.wordCount !== b.wordCount ||
    a.partCount !== b.partCount ||
    bagDistance(a.letters, b.letters) <= MAX_NAME_EDITS
  );
}
