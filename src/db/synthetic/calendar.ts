// The season's calendar: which meets a season holds (championship editions, circuit
// meetings, ordinary indoor, outdoor and road meets), on which days, with which events and
// how many athletes in each. Plans only: the races are run by `runMeet` (meets.ts).
import {
  CITIES,
  DIAMOND_LEAGUE_MEETINGS,
  EVENT_SPECS,
  GOLDEN_LEAGUE_MEETINGS,
  INDOOR_CITIES,
  MARATHONS,
  SERIES,
  type EventSpec,
  type SeriesSpec,
} from './catalog';
import type { PoolEntry, Pools } from './pools';
import type { Random } from './random';
import { roundsFor } from './rounds';

type Tier = 'A' | 'B' | 'C';

export interface EventPlan {
  event: number;
  /** Championship: chosen entrants, run through rounds. */
  entrants?: PoolEntry[];
  /** Ordinary or circuit meets: the size of each race (timed sections). */
  sections?: number[];
  /** Heats then a final on time (sprints at good ordinary meets). */
  heatsAndFinal?: boolean;
  estimate: number;
}

export interface MeetPlan {
  name: string;
  city: string;
  country: string;
  series: number | null;
  kind: 'championship' | 'circuit' | 'ordinary' | 'road';
  tier: Tier;
  day: number;
  days: number;
  indoor: boolean;
  datesKnown: boolean;
  handTimed: boolean;
  windMeasured: boolean;
  events: EventPlan[];
  order: number;
}

const DAY_MS = 86_400_000;
export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const SHORT_SPRINTS = new Set(['60', '100', '200', '400', '60H', '110H', '100H', '400H']);
const SPRINT_ROUNDS = new Set(['60', '100', '200', '400', '60H', '110H', '100H', '400H', '800']);

export function planSeason(season: number, rng: Random, pools: Pools, budget: number, last: boolean): MeetPlan[] {
  const plans: MeetPlan[] = [];
  let order = 0;
  for (const [s, series] of SERIES.entries()) {
    if (series.kind === 'circuit') {
      const meetings =
        series.slug === 'golden-league'
          ? season >= 1998 && season <= 2009
            ? GOLDEN_LEAGUE_MEETINGS
            : []
          : season >= 2010
            ? DIAMOND_LEAGUE_MEETINGS
            : [];
      for (const [name, city, country, month] of meetings) {
        plans.push(circuitPlan(season, rng, pools, s, name, city, country, dayOf(season, month, 1) + rng.int(0, 27), order++));
      }
      continue;
    }
    for (const [nameYear, city, country, held, month, day, days] of series.editions) {
      if (held !== season) continue;
      plans.push(
        championshipPlan(season, rng, pools, s, series, `${city} ${nameYear}`, city, country, dayOf(season, month, day), days, order++),
      );
    }
  }
  // Championships may take at most half of a season's results; small datasets thin their programmes.
  const cap = Math.max(0, budget) * 0.5;
  let estimate = sum(plans, (p) => sum(p.events, (e) => e.estimate));
  if (estimate > cap) {
    const keep = cap / estimate;
    for (const p of plans) p.events = p.events.filter(() => rng.chance(keep));
    estimate = sum(plans, (p) => sum(p.events, (e) => e.estimate));
  }
  const remaining = Math.max(0, budget - estimate) * (last ? 1.04 : 1);
  const indoorShare = pools.indoorWeight / Math.max(1, pools.indoorWeight + pools.outdoorWeight);
  let indoorPlanned = 0;
  let outdoorPlanned = 0;
  while (indoorPlanned < remaining * indoorShare) {
    const p = ordinaryPlan(season, rng, pools, true, dayOf(season, 1, 10) + rng.int(0, 64), order++);
    const est = sum(p.events, (e) => e.estimate);
    if (est === 0) break;
    indoorPlanned += est;
    plans.push(p);
  }
  while (outdoorPlanned < remaining * (1 - indoorShare)) {
    const p = ordinaryPlan(season, rng, pools, false, outdoorDay(season, rng), order++);
    const est = sum(p.events, (e) => e.estimate);
    if (est === 0) break;
    outdoorPlanned += est;
    plans.push(p);
  }
  return plans.sort((a, b) => a.day - b.day || a.order - b.order);
}

function outdoorDay(season: number, rng: Random): number {
  // Most meets fall between May and August.
  const t = (rng.next() + rng.next() + rng.next()) / 3;
  return dayOf(season, 4, 1) + Math.floor(t * 182);
}

