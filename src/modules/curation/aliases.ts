// Other names of an athlete or a meet, as curators give them: the complete list, each 1 to 200
// characters, spaces collapsed; the same name twice (accents and case ignored), or the record's
// own name, counts once or not at all.
import { foldName } from '../../domain';
import type { FieldCheck } from './field-errors';

/** The aliases to store, in the order given; a problem is a field error of `aliases.N`. */
export function checkAliases(check: FieldCheck, given: readonly string[], ownName: string): string[] {
  const aliases: string[] = [];
  const seen = new Set([foldName(ownName)]);
  for (const [i, raw] of given.entries()) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '' || name.length > 200) check.add(`aliases.${i}`, 'an alias is 1 to 200 characters');
    else if (!seen.has(foldName(name))) {
      seen.add(foldName(name));
      aliases.push(name);
    }
  }
  return aliases;
}
