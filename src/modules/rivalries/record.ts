// Pure head-to-head bookkeeping: one race of two athletes -> a meeting (winner, margin),
// meetings -> a record. Who won comes from `headToHead()` (places and statuses, never marks).
import { formatMargin, headToHead, markDecimal, markMargin, type MarkPrecision, type MarkUnit, type PerformanceStatus } from '../../domain';

/** One athlete's side of a race, as read from the database. */
export interface Side {
  athleteId: number;
  performanceId: number;
  place: number | null;
  status: PerformanceStatus;
  markValue: number | null;
  precision: MarkPrecision | null;
}

/** A race both athletes have a result in. */
export interface PairRow {
  raceId: number;
  /** When it happened (ms since epoch): race day, else meet start, else 1 January of the year held. */
  time: number;
  unit: MarkUnit;
  a: Side;
  b: Side;
}

/** The gap between two comparable marks, in the event's unit. */
export interface MarginValue {
  value: number;
  text: string;
  unit: MarkUnit;
  decimal: number;
}

/** How a meeting was decided. */
export type Decision = 'PLACE' | 'STATUS' | 'NONE';

export interface Meeting extends PairRow {
  winner: 'A' | 'B' | null;
  decision: Decision;
  margin: MarginValue | null;
}

export interface Tally {
  races: number;
  winsA: number;
  winsB: number;
  noDecision: number;
}

/**
 * The difference between the two marks, or null when they cannot be compared: a missing
 * mark, a non-finisher, or a hand time against an automatic one (hand times are not
 * comparable to the hundredth).
 */
export function marginOf(a: Side, b: Side, unit: MarkUnit): MarginValue | null {
  if (a.status !== 'FINISHED' || b.status !== 'FINISHED') return null;
  if (a.markValue === null || b.markValue === null) return null;
  if ((a.precision === 'TENTHS_HAND') !== (b.precision === 'TENTHS_HAND')) return null;
  const value = markMargin(a.markValue, b.markValue);
  return { value, text: formatMargin(value, unit), unit, decimal: markDecimal(value, unit) };
}

/** The meeting a race makes, or null when it is none (one of them did not start). */
export function meetingOf(row: PairRow): Meeting | null {
  const outcome = headToHead(row.a, row.b);
  if (!outcome.met) return null;
  const finishers = (row.a.status === 'FINISHED' ? 1 : 0) + (row.b.status === 'FINISHED' ? 1 : 0);
  const decision: Decision = outcome.winner === null ? 'NONE' : finishers === 2 ? 'PLACE' : 'STATUS';
  // Written out, not `{ ...row, winner }`: V8 builds a spread followed by new fields the slow way (about 2 µs).
  const { raceId, time, unit, a, b } = row;
  return { raceId, time, unit, a, b, winner: outcome.winner, decision, margin: marginOf(a, b, unit) };
}

/** Most recent first; races on the same (or an unknown) day by the latest recorded race. */
export function byRecency(x: PairRow, y: PairRow): number {
  return y.time - x.time || y.raceId - x.raceId;
}

/** The meetings among rows, most recent first (DNS rows dropped). */
export function meetingsOf(rows: readonly PairRow[]): Meeting[] {
  return rows
    .map(meetingOf)
    .filter((m): m is Meeting => m !== null)
    .sort(byRecency);
}

export function tally(meetings: readonly Meeting[]): Tally {
  const t: Tally = { races: meetings.length, winsA: 0, winsB: 0, noDecision: 0 };
  for (const m of meetings) {
    if (m.winner === 'A') t.winsA++;
    else if (m.winner === 'B') t.winsB++;
    else t.noDecision++;
  }
  return t;
}

/** A head-to-head record between two athletes: their meetings, most recent first, and the totals. */
export interface PairRecord extends Tally {
  athleteAId: number;
  athleteBId: number;
  meetings: Meeting[];
  lastMeeting: Meeting | null;
}

