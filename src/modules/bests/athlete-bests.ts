// Personal bests, season bests and progressions, read from an athlete's best mark per
// event and season (one batched query): pure functions, so the rules are plain to see.
import type { SeasonBestValue } from './bests.service';

export interface BestsFilter {
  /** true: indoor only; false: outdoor only; null: both, each flagged. */
  indoor: boolean | null;
  /** Hand-timed bests (only) instead of fully automatic ones. */
  handTimes: boolean;
}

/** Negative when a is better: the better mark, else the earlier date, else the earlier record. */
export function compareBests(a: SeasonBestValue, b: SeasonBestValue): number {
  return a.sortMark - b.sortMark || a.sortDate.getTime() - b.sortDate.getTime() || a.performanceId - b.performanceId;
}

const matches = (f: BestsFilter) => (row: SeasonBestValue) => row.hand === f.handTimes && (f.indoor === null || row.indoor === f.indoor);

const byEvent = (a: SeasonBestValue, b: SeasonBestValue) =>
  (a.eventCode < b.eventCode ? -1 : a.eventCode > b.eventCode ? 1 : 0) ||
  (a.eventSex < b.eventSex ? -1 : a.eventSex > b.eventSex ? 1 : 0) ||
  a.eventId - b.eventId;

/** The best of all seasons per event, outdoor and indoor apart; by event, outdoor first. */
export function personalBests(rows: readonly SeasonBestValue[], f: BestsFilter): SeasonBestValue[] {
  const best = new Map<string, SeasonBestValue>();
  for (const row of rows.filter(matches(f))) {
    const key = `${row.eventId}:${row.indoor}`;
    const current = best.get(key);
    if (!current || compareBests(row, current) < 0) best.set(key, row);
  }
  return [...best.values()].sort((a, b) => byEvent(a, b) || Number(a.indoor) - Number(b.indoor));
}

/**
 * Season bests per event: of one season, or of every season when `season` is null, most
 * recent first (within a year the outdoor season, which comes after the indoor one).
 */
export function seasonBests(rows: readonly SeasonBestValue[], f: BestsFilter & { season: number | null }): SeasonBestValue[] {
  return rows
    .filter((row) => matches(f)(row) && (f.season === null || row.season === f.season))
    .sort((a, b) => b.season - a.season || Number(a.indoor) - Number(b.indoor) || byEvent(a, b));
}

/** The best mark of each season in one event, oldest first (a year's indoor season before its outdoor one). */
export function progression(rows: readonly SeasonBestValue[], f: BestsFilter & { eventId: number }): SeasonBestValue[] {
  return rows
    .filter((row) => matches(f)(row) && row.eventId === f.eventId)
    .sort((a, b) => a.season - b.season || Number(b.indoor) - Number(a.indoor));
}
