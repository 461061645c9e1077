import { AthleteRelayMedalResolver, AthleteRelaysResolver } from './athlete-relays.resolver';
import { RelayListResolver } from './relay-list.resolver';
import { RaceRelayTeamsResolver, RelayLegResolver, RelayTeamResolver } from './relay.resolver';

/** The relays module's resolvers, for the schema's list. */
export const relayResolvers = [
  RelayTeamResolver,
  RelayLegResolver,
  RaceRelayTeamsResolver,
  AthleteRelaysResolver,
  AthleteRelayMedalResolver,
  RelayListResolver,
] as const;
