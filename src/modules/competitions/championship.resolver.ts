import type { Championship } from '../../db/generated/client';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { oneKey } from '../common/lookup';
import { decodeNumericId, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { ChampionshipConnection, ChampionshipType } from './championship.type';
import { MeetConnection } from './meet.type';

@Resolver(() => ChampionshipType)
export class ChampionshipResolver {
  @Query(() => ChampionshipType, { nullable: true, description: 'One championship series, by global `id` or `slug` (give exactly one).' })
  championship(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the championship.' }) id?: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'URL slug, e.g. "olympic-games".' }) slug?: string | null,
  ) {
    return oneKey({ id, slug }, ['id', 'slug']) === 'id'
      ? ctx.loaders.championship.load(decodeNumericId(id as string, 'Championship'))
      : ctx.services.championships.findBySlug(slug as string);
  }

  @Query(() => ChampionshipConnection, { description: 'Every championship series, by name.' })
  async championships(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.services.championships.all(), page, (c) => c.id);
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this championship.' })
  id(@Root() championship: Championship): string {
    return encodeGlobalId('Championship', championship.id);
  }

  @FieldResolver(() => MeetConnection, { description: 'Its editions, the latest held first.' })
  async editions(@Root() championship: Championship, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.editionsOfChampionship.load(championship.id), page, (m) => m.id);
  }
}
