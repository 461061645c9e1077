// Championship rounds: how many rounds an event needs for its entrants, the seeding of each
// round's races, and who qualifies ("Q", "q") for the next.
import type { Round } from '../../domain';
import type { MeetPlan } from './calendar';
import { EVENT_SPECS, type EventSpec } from './catalog';
import type { PoolEntry } from './pools';
import type { Random } from './random';
import type { Entrant, Placed } from './races';

export interface RoundPlan {
  round: Round;
  /** Athletes starting the round. */
  size: number;
  /** Races (heats, groups) in the round. */
  races: number;
}

/** The rounds an event needs at a championship for n entrants. */
export function roundsFor(spec: EventSpec, n: number, indoor: boolean): RoundPlan[] {
  const c = spec.code;
  const plan = (steps: Array<[Round, number, number]>): RoundPlan[] =>
    steps.map(([round, size, perRace]) => ({ round, size, races: Math.max(1, Math.ceil(size / perRace)) }));
  if (c === '10000' || c === 'MAR' || spec.kind === 'COMBINED' || (indoor && c === '3000')) return plan([['FINAL', n, n]]);
  if (spec.kind === 'FIELD') {
    const final = indoor ? 8 : 12;
    if (indoor || n <= 16) return plan([['FINAL', n, n]]);
    return plan([
      ['QUALIFICATION', n, Math.ceil(n / 2)],
      ['FINAL', final, final],
    ]);
  }
  if (c === '1500') {
    if (n <= 14) return plan([['FINAL', n, n]]);
    if (n <= 40)
      return plan([
        ['HEAT', n, 13],
        ['FINAL', 12, 12],
      ]);
    return plan([
      ['HEAT', n, 14],
      ['SEMI_FINAL', 24, 12],
      ['FINAL', 12, 12],
    ]);
  }
  if (c === '5000' || c === '3000SC' || c === '3000') {
    if (n <= 17) return plan([['FINAL', n, n]]);
    return plan([
      ['HEAT', n, 18],
      ['FINAL', 15, 15],
    ]);
  }
  const lane = indoor && (c === '400' || c === '800') ? 6 : 8;
  if (n <= lane) return plan([['FINAL', n, n]]);
  if (n <= 3 * lane)
    return plan([
      ['HEAT', n, lane],
      ['FINAL', lane, lane],
    ]);
  if (n <= 64)
    return plan([
      ['HEAT', n, lane],
      ['SEMI_FINAL', n >= 40 ? 3 * lane : 2 * lane, lane],
      ['FINAL', lane, lane],
    ]);
  return plan([
    ['HEAT', n, lane],
    ['QUARTER_FINAL', 40, 8],
    ['SEMI_FINAL', 16, 8],
    ['FINAL', 8, 8],
  ]);
}

type RaceFn = (event: number, round: Round, heat: number, day: number, entrants: Entrant[]) => Placed[];

export function runRounds(plan: MeetPlan, event: number, entrants: PoolEntry[], firstDay: number, rng: Random, race: RaceFn): void {
  const spec = EVENT_SPECS[event];
  const rounds = roundsFor(spec, entrants.length, plan.indoor);
  let field: Entrant[] = entrants;
  for (const [r, round] of rounds.entries()) {
    const day = Math.min(firstDay + r, plan.day + plan.days - 1);
    // Seeded so that the races of a round are even: serpentine over the ranking.
    const ranked = [...field].sort((a, b) => b.ability - a.ability);
    const groups: Entrant[][] = Array.from({ length: round.races }, () => []);
    ranked.forEach((e, i) => {
      const lap = Math.floor(i / round.races);
      groups[lap % 2 === 0 ? i % round.races : round.races - 1 - (i % round.races)].push(e);
    });
    const results: Placed[] = [];
    groups.forEach((g, h) => results.push(...race(event, round.round, h + 1, day, rng.shuffle(g))));
    const next = rounds[r + 1];
    if (!next || results.length === 0) return;
    field = qualify(results, round.races, next.size, spec);
  }
}

/**
 * Who goes through to the next round: the first places of each race ("Q"), then the best
 * marks among the rest ("q"). Field qualification: the best marks over all groups, the
 * top half automatic. Notes are added to the qualifying performances.
 */
export function qualify(results: Placed[], races: number, size: number, spec: EventSpec): Entrant[] {
  const lower = spec.direction === 'LOWER_IS_BETTER';
  const finished = results.filter((p) => p.row.status === 'FINISHED');
  const byMark = [...finished].sort(
    (a, b) => (lower ? a.row.markValue! - b.row.markValue! : b.row.markValue! - a.row.markValue!) || a.row.place! - b.row.place!,
  );
  const chosen: Placed[] = [];
  if (spec.kind === 'FIELD') {
    byMark.slice(0, size).forEach((p, i) => {
      p.row.notes.push(i < Math.ceil(size / 2) ? 'Q' : 'q');
      chosen.push(p);
    });
    return chosen.map((p) => p.entrant);
  }
  const auto = Math.max(1, Math.round((size * 0.75) / races));
  const byRace = new Map<number, Placed[]>();
  for (const p of finished) {
    const list = byRace.get(p.row.raceId) ?? [];
    list.push(p);
    byRace.set(p.row.raceId, list);
  }
  for (const list of byRace.values()) {
    list.sort((a, b) => a.row.place! - b.row.place!);
    for (const p of list.slice(0, auto)) {
      if (chosen.length >= size) break;
      p.row.notes.push('Q');
      chosen.push(p);
    }
  }
  for (const p of byMark) {
    if (chosen.length >= size) break;
    if (chosen.includes(p)) continue;
    p.row.notes.push('q');
    chosen.push(p);
  }
  return chosen.map((p) => p.entrant);
}
