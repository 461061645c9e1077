import { CombinedEventPointsResolver } from './combined-points.resolver';

/** The combined-events module's resolvers, for the schema's list. */
export const combinedResolvers = [CombinedEventPointsResolver] as const;
