import type { MarkDirection, PerformanceStatus } from './types';

/** The fields of a performance that decide where it stands in a race. */
export interface RaceResult {
  place: number | null;
  status: PerformanceStatus;
  markValue: number | null;
}

// Non-finishers follow finishers in this order; the status decides the group
// even if a place was recorded alongside it.
const GROUP: Record<PerformanceStatus, number> = { FINISHED: 0, DNF: 2, DQ: 3, NM: 4, DNS: 5 };

function group(r: RaceResult): number {
  // Finishers without a place (incomplete results) come after all placed finishers.
  return r.status === 'FINISHED' && r.place === null ? 1 : GROUP[r.status];
}

/**
 * Result order of a race: placed finishers by place (shared places compare
 * equal), unplaced finishers by mark (no mark last), then DNF, DQ, NM, DNS.
 * Use with a stable sort to keep input order among equals.
 */
export function compareResults(a: RaceResult, b: RaceResult, direction: MarkDirection): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0) return Math.sign(byGroup);
  if (group(a) === 0) return Math.sign((a.place as number) - (b.place as number));
  if (group(a) === 1) {
    if (a.markValue === null || b.markValue === null) {
      return (a.markValue === null ? 1 : 0) - (b.markValue === null ? 1 : 0);
    }
    const diff = direction === 'LOWER_IS_BETTER' ? a.markValue - b.markValue : b.markValue - a.markValue;
    return Math.sign(diff);
  }
  return 0;
}

/** A sorted copy in result order. */
export function sortResults<T extends RaceResult>(results: readonly T[], direction: MarkDirection): T[] {
  return [...results].sort((a, b) => compareResults(a, b, direction));
}

export interface HeadToHeadOutcome {
  /** Whether both athletes took part, so the race counts as a meeting. */
  met: boolean;
  winner: 'A' | 'B' | null;
}

/**
 * Who beat whom in one race (both results from the same race). Decided by
 * place, never by mark: the photo finish can separate equal times.
 */
export function headToHead(a: Pick<RaceResult, 'place' | 'status'>, b: Pick<RaceResult, 'place' | 'status'>): HeadToHeadOutcome {
  // An athlete who did not start never met the other.
  if (a.status === 'DNS' || b.status === 'DNS') return { met: false, winner: null };
  const aFinished = a.status === 'FINISHED';
  const bFinished = b.status === 'FINISHED';
  if (aFinished && !bFinished) return { met: true, winner: 'A' };
  if (bFinished && !aFinished) return { met: true, winner: 'B' };
  // Two non-finishers, a shared place, or a missing place: they met, nobody won.
  if (!aFinished || a.place === null || b.place === null || a.place === b.place) {
    return { met: true, winner: null };
  }
  return { met: true, winner: a.place < b.place ? 'A' : 'B' };
}
