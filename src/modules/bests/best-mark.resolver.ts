// Links of bests and list entries to the graph, each through the request's loaders.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { EventType } from '../competitions/event.type';
import { PerformanceType } from '../results/performance.type';
import { BestMarkType, MarkListEntryType, type BestMarkValue } from './best-mark.type';

@Resolver(() => BestMarkType)
export class BestMarkResolver {
  @FieldResolver(() => EventType, { description: 'The event.' })
  event(@Root() best: BestMarkValue, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(best.eventId);
  }

  @FieldResolver(() => PerformanceType, { description: 'The performance that set it; through it the race and the meet.' })
  performance(@Root() best: BestMarkValue, @Ctx() ctx: Context) {
    return ctx.loaders.performance.load(best.performanceId);
  }
}

@Resolver(() => MarkListEntryType)
export class MarkListEntryResolver {
  @FieldResolver(() => AthleteType, { description: 'Who set it.' })
  athlete(@Root() entry: BestMarkValue, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(entry.athleteId);
  }

  @FieldResolver(() => EventType, { description: 'The event.' })
  event(@Root() entry: BestMarkValue, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(entry.eventId);
  }

  @FieldResolver(() => PerformanceType, { description: 'The performance that set it; through it the race and the meet.' })
  performance(@Root() entry: BestMarkValue, @Ctx() ctx: Context) {
    return ctx.loaders.performance.load(entry.performanceId);
  }
}
