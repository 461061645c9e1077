// Pools: who is active in each event this season, best first, and how a meet draws its
// athletes from them.
import { isActive, seasonAbility, type AthleteState } from './athletes';
import type { MeetPlan } from './calendar';
import { EVENT_SPECS } from './catalog';
import type { Random } from './random';
import type { Entrant } from './races';

export interface PoolEntry extends Entrant {
  /** Races the athlete is expected to run this season in this event: a preference, not a cap. */
  quota: number;
}

export interface Pools {
  outdoor: PoolEntry[][];
  indoor: PoolEntry[][];
  outdoorWeight: number;
  indoorWeight: number;
}

/** `firstSeason` is the dataset's first season: an athlete's form starts afresh in it, or in their own first. */
export function buildPools(athletes: readonly AthleteState[], firstSeason: number, season: number, rng: Random): Pools {
  const outdoor: PoolEntry[][] = EVENT_SPECS.map(() => []);
  const indoor: PoolEntry[][] = EVENT_SPECS.map(() => []);
  let outdoorWeight = 0;
  let indoorWeight = 0;
  for (const a of athletes) {
    if (!isActive(a, season)) continue;
    a.form = season === Math.max(a.firstSeason, firstSeason) ? rng.normal() * 0.03 : a.form * 0.8 + rng.normal() * 0.035;
    a.races = 0;
    const ability = seasonAbility(a, season);
    const eliteness = Math.max(0, Math.min(1, (ability - 0.55) / 0.4));
    for (const e of a.outdoor) {
      outdoor[e.event].push({ athlete: a, ability: ability + e.offset, quota: e.weight * (2 + 10 * eliteness) });
      outdoorWeight += e.weight;
    }
    for (const e of a.indoor) {
      indoor[e.event].push({ athlete: a, ability: ability + e.offset, quota: e.weight * (1 + 4 * eliteness) });
      indoorWeight += e.weight * 0.6;
    }
  }
  for (const pool of [...outdoor, ...indoor]) pool.sort((x, y) => y.ability - x.ability || x.athlete.id - y.athlete.id);
  return { outdoor, indoor, outdoorWeight, indoorWeight };
}

/** Athletes for one race at an ordinary or circuit meet, from the part of the pool the meet draws on. */
export function pickAthletes(rng: Random, pool: PoolEntry[], plan: MeetPlan, count: number, taken: Set<number>): PoolEntry[] {
  const n = pool.length;
  let lo: number;
  let hi: number;
  let bias = 1;
  if (plan.kind === 'circuit') [lo, hi, bias] = [0, Math.max(count * 2.5, 24), 1.6];
  else if (plan.kind === 'road') [lo, hi, bias] = plan.tier === 'A' ? [0, Math.max(count * 4, n * 0.2), 1.3] : [n * 0.2, n, 1];
  else if (plan.tier === 'A') [lo, hi, bias] = [0, Math.max(count * 3, n * 0.15), 1.2];
  else if (plan.tier === 'B') [lo, hi] = [n * 0.05, n * 0.6];
  else [lo, hi] = [n * 0.25, n];
  const span = Math.min(n, Math.max(Math.ceil(count * 1.5), Math.floor(hi) - Math.floor(lo)));
  lo = Math.max(0, Math.min(Math.floor(lo), n - span));
  hi = lo + span;
  const out: PoolEntry[] = [];
  for (let attempts = count * 8; out.length < count && attempts > 0 && taken.size < n; attempts--) {
    const a = pool[lo + Math.floor((hi - lo) * rng.next() ** bias)];
    const b = pool[lo + Math.floor((hi - lo) * rng.next() ** bias)];
    // Of two candidates, the one who raced less than expected so far this season.
    let c = a.athlete.races / a.quota <= b.athlete.races / b.quota ? a : b;
    if (taken.has(c.athlete.id)) c = c === a ? b : a;
    if (taken.has(c.athlete.id)) continue;
    taken.add(c.athlete.id);
    out.push(c);
  }
  return out;
}
