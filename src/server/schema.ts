import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AthleteResolver } from '../modules/athletes/athlete.resolver';
import { ChampionshipResolver } from '../modules/competitions/championship.resolver';
import { EventResolver } from '../modules/competitions/event.resolver';
import { MeetResolver } from '../modules/competitions/meet.resolver';
import { RaceResolver } from '../modules/competitions/race.resolver';
import { CountryResolver } from '../modules/countries/country.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { EntryResolver } from '../modules/results/entry.resolver';
import { PerformanceResolver } from '../modules/results/performance.resolver';
import { SourceResolver } from '../modules/sources/source.resolver';

export const resolvers = [
  AthleteResolver, ChampionshipResolver, CountryResolver, EntryResolver, EventResolver,
  MeetResolver, NodeResolver, PerformanceResolver, RaceResolver, SourceResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process from the decorated classes. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false });
  return built;
}

/** The SDL committed as schema.graphql: sorted, so that diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
