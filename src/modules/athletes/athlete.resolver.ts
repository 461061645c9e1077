import type { Athlete } from '../../db/generated/client';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ExternalIdError, externalIdText, parseExternalId } from '../../domain';
import type { Context } from '../../app/context';
import { badUserInput } from '../common/errors';
import { CountryType } from '../countries/country.type';
import { oneKey } from '../common/lookup';
import { PageArgs, decodeNumericId, encodeGlobalId, pageOfList } from '../common/relay';
import { EntryConnection } from '../results/entry.type';
import { PerformanceConnection } from '../results/performance.type';
import { AthleteConnection, AthleteType } from './athlete.type';
import { showsAthleteResults } from './athlete-result-fields';
import { ExternalIdType, type ExternalIdRow } from './external-id.type';

@ArgsType()
class AthletesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words that must all occur in the name or an alias; accents and case are ignored ("bakkali" finds Soufiane El Bakkali).',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only athletes of this country (three-letter code, e.g. "KEN").' })
  country?: string | null;
}

@Resolver(() => AthleteType)
export class AthleteResolver {
  @Query(() => AthleteType, {
    nullable: true,
    description: 'One athlete, by global `id`, by `slug` or by `externalId` (give exactly one).',
  })
  async athlete(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the athlete.' }) id?: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'URL slug, e.g. "amos-serem".' }) slug?: string | null,
    @Arg('externalId', () => String, {
      nullable: true,
      description:
        'The athlete\'s id in another system, "SYSTEM:value", e.g. "WA:14208194" or "WIKIDATA:Q21622479" (the system\'s case is ignored).',
    })
    externalId?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Athlete | null> {
    const key = oneKey({ id, slug, externalId }, ['id', 'slug', 'externalId']);
    if (key === 'externalId') return ctx.loaders.athleteByExternalId.load(externalIdKey(externalId as string));
    const byId = key === 'id';
    // A page that shows the athlete's results gets them, and the aliases, in the athlete's own statement.
    if (info && showsAthleteResults(info)) {
      return byId
        ? ctx.loaders.athleteWithResults.load(decodeNumericId(id as string, 'Athlete'))
        : ctx.loaders.athleteWithResultsBySlug.load(slug as string);
    }
    return byId ? ctx.loaders.athlete.load(decodeNumericId(id as string, 'Athlete')) : ctx.loaders.athleteBySlug.load(slug as string);
  }

  @Query(() => AthleteConnection, { description: 'Athletes in name order, optionally searched by name or filtered by country.' })
  athletes(@Ctx() ctx: Context, @Args() args: AthletesArgs) {
    return ctx.services.athletes.search({ ...args, countryCode: args.country });
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this athlete.' })
  id(@Root() athlete: Athlete): string {
    return encodeGlobalId('Athlete', athlete.id);
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'The country the athlete represents; null when no source gives it.' })
  country(@Root() athlete: Athlete, @Ctx() ctx: Context) {
    return athlete.countryCode ? ctx.loaders.country.load(athlete.countryCode) : null;
  }

  @FieldResolver(() => [String], { description: 'Other names the athlete is published under, e.g. "Bakkali", "El Bakkali".' })
  async aliases(@Root() athlete: Athlete, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.aliasesOfAthlete.load(athlete.id)).map((alias) => alias.name);
  }

  @FieldResolver(() => [ExternalIdType], {
    description: "The athlete's ids in other systems (World Athletics, Wikidata...), at most one a system, by system.",
  })
  externalIds(@Root() athlete: Athlete, @Ctx() ctx: Context): Promise<ExternalIdRow[]> {
    return ctx.loaders.externalIdsOfAthlete.load(athlete.id);
  }

  @FieldResolver(() => PerformanceConnection, { description: "The athlete's results, most recent first." })
  async performances(@Root() athlete: Athlete, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.performancesOfAthlete.load(athlete.id), page, (p) => p.id);
  }

  @FieldResolver(() => EntryConnection, { description: 'Races the athlete is entered in, including races not yet run.' })
  async entries(@Root() athlete: Athlete, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.entriesOfAthlete.load(athlete.id), page, (e) => e.id);
  }
}

/** The loader key of an `externalId` argument, "SYSTEM:value"; BAD_USER_INPUT when it is malformed. */
function externalIdKey(text: string): string {
  try {
    return externalIdText(parseExternalId(text));
  } catch (error) {
    if (error instanceof ExternalIdError) throw badUserInput('externalId', error.message);
    throw error;
  }
}