function championshipPlan(
  season: number,
  rng: Random,
  pools: Pools,
  s: number,
  series: SeriesSpec,
  name: string,
  city: string,
  country: string,
  day: number,
  days: number,
  order: number,
): MeetPlan {
  const indoor = series.kind === 'world-indoors' || series.kind === 'continental-indoors';
  const events: EventPlan[] = [];
  for (const [event, spec] of EVENT_SPECS.entries()) {
    if (indoor ? !spec.indoor : !spec.outdoor) continue;
    if (series.kind === 'world-u20' && spec.code === 'MAR') continue;
    const pool = (indoor ? pools.indoor : pools.outdoor)[event];
    if (pool.length === 0) continue;
    const wanted = entrantsWanted(spec, series, season, indoor, rng);
    const entrants: PoolEntry[] = [];
    const perCountry = new Map<string, number>();
    for (const e of pool) {
      if (entrants.length >= wanted) break;
      const a = e.athlete;
      if (series.continent && a.continent !== series.continent) continue;
      if (series.ageCategory === 'U20' && season - a.birthYear > 19) continue;
      if ((perCountry.get(a.country) ?? 0) >= 3) continue;
      if (rng.chance(0.12)) continue; // injured, not selected, or resting
      perCountry.set(a.country, (perCountry.get(a.country) ?? 0) + 1);
      entrants.push(e);
    }
    if (entrants.length === 0) continue;
    events.push({ event, entrants, estimate: sum(roundsFor(spec, entrants.length, indoor), (r) => r.size) });
  }
  return {
    name,
    city,
    country,
    series: s,
    kind: 'championship',
    tier: 'A',
    day,
    days,
    indoor,
    datesKnown: true,
    handTimed: false,
    windMeasured: true,
    events,
    order,
  };
}

function entrantsWanted(spec: EventSpec, series: SeriesSpec, season: number, indoor: boolean, rng: Random): number {
  let n: number;
  const c = spec.code;
  if (indoor) {
    n =
      c === '60'
        ? rng.int(40, 56)
        : c === '60H'
          ? rng.int(24, 32)
          : c === '400'
            ? rng.int(24, 30)
            : c === '800'
              ? rng.int(18, 24)
              : c === '1500'
                ? rng.int(18, 26)
                : c === '3000'
                  ? rng.int(13, 17)
                  : rng.int(10, 16);
    return Math.round(n * (series.kind === 'continental-indoors' ? 0.8 : 1));
  }
  if (c === '100' || c === '200') n = season < 2010 ? rng.int(64, 80) : rng.int(44, 56);
  else if (SPRINT_ROUNDS.has(c)) n = rng.int(36, 48);
  else if (c === '1500' || c === '3000SC') n = rng.int(36, 45);
  else if (c === '5000') n = rng.int(28, 38);
  else if (c === '10000') n = rng.int(22, 30);
  else if (c === 'MAR') n = rng.int(70, 100);
  else if (spec.kind === 'COMBINED') n = rng.int(22, 32);
  else n = rng.int(26, 36);
  const scale = series.kind === 'continental' ? 0.55 : series.kind === 'world-u20' ? 0.7 : 1;
  return Math.max(4, Math.round(n * scale));
}

function circuitPlan(
  season: number,
  rng: Random,
  pools: Pools,
  s: number,
  name: string,
  city: string,
  country: string,
  day: number,
  order: number,
): MeetPlan {
  const candidates = EVENT_SPECS.map((spec, event) => ({ spec, event })).filter(
    ({ spec, event }) => spec.outdoor && !['MAR', '10000', 'DEC', 'HEP'].includes(spec.code) && pools.outdoor[event].length > 0,
  );
  const count = Math.min(candidates.length, rng.int(12, 16));
  const chosen: typeof candidates = [];
  while (chosen.length < count) {
    const c = rng.weighted(candidates, (x) => (chosen.includes(x) ? 0 : x.spec.popularity + 2));
    chosen.push(c);
  }
  const events = chosen
    .sort((a, b) => a.event - b.event)
    .map(({ spec, event }): EventPlan => {
      const [lo, hi] = spec.fieldSize;
      const size = Math.min(
        pools.outdoor[event].length,
        rng.int(Math.max(lo, 8), Math.max(hi, 9) + (spec.unit === 'TIME' && lo > 8 ? 3 : 0)),
      );
      return { event, sections: [size], estimate: size };
    });
  return {
    name: `${name} ${season}`,
    city,
    country,
    series: s,
    kind: 'circuit',
    tier: 'A',
    day,
    days: 1,
    indoor: false,
    datesKnown: true,
    handTimed: false,
    windMeasured: true,
    events,
    order,
  };
}

