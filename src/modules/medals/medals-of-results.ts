// An athlete's championship medals, picked out of their results (with races, meets and shared
// places, as PerformanceService.performancesOf reads them): the rows an athlete's page reads
// anyway, so a profile needs no statement of its own for its medals.
import type { Championship, Event } from '../../db/generated/client';
import type { AgeCategory, ChampionshipLevel, MarkPrecision, MarkUnit } from '../common/enums';
import type { AthleteResult } from '../results/performance.service';
import type { MedalRow } from './medal.type';

/**
 * What makes a medal (as IS_MEDAL in medal.service.ts has it for the medal table): place 1-3
 * as recorded, finished, in a completed final of a series that awards medals. In the order of
 * the results given (most recent first).
 */
export function medalsOfResults(
  results: readonly AthleteResult[],
  championshipOf: (id: number) => Championship | undefined,
  eventOf: (id: number) => Event | undefined,
): MedalRow[] {
  const medals: MedalRow[] = [];
  for (const p of results) {
    const { race } = p;
    const championship = race.meet.championshipId === null ? undefined : championshipOf(race.meet.championshipId);
    const event = eventOf(race.eventId);
    if (!championship?.awardsMedals || !event) continue;
    if (race.round !== 'FINAL' || race.status !== 'COMPLETED' || p.status !== 'FINISHED') continue;
    if (p.place === null || p.place < 1 || p.place > 3) continue;
    medals.push({
      performanceId: p.id,
      athleteId: p.athleteId,
      raceId: race.id,
      eventId: race.eventId,
      meetId: race.meetId,
      championshipId: championship.id,
      championshipSlug: championship.slug,
      level: championship.level as ChampionshipLevel,
      ageCategory: championship.ageCategory as AgeCategory,
      place: p.place,
      shared: p.placeShared,
      markValue: p.markValue,
      markText: p.markText,
      precision: p.precision as MarkPrecision | null,
      unit: event.unit as MarkUnit,
    });
  }
  return medals;
}
