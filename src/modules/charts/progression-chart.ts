// What the progression chart shows, read through the bests module: the athlete, the event
// (asked for, else the one with the most seasons of bests) and the best mark per season.
import type { Athlete, Event as EventRow } from '../../db/generated/client';
import type { Services } from '../../app/services';
import { progression } from '../bests/athlete-bests';
import { eventCodeKey, type SeasonBestValue } from '../bests/bests.service';
import type { ProgressionChartData } from './progression-svg';

/** The path of an athlete's chart, served by src/server/http/progression-chart.router.ts (slugs are URL-safe, but encoded all the same). */
export const progressionChartPath = (slug: string) => `/athletes/${encodeURIComponent(slug)}/progression.svg`;

export interface ProgressionChartQuery {
  event?: string;
  /** Defaults to the athlete's sex. */
  sex?: string;
  /** Outdoor or indoor; defaults to whichever has more seasons in the event (outdoor on a tie). */
  indoor?: boolean;
}

export type ProgressionChartResult =
  { kind: 'chart'; data: ProgressionChartData } | { kind: 'unknown-athlete' } | { kind: 'bad-query'; message: string };

const SEXES = new Set(['MALE', 'FEMALE', 'MIXED']);

/** The (event, indoor) with the most seasons; ties: fewer event ids first, outdoor first. */
function busiestEvent(rows: readonly SeasonBestValue[]): { eventId: number; indoor: boolean } | undefined {
  const seasons = new Map<string, Set<number>>();
  for (const row of rows.filter((r) => !r.hand)) {
    const key = `${row.eventId}:${row.indoor}`;
    seasons.set(key, (seasons.get(key) ?? new Set()).add(row.season));
  }
  const ranked = [...seasons.entries()].map(([key, set]) => {
    const [eventId, indoor] = key.split(':');
    return { eventId: Number(eventId), indoor: indoor === 'true', count: set.size };
  });
  ranked.sort((a, b) => b.count - a.count || a.eventId - b.eventId || Number(a.indoor) - Number(b.indoor));
  return ranked[0];
}

function seasonsIn(rows: readonly SeasonBestValue[], eventId: number, indoor: boolean): number {
  return new Set(rows.filter((r) => !r.hand && r.eventId === eventId && r.indoor === indoor).map((r) => r.season)).size;
}

export async function loadProgressionChart(
  services: Services,
  slug: string,
  query: ProgressionChartQuery,
): Promise<ProgressionChartResult> {
  const [athlete] = await services.athletes.bySlugs([slug]);
  if (!athlete) return { kind: 'unknown-athlete' };
  const [rows = []] = await services.bests.seasonBestsOf([athlete.id]);

  let eventId: number | undefined;
  let indoor = query.indoor;
  let event: EventRow | null | undefined;
  if (query.event !== undefined) {
    const sex = (query.sex ?? athlete.sex).toUpperCase();
    if (!SEXES.has(sex)) return { kind: 'bad-query', message: `sex must be MALE, FEMALE or MIXED, got "${sex.slice(0, 20)}"` };
    if (query.event.trim() === '') return { kind: 'bad-query', message: 'event must be an event code such as 3000SC' };
    [event] = await services.bests.eventsByCodes([eventCodeKey(query.event, sex)]);
    if (!event) return { kind: 'bad-query', message: `no event with code "${query.event.trim().slice(0, 40)}" for sex ${sex}` };
    eventId = event.id;
    indoor ??= seasonsIn(rows, event.id, true) > seasonsIn(rows, event.id, false);
  } else {
    const busiest = busiestEvent(rows);
    if (busiest) {
      eventId = busiest.eventId;
      indoor ??= busiest.indoor;
      [event] = await services.events.byIds([busiest.eventId]);
    }
  }
  const points = eventId === undefined ? [] : progression(rows, { eventId, indoor: indoor ?? false, handTimes: false });
  return { kind: 'chart', data: chartData(athlete, event ?? undefined, indoor ?? false, points) };
}

function chartData(athlete: Athlete, event: EventRow | undefined, indoor: boolean, rows: readonly SeasonBestValue[]): ProgressionChartData {
  return {
    athleteName: athlete.displayName,
    eventName: event?.name ?? 'any event',
    unit: event?.unit ?? 'TIME',
    direction: event?.direction ?? 'LOWER_IS_BETTER',
    indoor,
    points: rows.map((row) => ({ season: row.season, value: row.mark.value, text: row.mark.text })),
  };
}
