import { badUserInput } from './errors';

/** For queries taking `id` or `slug`: exactly one must be given. */
export function oneKey(args: Record<string, unknown>, names: string[]): string {
  const given = names.filter((name) => args[name] != null);
  if (given.length !== 1) {
    throw badUserInput(names.join('|'), `give exactly one of ${names.join(', ')} (got ${given.length})`);
  }
  return given[0];
}
