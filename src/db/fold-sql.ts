// foldName (src/domain/names.ts) in SQL, for columns stored without a folded copy (meets.name):
// accents dropped and case ignored, so that a search of such a column matches as a search of
// a search_name column does. Built from foldName itself, one character at a time, over the
// Latin, Greek and Cyrillic blocks: translate() maps the characters that fold to one letter
// (or to nothing: combining marks), replace() the few that fold to two (ß, æ, œ, þ, ǆ...), and
// lower() the rest. Constant SQL text, no parameters. src/db/fold-sql.test.ts holds it to foldName.
import { foldName } from '../domain/names';
import { Prisma } from './generated/client';

/** Code point ranges folded: Latin-1 to Cyrillic, and Latin Extended Additional (Vietnamese...). */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x052f],
  [0x1e00, 0x1eff],
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

function foldExpression(): (column: string) => string {
  let from = '';
  let to = '';
  let dropped = '';
  const replacements: Array<[string, string]> = [];
  for (const [low, high] of RANGES) {
    for (let cp = low; cp <= high; cp++) {
      const c = String.fromCodePoint(cp);
      if (/\s/.test(c)) continue; // foldName only collapses spaces, which a search token never holds
      const folded = foldName(c);
      if (folded === c) continue;
      if (folded.length === 1) {
        from += c;
        to += folded;
      } else if (folded === '') dropped += c;
      else replacements.push([c, folded]);
    }
  }
  // translate() drops the characters of `from` beyond the length of `to`.
  const translated = (column: string) => `lower(translate(${column}, ${literal(from + dropped)}, ${literal(to)}))`;
  return (column) => replacements.reduce((sql, [c, folded]) => `replace(${sql}, ${literal(c)}, ${literal(folded)})`, translated(column));
}

let expression: ((column: string) => string) | undefined;

/** `column` (a column reference or expression, written as is) folded as foldName folds it. */
export function foldedSql(column: string): Prisma.Sql {
  expression ??= foldExpression();
  return Prisma.raw(expression(column));
}
