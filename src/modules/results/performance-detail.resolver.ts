// The parts of a result beyond its mark. Each list is loaded for every result of the request
// at once, and only when asked for: a results page that does not select them reads nothing more.
import type { CombinedComponent, FieldAttempt, HeightAttempt, Performance as PerformanceRow } from '../../db/generated/client';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { CountryType } from '../countries/country.type';
import type { AttemptOutcome, PerformanceStatus } from '../common/enums';
import { CombinedEventBreakdownType, CombinedEventComponentType, FieldAttemptType, HeightAttemptType } from './performance-detail.type';
import { PerformanceType } from './performance.type';

const wind = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const component = (c: CombinedComponent): CombinedEventComponentType => ({
  position: c.position,
  discipline: c.discipline,
  markText: c.markText,
  markValue: c.markValue,
  windMps: wind(c.windMps),
  status: c.status as PerformanceStatus,
  points: c.points,
  publishedPoints: c.publishedPoints,
});

const attempt = (a: FieldAttempt): FieldAttemptType => ({
  number: a.number,
  outcome: a.outcome as AttemptOutcome,
  markText: a.markText,
  markValue: a.markValue,
  windMps: wind(a.windMps),
});

const height = (h: HeightAttempt): HeightAttemptType => ({
  height: h.heightText,
  heightValue: h.heightValue,
  trials: h.trials,
  cleared: h.trials.endsWith('o'),
  failures: [...h.trials].filter((t) => t === 'x').length,
});

@Resolver(() => PerformanceType)
export class PerformanceDetailResolver {
  @FieldResolver(() => CountryType, {
    nullable: true,
    description:
      "The country the athlete competed for in this result, as the results sheet gives it (allegiance transfers happen: medal tables credit this, not the athlete's current country). Null when no source gives it.",
  })
  country(@Root() performance: PerformanceRow, @Ctx() ctx: Context) {
    return performance.countryCode ? ctx.loaders.country.load(performance.countryCode) : null;
  }

  @FieldResolver(() => CombinedEventBreakdownType, {
    nullable: true,
    description: "A combined-event result's disciplines with their points and the totals; null when none are stored.",
  })
  async combined(@Root() performance: PerformanceRow, @Ctx() ctx: Context): Promise<CombinedEventBreakdownType | null> {
    const rows = await ctx.loaders.componentsOfPerformance.load(performance.id);
    if (rows.length === 0) return null;
    const computedTotal = rows.reduce((sum, c) => sum + c.points, 0);
    const publishedTotal = performance.markValue;
    return { components: rows.map(component), computedTotal, publishedTotal, agrees: publishedTotal === computedTotal };
  }

  @FieldResolver(() => [FieldAttemptType], {
    description:
      'A throw or horizontal jump: every trial in order (the mark is the best measured one); empty when no source gives the series.',
  })
  async series(@Root() performance: PerformanceRow, @Ctx() ctx: Context): Promise<FieldAttemptType[]> {
    return (await ctx.loaders.attemptsOfPerformance.load(performance.id)).map(attempt);
  }

  @FieldResolver(() => [HeightAttemptType], {
    description:
      'A high jump or pole vault: every height attempted, ascending, with its trials (countback decides equal heights); empty when no source gives the card.',
  })
  async heightCard(@Root() performance: PerformanceRow, @Ctx() ctx: Context): Promise<HeightAttemptType[]> {
    return (await ctx.loaders.heightsOfPerformance.load(performance.id)).map(height);
  }
}
