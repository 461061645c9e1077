// Athlete fields worked out from all of the athlete's results. A query that shows one gets the
// athlete, aliases and results in one statement (AthleteService.withResults). Each module that
// adds such a field to Athlete declares it here, beside its resolver: nobody lists another
// module's fields.
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../common/selection';

const fields = new Set<string>(['performances']);

/** Declares Athlete fields whose resolvers read the athlete's results (performancesOfAthlete). */
export function readsAthleteResults(...names: string[]): void {
  for (const name of names) fields.add(name);
}

/** Whether the query shows any of them (looked up through fragments), without building a list per request. */
export function showsAthleteResults(info: GraphQLResolveInfo): boolean {
  for (const field of fields) if (selectsField(info, field)) return true;
  return false;
}
