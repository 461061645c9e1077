import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { badUserInput } from '../common/errors';
import { decodeGlobalId, Node, type NodeTypeName } from '../common/relay';

const numeric = (key: string, id: string): number => {
  // Ids are PostgreSQL integers: a larger key was never issued (and would fail the read).
  if (!/^[1-9]\d{0,9}$/.test(key) || Number(key) > 2_147_483_647) throw badUserInput('id', `"${id}" is not an id issued by this API`);
  return Number(key);
};

/** Loads any object from its global id, tagged with its GraphQL type for `Node`'s resolveType. */
async function loadNode(ctx: Context, id: string): Promise<object | null> {
  const { type, key } = decodeGlobalId(id);
  const loaders: Record<NodeTypeName, () => object | null | Promise<object | null>> = {
    Athlete: () => ctx.loaders.athlete.load(numeric(key, id)),
    Country: () => ctx.loaders.country.load(key),
    Event: () => ctx.loaders.event.load(numeric(key, id)),
    Championship: () => ctx.loaders.championship.load(numeric(key, id)),
    Meet: () => ctx.loaders.meet.load(numeric(key, id)),
    Race: () => ctx.loaders.race.load(numeric(key, id)),
    Performance: () => ctx.loaders.performance.load(numeric(key, id)),
    Entry: () => ctx.loaders.entry.load(numeric(key, id)),
    Source: () => ctx.loaders.source.load(numeric(key, id)),
    RelayTeam: () => ctx.loaders.relayTeam.load(numeric(key, id)),
  };
  // hasOwn: an id decoding to "constructor:1" must not reach Object's own properties.
  const load = Object.hasOwn(loaders, type) ? loaders[type] : undefined;
  if (!load) throw badUserInput('id', `"${id}" is not an id issued by this API`);
  const row = await load();
  // Not `{ ...row, __typename }`: V8 builds a spread followed by a new field the slow way.
  return row && Object.assign({}, row, { __typename: type });
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay convention); null when it no longer exists.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Several objects by their global ids, in the same order; null where one no longer exists.',
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global ids from `id` fields (at most 100).' }) ids: string[]) {
    if (ids.length > 100) throw badUserInput('ids', `at most 100 ids, got ${ids.length}`);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
