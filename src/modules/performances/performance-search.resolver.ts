// Aliased: a parameter typed `Performance` would make decorator metadata name Node's global Performance class.
import type { Performance as PerformanceRow } from '../../db/generated/client';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { markMargin, type MarkUnit } from '../../domain';
import { notFound } from '../common/errors';
import { selectsField } from '../common/selection';
import { MarkType } from '../results/mark.type';
import { PerformanceConnection, PerformanceType } from '../results/performance.type';
import { marginMark } from './mark-input';
import { PerformancesArgs } from './performance-search.type';

@Resolver(() => PerformanceType)
export class PerformanceSearchResolver {
  @Query(() => PerformanceConnection, {
    description:
      'Performances for analysis: every filter given must hold. E.g. `performances(event: "3000SC", sex: MALE, season: 2024, markAtLeast: "8:10.00", orderBy: {field: MARK})`. By default the most recent first.',
  })
  async performances(@Ctx() ctx: Context, @Args() args: PerformancesArgs, @Info() info: GraphQLResolveInfo) {
    const page = await ctx.services.performanceSearch.search(args, { countNow: selectsField(info, 'totalCount') });
    ctx.loaders.remember(page.related);
    return page;
  }

  @FieldResolver(() => MarkType, {
    nullable: true,
    description:
      'How far this mark is from the race winner\'s, computed from the exact values ("13.69" for 8:19.74 behind 8:06.05; "0.00" for the winner or an equal mark). Null when either mark is missing or the race has no winner on record.',
  })
  async behindWinner(@Root() performance: PerformanceRow, @Ctx() ctx: Context): Promise<MarkType | null> {
    if (performance.markValue === null) return null;
    const [results, race] = await Promise.all([
      ctx.loaders.resultsOfRace.load(performance.raceId),
      ctx.loaders.race.load(performance.raceId),
    ]);
    const winner = results.find((result) => result.place === 1);
    if (!winner || winner.markValue === null) return null;
    const event = race && (await ctx.loaders.event.load(race.eventId));
    if (!event) throw notFound('event', `for race ${performance.raceId}`);
    return marginMark(markMargin(performance.markValue, winner.markValue), event.unit as MarkUnit);
  }
}
