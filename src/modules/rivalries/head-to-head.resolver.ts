import type { Athlete } from '../../db/generated/client';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { RaceType } from '../competitions/race.type';
import { badUserInput } from '../common/errors';
import { PageArgs, pageOfList } from '../common/relay';
import { PerformanceType } from '../results/performance.type';
import { AthleteRef, HeadToHeadFilter, HeadToHeadMeetingConnection, HeadToHeadMeetingType, HeadToHeadType } from './head-to-head.type';
import type { Meeting, PairRecord } from './record';
import { athleteOf, meetingFilterOf } from './rivalry-inputs';

@Resolver(() => HeadToHeadType)
export class HeadToHeadResolver {
  @Query(() => HeadToHeadType, {
    description:
      'The head-to-head record of two athletes: every race both ran, most recent first, who won each by place (never by time: equal times split by the photo finish count for the athlete placed ahead), and the totals. Individual races only: a relay is a race between teams, never a meeting of the two athletes (their legs are in `Athlete.relayLegs`).',
  })
  async headToHead(
    @Ctx() ctx: Context,
    @Arg('athleteA', () => AthleteRef, { description: 'The first athlete, e.g. `{ slug: "amos-serem" }`: the A of winsA.' })
    athleteA: AthleteRef,
    @Arg('athleteB', () => AthleteRef, { description: 'The second athlete, another one than athleteA: the B of winsB.' })
    athleteB: AthleteRef,
    @Arg('filter', () => HeadToHeadFilter, {
      nullable: true,
      description: 'Which races count (event, dates, finals, championships); all by default.',
    })
    filter?: HeadToHeadFilter | null,
  ): Promise<PairRecord> {
    const [a, b, meetingFilter] = await Promise.all([
      athleteOf(ctx, athleteA, 'athleteA'),
      athleteOf(ctx, athleteB, 'athleteB'),
      meetingFilterOf(ctx, filter),
    ]);
    if (a.id === b.id) throw badUserInput('athleteB', `is the same athlete as athleteA (${a.slug}): give two different athletes`);
    const { record, related } = await ctx.services.rivalries.headToHead(a.id, b.id, meetingFilter);
    ctx.loaders.remember(related);
    return record;
  }

  @FieldResolver(() => AthleteType, { description: 'Athlete A.' })
  athleteA(@Root() record: PairRecord, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(record.athleteAId);
  }

  @FieldResolver(() => AthleteType, { description: 'Athlete B.' })
  athleteB(@Root() record: PairRecord, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(record.athleteBId);
  }

  @FieldResolver(() => AthleteType, { nullable: true, description: 'Who has won more meetings; null when level (or they never met).' })
  async leader(@Root() record: PairRecord, @Ctx() ctx: Context): Promise<Athlete | null> {
    if (record.winsA === record.winsB) return null;
    return ctx.loaders.athlete.load(record.winsA > record.winsB ? record.athleteAId : record.athleteBId);
  }

  @FieldResolver(() => HeadToHeadMeetingConnection, {
    description: 'Every meeting, most recent first (races of unknown date by the year their meet was held).',
  })
  meetings(@Root() record: PairRecord, @Args() page: PageArgs) {
    return pageOfList(record.meetings, page, (m) => m.raceId);
  }
}

@Resolver(() => HeadToHeadMeetingType)
export class HeadToHeadMeetingResolver {
  @FieldResolver(() => RaceType, { description: 'The race, and through it the meet and the event.' })
  race(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(meeting.raceId);
  }

  @FieldResolver(() => PerformanceType, { description: "Athlete A's result: place, mark, status." })
  performanceA(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.performance.load(meeting.a.performanceId);
  }

  @FieldResolver(() => PerformanceType, { description: "Athlete B's result: place, mark, status." })
  performanceB(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.performance.load(meeting.b.performanceId);
  }

  @FieldResolver(() => AthleteType, { nullable: true, description: 'Who won this meeting; null when nobody did (see `decision`).' })
  async winner(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Athlete | null> {
    if (meeting.winner === null) return null;
    return ctx.loaders.athlete.load(meeting.winner === 'A' ? meeting.a.athleteId : meeting.b.athleteId);
  }
}
