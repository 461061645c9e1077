import { AthleteMedalResolver } from './athlete-medal.resolver';
import { AthleteMedalsResolver } from './athlete-medals.resolver';
import { MedalTableResolver, MedalTableRowResolver } from './medal-table.resolver';

/** The medals module's resolvers, for the schema's list. */
export const medalResolvers = [AthleteMedalResolver, AthleteMedalsResolver, MedalTableResolver, MedalTableRowResolver] as const;
