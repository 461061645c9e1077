// Athlete.medals lives here, not in the athletes module: TypeGraphQL merges the field
// resolvers of every class declared for the same object type.
import type { Athlete } from '../../db/generated/client';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { readsAthleteResults } from '../athletes/athlete-result-fields';
import { AthleteType } from '../athletes/athlete.type';
import { AgeCategory, ChampionshipLevel } from '../common/enums';
import { PageArgs, pageOfList } from '../common/relay';
import { AthleteMedalConnection } from './medal.type';

readsAthleteResults('medals');

@ArgsType()
class AthleteMedalsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only medals of this championship series, by slug, e.g. "olympic-games" (an unknown slug matches nothing).',
  })
  championship?: string | null;

  @Field(() => ChampionshipLevel, { nullable: true, description: 'Only medals of championships of this level, e.g. OLYMPIC or WORLD.' })
  level?: ChampionshipLevel | null;

  @Field(() => AgeCategory, { nullable: true, description: 'Only medals of championships of this age category, e.g. SENIOR or U20.' })
  ageCategory?: AgeCategory | null;
}

@Resolver(() => AthleteType)
export class AthleteMedalsResolver {
  @FieldResolver(() => AthleteMedalConnection, {
    description:
      "The athlete's championship medals, most recent first: place 1, 2 or 3 in a completed final of a series that awards medals (Diamond League wins are not medals), finished (a DQ wins nothing). Shared places give shared medals.",
  })
  async medals(@Root() athlete: Athlete, @Ctx() ctx: Context, @Args() args: AthleteMedalsArgs) {
    // One query for every athlete of the request; the filters apply to the loaded list.
    const medals = (await ctx.loaders.medalsOfAthlete.load(athlete.id)).filter(
      (m) =>
        (args.championship == null || m.championshipSlug === args.championship) &&
        (args.level == null || m.level === args.level) &&
        (args.ageCategory == null || m.ageCategory === args.ageCategory),
    );
    return pageOfList(medals, args, (m) => m.performanceId);
  }
}
