import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema } from 'type-graphql';
import { athleteResolvers } from '../modules/athletes';
import { authResolvers } from '../modules/auth';
import { bestsResolvers } from '../modules/bests';
import { legalMarkTypeName } from '../modules/bests/best-mark.type';
import { chartResolvers } from '../modules/charts';
import { combinedResolvers } from '../modules/combined';
import { nodeTypeName } from '../modules/common/relay';
import { competitionResolvers } from '../modules/competitions';
import { countryResolvers } from '../modules/countries';
import { curationResolvers } from '../modules/curation';
import { identityResolvers } from '../modules/identity';
import { importResolvers } from '../modules/imports';
import { medalResolvers } from '../modules/medals';
import { nodeResolvers } from '../modules/node';
import { performanceResolvers } from '../modules/performances';
import { relayResolvers } from '../modules/relays';
import { resultResolvers } from '../modules/results';
import { rivalryResolvers } from '../modules/rivalries';
import { sourceResolvers } from '../modules/sources';
import { callResolversDirectly } from '../runtime/execution/direct-resolvers';
import { resolveTypesAtOnce, type TypeResolvers } from '../runtime/execution/resolve-types-at-once';

/** Every module's resolvers: each module's index.ts says which are its own. */
export const resolvers = [
  ...athleteResolvers,
  ...competitionResolvers,
  ...countryResolvers,
  ...resultResolvers,
  ...nodeResolvers,
  ...sourceResolvers,
  ...medalResolvers,
  ...performanceResolvers,
  ...bestsResolvers,
  ...chartResolvers,
  ...rivalryResolvers,
  ...importResolvers,
  ...relayResolvers,
  ...curationResolvers,
  ...authResolvers,
  ...identityResolvers,
  ...combinedResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/**
 * The schema, built once per process from the decorated classes. No global middlewares, no auth
 * checker and `validate: false`: what lets callResolversDirectly skip TypeGraphQL's wrapper.
 */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false })
    .then(describeRootTypes)
    .then((schema) => resolveTypesAtOnce(schema, TYPE_RESOLVERS, 'TYPE_RESOLVERS (src/app/schema.ts)'))
    .then((schema) => {
      callResolversDirectly(schema, resolvers);
      return schema;
    });
  return built;
}

// TypeGraphQL has no decorator for the root types' own descriptions.
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query)
    query.description = 'Entry points for reading the athletics graph: athletes, meets, championships, races and any object by id.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes to the athletics graph; every mutation needs an API key.';
  return schema;
}

/**
 * How each interface (and union) finds an object's type: the functions its decorator names. A
 * new interface or union needs its entry here (appSchema fails without one): see src/runtime/README.md.
 */
const TYPE_RESOLVERS: TypeResolvers = {
  Node: nodeTypeName as GraphQLTypeResolver<unknown, unknown>,
  LegalMark: legalMarkTypeName as GraphQLTypeResolver<unknown, unknown>,
};

/** The SDL committed as schema.graphql: sorted, so that diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
