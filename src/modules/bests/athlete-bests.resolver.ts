// Bests as fields of Athlete: TypeGraphQL merges these into the Athlete type defined by
// the athletes module. Every field reads the same batched loader (one SQL for many athletes).
import type { Athlete } from '../../db/generated/client';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { readsAthleteResults } from '../athletes/athlete-result-fields';
import { personalBests, progression, seasonBests } from './athlete-bests';

readsAthleteResults('personalBests', 'seasonBests', 'progression');
import { BestMarkType } from './best-mark.type';
import type { SeasonBestValue } from './bests.service';
import { lookUpEvent } from './event-lookup';
import { EventRef } from './event-ref.type';

const HAND_TIMES =
  'Hand times (TENTHS_HAND) only, instead of the default fully automatic marks: hand times are never ranked with automatic ones.';
const LEGAL = 'Legal marks only: finished with a mark, wind +2.0 m/s or less where wind applies (unknown wind counts), hand times apart.';

@Resolver(() => AthleteType)
export class AthleteBestsResolver {
  @FieldResolver(() => [BestMarkType], {
    description: `Personal best in each event, outdoor and indoor apart (each flagged by \`indoor\`), with the performance that set it; by event, outdoor first. ${LEGAL} Equal marks: the first set stands.`,
  })
  async personalBests(
    @Root() athlete: Athlete,
    @Ctx() ctx: Context,
    @Arg('indoor', () => Boolean, { nullable: true, description: 'true: indoor bests only; false: outdoor only; omitted or null: both.' })
    indoor?: boolean | null,
    @Arg('handTimes', () => Boolean, { defaultValue: false, description: HAND_TIMES }) handTimes = false,
  ): Promise<SeasonBestValue[]> {
    return personalBests(await ctx.loaders.seasonBestsOfAthlete.load(athlete.id), { indoor: indoor ?? null, handTimes });
  }

  @FieldResolver(() => [BestMarkType], {
    description: `Season best in each event. A season is the year of the race's date (Tokyo 2020, raced in 2021, counts in 2021), outdoor and indoor apart. Most recent season first, then by event. ${LEGAL}`,
  })
  async seasonBests(
    @Root() athlete: Athlete,
    @Ctx() ctx: Context,
    @Arg('season', () => Int, { nullable: true, description: "The season's year, e.g. 2024; omitted or null: every season." })
    season?: number | null,
    @Arg('indoor', () => Boolean, { nullable: true, description: 'true: indoor seasons only; false: outdoor only; omitted or null: both.' })
    indoor?: boolean | null,
    @Arg('handTimes', () => Boolean, { defaultValue: false, description: HAND_TIMES }) handTimes = false,
  ): Promise<SeasonBestValue[]> {
    const rows = await ctx.loaders.seasonBestsOfAthlete.load(athlete.id);
    return seasonBests(rows, { season: season ?? null, indoor: indoor ?? null, handTimes });
  }

  @FieldResolver(() => [BestMarkType], {
    description: `The athlete's best mark of each season in one event, oldest first (a year's indoor season before its outdoor one). ${LEGAL}`,
  })
  async progression(
    @Root() athlete: Athlete,
    @Ctx() ctx: Context,
    @Arg('event', () => EventRef, { description: 'The event, e.g. { code: "3000SC", sex: MALE }.' }) event: EventRef,
    @Arg('indoor', () => Boolean, { nullable: true, description: 'true: indoor seasons only; false: outdoor only; omitted or null: both.' })
    indoor?: boolean | null,
    @Arg('handTimes', () => Boolean, { defaultValue: false, description: HAND_TIMES }) handTimes = false,
  ): Promise<SeasonBestValue[]> {
    const [found, rows] = await Promise.all([lookUpEvent(ctx, event), ctx.loaders.seasonBestsOfAthlete.load(athlete.id)]);
    return progression(rows, { eventId: found.id, indoor: indoor ?? null, handTimes });
  }
}
