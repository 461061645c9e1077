import { ChampionshipResolver } from './championship.resolver';
import { EventResolver } from './event.resolver';
import { MeetResolver } from './meet.resolver';
import { RaceResolver } from './race.resolver';

/** The competitions module's resolvers: championships, events, meets, races, for the schema's list. */
export const competitionResolvers = [ChampionshipResolver, EventResolver, MeetResolver, RaceResolver] as const;
