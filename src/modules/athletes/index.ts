import { AthleteResolver } from './athlete.resolver';

/** The athletes module's resolvers, for the schema's list. */
export const athleteResolvers = [AthleteResolver] as const;
