// Gives every interface and union its type resolver back as a plain, synchronous function.
//
// TypeGraphQL wraps each `resolveType` of a decorator in an async function (its schema
// generator's getResolveTypeFunction), so every abstract value answers its type with a promise.
// graphql-js awaits it; graphql-jit 0.8 reads the answer as it comes (a promise names no type:
// "must resolve to an Object type at runtime"). The app lists, for each abstract type, the
// function its decorator names (src/app/schema.ts, TYPE_RESOLVERS), and this installs them.
import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';

/** Abstract type name -> the synchronous function that names an object's type. */
export type TypeResolvers = Record<string, GraphQLTypeResolver<unknown, unknown>>;

/**
 * Replaces the resolveType of every interface and union of `schema` with its entry in
 * `resolvers`. An abstract type without one is an error: the compiled executor could not run it.
 */
export function resolveTypesAtOnce(schema: GraphQLSchema, resolvers: TypeResolvers, listedIn = 'the type resolvers'): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    const resolve = resolvers[type.name];
    if (!resolve) throw new Error(`${type.name} has no entry in ${listedIn}: the compiled executor needs a synchronous resolveType`);
    type.resolveType = resolve;
  }
  return schema;
}
