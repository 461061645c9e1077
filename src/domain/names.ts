// Letters that are not a base letter plus a combining mark, so NFD leaves them alone.
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');

/**
 * The form names are searched by: accent-free, lower-case, single-spaced.
 * Punctuation such as hyphens and apostrophes is kept.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A slug: lower-case letters and digits joined by single "-", e.g. "amos-serem". */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * URL slug: lower-case ASCII words joined by "-". Apostrophes are dropped
 * rather than splitting a word ("O'Brien" -> "obrien").
 */
export function slugify(name: string): string {
  const slug = foldName(name)
    .replace(/['\u2019\u02bc`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // An empty slug (e.g. a name only in a non-Latin script) would collide with every other one.
  if (slug === '') throw new RangeError(`Cannot make a slug from "${name}": it has no Latin letters or digits`);
  return slug;
}

/** Every word of the query occurs somewhere in the candidate, ignoring accents and case. */
export function nameMatches(query: string, candidate: string): boolean {
  const tokens = foldName(query)
    .split(' ')
    .filter((t) => t !== '');
  // A blank query would otherwise match every athlete.
  if (tokens.length === 0) return false;
  const folded = foldName(candidate);
  return tokens.every((token) => folded.includes(token));
}
