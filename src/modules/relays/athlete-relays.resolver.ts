// Athlete.relayLegs and Athlete.relayMedals live here: TypeGraphQL merges the field resolvers
// of every class declared for the same object type.
import type { Athlete } from '../../db/generated/client';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { ChampionshipType } from '../competitions/championship.type';
import { EventType } from '../competitions/event.type';
import { MeetType } from '../competitions/meet.type';
import { RaceType } from '../competitions/race.type';
import { AgeCategory, ChampionshipLevel } from '../common/enums';
import { Medal, MEDAL_OF_PLACE, markOfMedal } from '../medals/medal.type';
import { MarkType } from '../results/mark.type';
import { AthleteRelayMedalType } from './relay-medal.type';
import type { RelayMedalRow } from './relay.service';
import { RelayLegType, RelayTeamType } from './relay.type';

@ArgsType()
class RelayMedalsArgs {
  @Field(() => String, { nullable: true, description: 'Only medals of this championship series, by slug, e.g. "olympic-games".' })
  championship?: string | null;

  @Field(() => ChampionshipLevel, { nullable: true, description: 'Only medals of championships of this level.' })
  level?: ChampionshipLevel | null;

  @Field(() => AgeCategory, { nullable: true, description: 'Only medals of championships of this age category.' })
  ageCategory?: AgeCategory | null;
}

@Resolver(() => AthleteType)
export class AthleteRelaysResolver {
  @FieldResolver(() => [RelayLegType], {
    description: 'Every relay leg the athlete ran, most recent race first, with its team. Relay legs are never among `results` or bests.',
  })
  relayLegs(@Root() athlete: Athlete, @Ctx() ctx: Context) {
    return ctx.loaders.relayLegsOfAthlete.load(athlete.id);
  }

  @FieldResolver(() => [AthleteRelayMedalType], {
    description:
      "The relay medals of the teams the athlete ran for, in any round, most recent first. With `medals` (individual medals) this is the athlete's medal history.",
  })
  async relayMedals(@Root() athlete: Athlete, @Ctx() ctx: Context, @Args() args: RelayMedalsArgs) {
    return (await ctx.loaders.relayMedalsOfAthlete.load(athlete.id)).filter(
      (m) =>
        (args.championship == null || m.championshipSlug === args.championship) &&
        (args.level == null || m.level === args.level) &&
        (args.ageCategory == null || m.ageCategory === args.ageCategory),
    );
  }
}

@Resolver(() => AthleteRelayMedalType)
export class AthleteRelayMedalResolver {
  @FieldResolver(() => Medal, { description: 'Gold, silver or bronze.' })
  medal(@Root() row: RelayMedalRow): Medal {
    return MEDAL_OF_PLACE[row.place];
  }

  @FieldResolver(() => RelayTeamType, { description: 'The team that won the medal, in the final (with its legs).' })
  team(@Root() row: RelayMedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.relayTeam.load(row.relayTeamId);
  }

  @FieldResolver(() => ChampionshipType, { description: 'The championship series.' })
  championship(@Root() row: RelayMedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.championship.load(row.championshipId);
  }

  @FieldResolver(() => MeetType, { description: 'The edition (meet) it was won at.' })
  edition(@Root() row: RelayMedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.meet.load(row.meetId);
  }

  @FieldResolver(() => EventType, { description: "The relay event, e.g. the men's 4x100m." })
  event(@Root() row: RelayMedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(row.eventId);
  }

  @FieldResolver(() => RaceType, { description: 'The final.' })
  race(@Root() row: RelayMedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(row.raceId);
  }

  @FieldResolver(() => MarkType, { nullable: true, description: "The team's time in the final." })
  mark(@Root() row: RelayMedalRow): MarkType | null {
    return markOfMedal(row);
  }
}
