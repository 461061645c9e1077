// An athlete's best legal mark per event and season (year x indoor), hand times as a group
// of their own, worked out from the athlete's results with their races and meets: the same
// rows the athlete's results list reads, so a profile reads them once (before: a second
// pass over every result in SQL, the profile's most expensive statement).
import type { Event } from '../../db/generated/client';
import { isWindLegal, markDecimal, windStatus, type MarkPrecision, type MarkUnit } from '../../domain';
import type { PerformanceWithRace } from '../results/performance.service';
import type { SeasonBestValue } from './bests.service';

/**
 * Legal marks only: finished with a mark, and not over the wind limit where wind applies
 * (an unknown reading is given the benefit of the doubt). Equal marks: the earlier day,
 * then the earlier record, stands. In event, season, indoor, hand order.
 */
export function seasonBestsOfResults(
  results: readonly PerformanceWithRace[],
  eventOf: (id: number) => Event | undefined,
): SeasonBestValue[] {
  const best = new Map<string, SeasonBestValue>();
  for (const p of results) {
    const { race } = p;
    const { meet } = race;
    const event = eventOf(race.eventId);
    if (p.status !== 'FINISHED' || p.markValue === null || p.markText === null || p.precision === null || !event) continue;
    if (race.season === null) continue; // set by a trigger on every stored race
    const wind = p.windMps ?? race.windMps;
    const windMps = wind === null ? null : Number(wind);
    const windApplies = event.windAffected && !meet.indoor;
    if (!isWindLegal(windMps, windApplies)) continue;
    const hand = p.precision === 'TENTHS_HAND';
    const key = `${race.eventId}:${race.season}:${meet.indoor}:${hand}`;
    const sortMark = event.direction === 'LOWER_IS_BETTER' ? p.markValue : -p.markValue;
    const sortDate = race.effectiveDate ?? new Date(Date.UTC(meet.year, 0, 1));
    const current = best.get(key);
    // The whole value (its mark's decimal text included) only for a new best of its group.
    if (current && !isBetter({ sortMark, sortDate, performanceId: p.id }, current)) continue;
    const unit = event.unit as MarkUnit;
    best.set(key, {
      performanceId: p.id,
      athleteId: p.athleteId,
      eventId: race.eventId,
      mark: {
        text: p.markText,
        value: p.markValue,
        unit,
        precision: p.precision as MarkPrecision,
        decimal: markDecimal(p.markValue, unit),
      },
      season: race.season,
      indoor: meet.indoor,
      date: race.effectiveDate,
      windMps,
      windStatus: windStatus(windMps, windApplies),
      sortMark,
      sortDate,
      eventCode: event.code,
      eventSex: event.sex,
      hand,
    });
  }
  return [...best.values()].sort(
    (a, b) => a.eventId - b.eventId || a.season - b.season || Number(a.indoor) - Number(b.indoor) || Number(a.hand) - Number(b.hand),
  );
}

type Ranked = Pick<SeasonBestValue, 'sortMark' | 'sortDate' | 'performanceId'>;

const isBetter = (a: Ranked, b: Ranked) =>
  (a.sortMark - b.sortMark || a.sortDate.getTime() - b.sortDate.getTime() || a.performanceId - b.performanceId) < 0;
