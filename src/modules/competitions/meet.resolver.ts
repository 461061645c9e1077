import type { Meet } from '../../db/generated/client';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { CountryType } from '../countries/country.type';
import { badUserInput } from '../common/errors';
import { oneKey } from '../common/lookup';
import { decodeNumericId, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { SourceType } from '../sources/source.type';
import { ChampionshipType } from './championship.type';
import { MeetConnection, MeetType } from './meet.type';
import { RaceConnection } from './race.type';

@ArgsType()
class MeetsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only editions of this championship (its slug, e.g. "olympic-games").' })
  championship?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only meets held in this calendar year (Tokyo 2020 is in 2021).' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all occur in the name or an alias; accents and case are ignored ("zurich" finds "Weltklasse Zürich", "oregon" a meet also known as "Oregon 2022").',
  })
  search?: string | null;
}

@Resolver(() => MeetType)
export class MeetResolver {
  @Query(() => MeetType, { nullable: true, description: 'One meet, by global `id` or `slug` (give exactly one).' })
  meet(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the meet.' }) id?: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'URL slug, e.g. "paris-2024".' }) slug?: string | null,
  ) {
    return oneKey({ id, slug }, ['id', 'slug']) === 'id'
      ? ctx.loaders.meet.load(decodeNumericId(id as string, 'Meet'))
      : ctx.loaders.meetBySlug.load(slug as string);
  }

  @Query(() => MeetConnection, {
    description: 'Meets, the latest year first, optionally of one championship or year, or searched by name or alias.',
  })
  async meets(@Ctx() ctx: Context, @Args() args: MeetsArgs) {
    let championshipId: number | null = null;
    if (args.championship != null) {
      const championship = await ctx.services.championships.findBySlug(args.championship);
      if (!championship) throw badUserInput('championship', `no championship has the slug "${args.championship}"`);
      championshipId = championship.id;
    }
    return ctx.services.meets.list({ ...args, championshipId });
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this meet.' })
  id(@Root() meet: Meet): string {
    return encodeGlobalId('Meet', meet.id);
  }

  @FieldResolver(() => ChampionshipType, {
    nullable: true,
    description: 'The series this meet is an edition of; null for a one-off meeting.',
  })
  championship(@Root() meet: Meet, @Ctx() ctx: Context) {
    return meet.championshipId === null ? null : ctx.loaders.championship.load(meet.championshipId);
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'The host country, where known.' })
  country(@Root() meet: Meet, @Ctx() ctx: Context) {
    return meet.countryCode ? ctx.loaders.country.load(meet.countryCode) : null;
  }

  @FieldResolver(() => RaceConnection, { description: 'Its races in programme order: by day, event, round (the final last) and heat.' })
  async races(@Root() meet: Meet, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.racesOfMeet.load(meet.id), page, (r) => r.id);
  }

  @FieldResolver(() => [String], { description: 'Other names the meet is known by, e.g. "Oregon 2022" for "Eugene 2022".' })
  async aliases(@Root() meet: Meet, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.aliasesOfMeet.load(meet.id)).map((alias) => alias.name);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the facts about this meet come from.' })
  sources(@Root() meet: Meet, @Ctx() ctx: Context) {
    return ctx.loaders.sourcesOfMeet.load(meet.id);
  }
}