export function ordinaryPlan(season: number, rng: Random, pools: Pools, indoor: boolean, day: number, order: number): MeetPlan {
  const tier: Tier = rng.weighted(['A', 'B', 'C'] as const, (t) => (t === 'A' ? 0.12 : t === 'B' ? 0.33 : 0.55));
  const marWeight = sum(
    pools.outdoor.filter((_, e) => EVENT_SPECS[e].code === 'MAR'),
    (p) => p.length,
  );
  const allOutdoor = sum(pools.outdoor, (p) => p.length);
  const base = {
    series: null,
    tier,
    indoor,
    datesKnown: !rng.chance(0.03),
    order,
    handTimed: !indoor && tier === 'C' && season <= 2004 && rng.chance(0.2),
    windMeasured: tier !== 'C' || rng.chance(0.75),
  };
  if (!indoor && rng.chance(Math.min(0.5, (2.2 * marWeight) / Math.max(1, allOutdoor)))) {
    const major = tier === 'A';
    // The same draws in the same order as ever (the city, then the month): a seed's dataset stays the same.
    const [city, country, month]: readonly [string, string, number] = major
      ? rng.pick(MARATHONS)
      : [...rng.pick(CITIES), rng.pick([3, 4, 5, 9, 10, 11])];
    const events: EventPlan[] = [];
    for (const [event, spec] of EVENT_SPECS.entries()) {
      if (spec.code !== 'MAR' || pools.outdoor[event].length === 0) continue;
      const size = Math.min(pools.outdoor[event].length, major ? rng.int(25, 70) : rng.int(10, 45));
      events.push({ event, sections: [size], estimate: size });
    }
    return {
      ...base,
      name: `${city} Marathon ${season}`,
      city,
      country,
      kind: 'road',
      days: 1,
      day: Math.min(dayOf(season, 12, 20), dayOf(season, month, 1) + rng.int(0, 27)),
      events,
    };
  }
  const [city, country] = rng.pick(indoor ? INDOOR_CITIES : CITIES);
  const label = indoor
    ? rng.pick(['Indoor Meeting', 'Indoor Grand Prix', 'Indoor Open', 'Indoor Games', 'Indoor Classic', 'Indoor Tour'])
    : tier === 'C'
      ? rng.pick(['Open', 'Club Meeting', 'Championships', 'Invitational', 'Relays', 'Challenge'])
      : rng.pick(['Grand Prix', 'Classic', 'Games', 'Meeting', 'Memorial', 'Invitational', 'Gala']);
  const pools2 = indoor ? pools.indoor : pools.outdoor;
  const candidates = EVENT_SPECS.map((spec, event) => ({ spec, event })).filter(
    ({ spec, event }) => (indoor ? spec.indoor : spec.outdoor) && spec.code !== 'MAR' && pools2[event].length > 1,
  );
  const [minEvents, maxEvents] = tier === 'A' ? [10, 16] : tier === 'B' ? [8, 18] : [5, 14];
  const count = Math.min(candidates.length, rng.int(minEvents, maxEvents));
  const chosen = new Set<number>();
  for (let guard = 0; chosen.size < count && guard < count * 10; guard++) {
    const c = rng.weighted(candidates, (x) => (chosen.has(x.event) ? 0 : pools2[x.event].length * (x.spec.kind === 'COMBINED' ? 0.3 : 1)));
    chosen.add(c.event);
  }
  const events = [...chosen]
    .sort((a, b) => a - b)
    .map((event): EventPlan => {
      const spec = EVENT_SPECS[event];
      const poolSize = pools2[event].length;
      const [lo, hi] = spec.fieldSize;
      const size = () => Math.max(2, Math.min(Math.ceil(poolSize * 0.6), rng.int(Math.min(lo, hi), hi)));
      if (SHORT_SPRINTS.has(spec.code) && spec.code !== '400H' && tier !== 'C' && poolSize >= 20 && rng.chance(0.35)) {
        const heats = Array.from({ length: rng.int(2, 3) }, () => Math.min(8, size()));
        return { event, sections: heats, heatsAndFinal: true, estimate: sum(heats, (h) => h) + 8 };
      }
      const sectionCount =
        spec.kind === 'FIELD' || spec.kind === 'COMBINED'
          ? 1
          : tier === 'A'
            ? rng.chance(0.1)
              ? 2
              : 1
            : tier === 'B'
              ? rng.int(1, 2)
              : rng.int(1, 3);
      const sections = Array.from({ length: sectionCount }, size);
      return { event, sections, estimate: sum(sections, (x) => x) };
    });
  return {
    ...base,
    name: `${city} ${label} ${season}`,
    city,
    country,
    kind: 'ordinary',
    days: tier !== 'C' && rng.chance(0.2) ? 2 : 1,
    day,
    events,
  };
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += f(item);
  return total;
}
