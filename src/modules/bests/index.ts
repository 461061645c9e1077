import { AthleteBestsResolver } from './athlete-bests.resolver';
import { BestMarkResolver, MarkListEntryResolver } from './best-mark.resolver';
import { MarkListResolver } from './mark-list.resolver';

/** The bests module's resolvers, for the schema's list. */
export const bestsResolvers = [AthleteBestsResolver, BestMarkResolver, MarkListEntryResolver, MarkListResolver] as const;
