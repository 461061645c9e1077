// Athlete fields worked out from all of the athlete's results. A query that shows one gets the
// athlete, aliases and results in one statement (AthleteService.withResults). Each module that
// adds such a field to Athlete declares it here, beside its resolver: nobody lists another
// module's fields.
const fields = new Set<string>(['performances']);

/** Declares Athlete fields whose resolvers read the athlete's results (performancesOfAthlete). */
export function readsAthleteResults(...names: string[]): void {
  for (const name of names) fields.add(name);
}

export const athleteFieldsFromResults: ReadonlySet<string> = fields;