export function recordOf(athleteAId: number, athleteBId: number, meetings: readonly Meeting[]): PairRecord {
  const sorted = [...meetings].sort(byRecency);
  return { athleteAId, athleteBId, meetings: sorted, lastMeeting: sorted[0] ?? null, ...tally(sorted) };
}

/**
 * Rivals in the order a reader expects: most meetings, then most wins, then fewest
 * losses, then the most recent last meeting, then the opponent's id (a stable order).
 */
export function compareRivals(x: PairRecord, y: PairRecord): number {
  return (
    y.races - x.races ||
    y.winsA - x.winsA ||
    x.winsB - y.winsB ||
    (y.lastMeeting && x.lastMeeting ? byRecency(x.lastMeeting, y.lastMeeting) : 0) ||
    x.athleteBId - y.athleteBId
  );
}

/**
 * All records of athleteId against each opponent, from rows where athleteId is side A,
 * in rival order. Opponents met only in races one of them did not start are left out.
 */
export function rivalsOf(athleteId: number, rows: readonly PairRow[]): PairRecord[] {
  const byOpponent = new Map<number, PairRow[]>();
  for (const row of rows) {
    const list = byOpponent.get(row.b.athleteId) ?? [];
    list.push(row);
    byOpponent.set(row.b.athleteId, list);
  }
  const records: PairRecord[] = [];
  for (const [opponentId, list] of byOpponent) {
    const meetings = meetingsOf(list);
    if (meetings.length > 0) records.push(recordOf(athleteId, opponentId, meetings));
  }
  return records.sort(compareRivals);
}

/** An entrant's record against the rest of a field. */
export interface FieldRecord {
  athleteId: number;
  races: number;
  wins: number;
  losses: number;
  noDecision: number;
  /** How many of the other entrants they have met at least once. */
  opponentsMet: number;
}

/**
 * The head-to-head matrix of a field: one record per pair (i < j in field order, A = the
 * earlier entrant), including pairs that never met, and each entrant's sum against the field.
 */
export function matrixOf(field: readonly number[], rows: readonly PairRow[]): { pairs: PairRecord[]; entrants: FieldRecord[] } {
  const key = (a: number, b: number) => `${a}:${b}`;
  const grouped = new Map<string, PairRow[]>();
  const position = new Map(field.map((id, i) => [id, i]));
  for (const row of rows) {
    // Orient each row so that A is the athlete earlier in the field.
    const flip = (position.get(row.a.athleteId) ?? 0) > (position.get(row.b.athleteId) ?? 0);
    const oriented = flip ? { ...row, a: row.b, b: row.a } : row;
    const k = key(oriented.a.athleteId, oriented.b.athleteId);
    const list = grouped.get(k) ?? [];
    list.push(oriented);
    grouped.set(k, list);
  }
  const pairs: PairRecord[] = [];
  const sums = new Map<number, FieldRecord>(
    field.map((id) => [id, { athleteId: id, races: 0, wins: 0, losses: 0, noDecision: 0, opponentsMet: 0 }]),
  );
  for (let i = 0; i < field.length; i++) {
    for (let j = i + 1; j < field.length; j++) {
      const record = recordOf(field[i], field[j], meetingsOf(grouped.get(key(field[i], field[j])) ?? []));
      pairs.push(record);
      const a = sums.get(field[i]) as FieldRecord;
      const b = sums.get(field[j]) as FieldRecord;
      for (const [mine, wins, losses] of [
        [a, record.winsA, record.winsB],
        [b, record.winsB, record.winsA],
      ] as const) {
        mine.races += record.races;
        mine.wins += wins;
        mine.losses += losses;
        mine.noDecision += record.noDecision;
        if (record.races > 0) mine.opponentsMet++;
      }
    }
  }
  return { pairs, entrants: field.map((id) => sums.get(id) as FieldRecord) };
}
