// Aliased: a parameter typed `Performance` would make decorator metadata name Node's global Performance class.
import type { Performance as PerformanceRow } from '../../db/generated/client';
import { Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { markDecimal, type MarkUnit } from '../../domain';
import { AthleteType } from '../athletes/athlete.type';
import { RaceType } from '../competitions/race.type';
import { notFound } from '../common/errors';
import { whenLoaded } from '../common/when-loaded';
import { encodeGlobalId } from '../common/relay';
import { SourceType } from '../sources/source.type';
import { MarkType } from './mark.type';
import { PerformanceType } from './performance.type';

@Resolver(() => PerformanceType)
export class PerformanceResolver {
  @FieldResolver(() => ID, { description: 'Global, opaque id of this performance.' })
  id(@Root() performance: PerformanceRow): string {
    return encodeGlobalId('Performance', performance.id);
  }

  @FieldResolver(() => AthleteType, { description: 'Who competed.' })
  athlete(@Root() performance: PerformanceRow, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(performance.athleteId);
  }

  @FieldResolver(() => RaceType, { description: 'The race it was achieved in (and through it the meet and event).' })
  race(@Root() performance: PerformanceRow, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(performance.raceId);
  }

  @FieldResolver(() => MarkType, {
    nullable: true,
    description: 'The mark, as published and as an exact value; null when not achieved or not given.',
  })
  mark(@Root() performance: PerformanceRow, @Ctx() ctx: Context): MarkType | null | Promise<MarkType | null> {
    const { markValue: value, markText: text, precision } = performance;
    if (value === null || text === null || precision === null) return null;
    return whenLoaded(ctx.loaders.race.load(performance.raceId), (race) =>
      whenLoaded(race && ctx.loaders.event.load(race.eventId), (event) => {
        if (!event) throw notFound('event', `for race ${performance.raceId}`);
        return { text, value, unit: event.unit, precision, decimal: markDecimal(value, event.unit as MarkUnit) };
      }),
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The place as published: "2", or "2=" when the source shows it shared; null without a place.',
  })
  placeText(@Root() performance: PerformanceRow): string | null {
    const { place } = performance;
    if (place === null) return null;
    return performance.tied ? `${place}=` : String(place);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Wind in m/s for this mark where it applies and is known (positive is a tailwind).',
  })
  windMps(@Root() performance: PerformanceRow): number | null {
    return performance.windMps === null ? null : Number(performance.windMps);
  }

  @FieldResolver(() => [SourceType], { description: 'Where this result comes from.' })
  sources(@Root() performance: PerformanceRow, @Ctx() ctx: Context) {
    return ctx.loaders.sourcesOfPerformance.load(performance.id);
  }
}
