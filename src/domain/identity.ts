// When two spellings are probably one person's name: the rules that identity resolution
// (imports) and duplicate detection (curation) share. Pure: names in, verdicts out.
import { foldName } from './names';

/** The most edits (insert, delete, substitute, swap two neighbours) two folded names may differ by. */
export const MAX_NAME_EDITS = 2;
/**
 * Letters of name each edit needs: "Abraham Kibiwot" (15) may be one letter off, "Geordie
 * Beamish" (15) two, but "Tie Delta" (9) not two from "Tie Beta".
 */
export const LETTERS_PER_EDIT = 6;

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein without re-editing a substring),
 * stopping early once it exceeds `max`: then max + 1 is returned.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** A name split into words, folded, without punctuation but hyphens inside words. */
function words(name: string): string[] {
  return foldName(name)
    .replace(/[.'\u2019`,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

export interface NameParts {
  displayName: string;
  givenName?: string | null;
  familyName?: string | null;
}

/** Why two names are taken for one person's, or null when they are not. */
export type NameEvidence =
  | { kind: 'SAME_NAME' }
  | { kind: 'SPELLING'; edits: number }
  | { kind: 'INITIAL'; familyName: string }
  | { kind: 'WORD_ORDER' }
  | { kind: 'FEWER_NAMES' };

/**
 * Whether two published names are probably the same person's: the same folded name, a
 * spelling within MAX_NAME_EDITS edits, one per LETTERS_PER_EDIT letters ("Kibiwot" /
 * "Kibiwott"; short names one letter apart stay apart), the same words in another
 * order ("KIGEN Benjamin"), or the same family name with the same given-name initial
 * ("B. Kigen"), or every name of the shorter one in the longer ("Marcell Jacobs" in "Lamont
 * Marcell Jacobs", "Maruša Mišmaš" in "Maruša Mišmaš-Zrimšek"; two names at least). The
 * family name is the stored one where known, else the last word.
 */
export function nameEvidence(a: NameParts, b: NameParts): NameEvidence | null {
  const fa = foldName(a.displayName);
  const fb = foldName(b.displayName);
  if (fa === fb) return { kind: 'SAME_NAME' };
  const wa = words(a.displayName);
  const wb = words(b.displayName);
  if (wa.length > 0 && wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ')) return { kind: 'WORD_ORDER' };
  const shorter = Math.min(fa.length, fb.length);
  const edits = editDistance(wa.join(' '), wb.join(' '), MAX_NAME_EDITS);
  if (edits <= MAX_NAME_EDITS && edits * LETTERS_PER_EDIT <= shorter) return { kind: 'SPELLING', edits };
  const [fewer, more] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const parts = (w: string[]) => w.flatMap((x) => x.split('-')).filter((x) => x !== '');
  const moreParts = new Set(parts(more));
  if (fewer.length >= 2 && parts(fewer).length < moreParts.size && parts(fewer).every((x) => moreParts.has(x)))
    return { kind: 'FEWER_NAMES' };
  // The family name one side knows (else the last word), which both names must end with.
  const familyName = knownFamily(a) ?? knownFamily(b) ?? (wa.length >= 2 ? wa[wa.length - 1] : null);
  if (familyName) {
    const givenA = givenBefore(wa, familyName);
    const givenB = givenBefore(wb, familyName);
    // One side an initial only ("B."), the other a full given name with that initial.
    if (givenA && givenB && givenA[0] === givenB[0] && (givenA.length === 1 || givenB.length === 1)) {
      return { kind: 'INITIAL', familyName };
    }
  }
  return null;
}

function knownFamily(n: NameParts): string | null {
  return n.familyName ? words(n.familyName).join(' ') || null : null;
}

/** The given name(s) before the family name, or null when the name does not end with it. */
function givenBefore(w: string[], familyName: string): string | null {
  const name = w.join(' ');
  if (!name.endsWith(` ${familyName}`)) return null;
  return name.slice(0, name.length - familyName.length - 1);
}

/** The evidence as a curator reads it. */
export function describeNameEvidence(e: NameEvidence): string {
  switch (e.kind) {
    case 'SAME_NAME':
      return 'the same name';
    case 'SPELLING':
      return `names ${e.edits} letter${e.edits === 1 ? '' : 's'} apart`;
    case 'WORD_ORDER':
      return 'the same names in another order';
    case 'INITIAL':
      return `the same family name (${e.familyName}) and given-name initial`;
    case 'FEWER_NAMES':
      return 'every name of one in the other';
  }
}

/** An athlete's id in another system, e.g. WA:14208194 (World Athletics) or WIKIDATA:Q21622479. */
export interface ExternalId {
  system: string;
  value: string;
}

/** What each known system's ids look like; any other system takes any text without spaces. */
const EXTERNAL_ID_FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  WA: { pattern: /^\d{1,12}$/, example: 'WA:14208194' },
  WIKIDATA: { pattern: /^Q\d{1,12}$/, example: 'WIKIDATA:Q21622479' },
};

export class ExternalIdError extends Error {}

/**
 * Reads "SYSTEM:value" (the system's case does not matter, a Wikidata q-id's q is upper-cased).
 * Throws ExternalIdError with a message fit for a user.
 */
export function parseExternalId(text: string): ExternalId {
  const m = /^\s*([A-Za-z][A-Za-z0-9_]{0,31}):(\S{1,200})\s*$/.exec(text);
  if (!m) throw new ExternalIdError(`"${text}" is not an external id written SYSTEM:value, e.g. WA:14208194`);
  const system = m[1].toUpperCase();
  const value = system === 'WIKIDATA' ? m[2].toUpperCase() : m[2];
  const format = EXTERNAL_ID_FORMATS[system];
  if (format && !format.pattern.test(value)) throw new ExternalIdError(`"${text}" is not a ${system} id (e.g. ${format.example})`);
  return { system, value };
}

export const externalIdText = (id: ExternalId) => `${id.system}:${id.value}`;
