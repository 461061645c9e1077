// The synthetic dataset, season by season: athletes' careers, a calendar of meets
// (championships with heats, semi-finals and finals; circuit meetings; ordinary outdoor,
// indoor and road meets) and their results. Deterministic: everything random comes from
// PRNGs seeded with the `seed` option, so the same options always give the same rows.
import { slugify, type Round } from '../../domain';
import {
  allowedSpecialties, createAthletes, isActive, seasonAbility,
  type AliasRow, type AthleteRow,
} from './athletes';
import {
  CITIES, COUNTRIES, DIAMOND_LEAGUE_MEETINGS, EVENT_SPECS, GOLDEN_LEAGUE_MEETINGS, INDOOR_CITIES, MARATHONS,
  MEET_ONLY_COUNTRIES, SERIES, VENUE_ONLY_COUNTRIES, type EventSpec, type SeriesSpec,
} from './catalog';
import { Random } from './random';
import { Notebook, simulateRace, windReading, type Entrant, type PerformanceRow, type Placed } from './races';

export type { AliasRow, AthleteRow } from './athletes';
export type { PerformanceRow } from './races';

export interface IdBases {
  athlete: number;
  alias: number;
  meet: number;
  race: number;
  performance: number;
}

export interface GeneratorOptions {
  athletes: number;
  performances: number;
  seed: string | number;
  firstSeason?: number;
  lastSeason?: number;
  /** First id of each table (1 in an empty database; max(id) + 1 when appending). */
  ids?: Partial<IdBases>;
  /** Slugs already in the database (when appending), which new rows must not reuse. */
  takenSlugs?: { athletes?: ReadonlySet<string>; meets?: ReadonlySet<string> };
}

export interface MeetRow {
  id: number;
  slug: string;
  name: string;
  /** Index into `series` (championship), or null for a meet outside any series. */
  series: number | null;
  city: string;
  countryCode: string;
  year: number;
  startDate: string | null;
  endDate: string | null;
  indoor: boolean;
}

export interface RaceRow {
  id: number;
  meetId: number;
  /** Index into `events`. */
  event: number;
  round: Round;
  heat: number;
  date: string | null;
  windMps: string | null;
}

/** Rows in generation order: a batch ends after a meet, every 20,000 performances or so. */
export interface Batch {
  season: number;
  meets: MeetRow[];
  races: RaceRow[];
  performances: PerformanceRow[];
}

export interface SyntheticDataset {
  countries: Array<[code: string, name: string]>;
  series: readonly SeriesSpec[];
  events: readonly EventSpec[];
  athletes: AthleteRow[];
  aliases: AliasRow[];
  firstSeason: number;
  lastSeason: number;
  /** Meets, races and performances in batches, oldest season first. Iterate once. */
  batches(): Generator<Batch>;
}

export const DEFAULT_FIRST_SEASON = 1996;
export const DEFAULT_LAST_SEASON = 2025;
const BATCH_SIZE = 20_000;

interface PoolEntry extends Entrant {
  /** Races the athlete is expected to run this season in this event: a preference, not a cap. */
  quota: number;
}

type Tier = 'A' | 'B' | 'C';

interface EventPlan {
  event: number;
  /** Championship: chosen entrants, run through rounds. */
  entrants?: PoolEntry[];
  /** Ordinary or circuit meets: the size of each race (timed sections). */
  sections?: number[];
  /** Heats then a final on time (sprints at good ordinary meets). */
  heatsAndFinal?: boolean;
  estimate: number;
}

interface MeetPlan {
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
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const SHORT_SPRINTS = new Set(['60', '100', '200', '400', '60H', '110H', '100H', '400H']);
const SPRINT_ROUNDS = new Set(['60', '100', '200', '400', '60H', '110H', '100H', '400H', '800']);

export function createSyntheticDataset(options: GeneratorOptions): SyntheticDataset {
  const { athletes: athleteCount, performances: target } = options;
  if (!Number.isInteger(athleteCount) || athleteCount < 20) throw new RangeError('athletes must be a whole number of at least 20');
  if (!Number.isInteger(target) || target < 1) throw new RangeError('performances must be a whole number of at least 1');
  const firstSeason = options.firstSeason ?? DEFAULT_FIRST_SEASON;
  const lastSeason = options.lastSeason ?? DEFAULT_LAST_SEASON;
  if (!(firstSeason <= lastSeason)) throw new RangeError('the first season must not come after the last');
  const ids: IdBases = { athlete: 1, alias: 1, meet: 1, race: 1, performance: 1, ...options.ids };
  const seed = String(options.seed);
  const seasonCount = lastSeason - firstSeason + 1;

  const specialties = allowedSpecialties(athleteCount, seasonCount);
  const people = createAthletes(new Random(`${seed}/athletes`), {
    count: athleteCount, firstId: ids.athlete, firstAliasId: ids.alias, firstSeason, lastSeason, specialties,
    takenSlugs: options.takenSlugs?.athletes,
  });

  const countryNames = new Map<string, string>([
    ...COUNTRIES.map((c): [string, string] => [c.code, c.name]), ...MEET_ONLY_COUNTRIES, ...VENUE_ONLY_COUNTRIES,
  ]);

  return {
    countries: [...countryNames.entries()],
    series: SERIES,
    events: EVENT_SPECS,
    athletes: people.rows,
    aliases: people.aliases,
    firstSeason,
    lastSeason,
    batches: () => runSeasons(),
  };

  function* runSeasons(): Generator<Batch> {
    const notebook = new Notebook();
    const meetSlugs = new Set<string>();
    let produced = 0;
    let nextMeet = ids.meet;
    let nextRace = ids.race;
    let nextPerf = ids.performance;
    const nextPerfId = () => nextPerf++;
    // Later seasons hold more results (more meets are covered), as in real databases.
    const weights = Array.from({ length: seasonCount }, (_, i) => 1 + 0.04 * i);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;

    for (let season = firstSeason; season <= lastSeason; season++) {
      cumulative += weights[season - firstSeason];
      const last = season === lastSeason;
      const seasonTarget = last ? target : Math.round((target * cumulative) / totalWeight);
      const rng = new Random(`${seed}/season/${season}`);
      notebook.newSeason();
      const pools = buildPools(season, rng);
      const plans = planSeason(season, rng, pools, seasonTarget - produced, last);
      let batch: Batch = { season, meets: [], races: [], performances: [] };
      let stalled = 0;
      for (let p = 0; p < plans.length || (last && produced < target); p++) {
        if (produced >= target) break;
        if (p >= plans.length) {
          // The last season came out short: add ordinary meets in its autumn until the target is met.
          plans.push(ordinaryPlan(season, rng, pools, false, dayOf(season, 10, 1) + rng.int(0, 80), plans.length));
          if (++stalled > 200) throw new Error('The athletes cannot fill the performances asked for: give more athletes or fewer performances');
        }
        const before = produced;
        runMeet(plans[p], season, rng, pools, batch);
        if (produced > before) stalled = 0;
        if (batch.performances.length >= BATCH_SIZE) {
          yield batch;
          batch = { season, meets: [], races: [], performances: [] };
        }
      }
      if (batch.meets.length > 0) yield batch;
    }

    // -------------------------------------------------------------------------------------

    function runMeet(plan: MeetPlan, season: number, rng: Random, pools: Pools, batch: Batch): void {
      let meet: MeetRow | null = null;
      const ensureMeet = (): MeetRow => {
        if (meet) return meet;
        const base = slugify(plan.name);
        let slug = base;
        const seriesSlug = plan.series === null ? null : SERIES[plan.series].slug;
        if (isTaken(slug) && seriesSlug) slug = `${base}-${seriesSlug}`;
        for (let n = 2; isTaken(slug); n++) slug = `${base}-${n}`;
        meetSlugs.add(slug);
        meet = {
          id: nextMeet++, slug, name: plan.name, series: plan.series, city: plan.city, countryCode: plan.country,
          year: season, indoor: plan.indoor,
          startDate: plan.datesKnown ? isoDay(plan.day) : null,
          endDate: plan.datesKnown ? isoDay(plan.day + plan.days - 1) : null,
        };
        batch.meets.push(meet);
        return meet;
      };

      const race = (event: number, round: Round, heat: number, day: number, entrants: Entrant[], extraDnf = 0): Placed[] => {
        const remaining = target - produced;
        if (entrants.length === 0 || remaining <= 0) return [];
        if (entrants.length > remaining) entrants = entrants.slice(0, remaining);
        const spec = EVENT_SPECS[event];
        const m = ensureMeet();
        const sprintWind = spec.windAffected && spec.kind !== 'FIELD' && !plan.indoor;
        const windMps = sprintWind && plan.windMeasured ? windReading(rng) : null;
        const row: RaceRow = {
          id: nextRace++, meetId: m.id, event, round, heat,
          date: plan.datesKnown && !(plan.kind === 'ordinary' && rng.chance(0.01)) ? isoDay(day) : null,
          windMps: windMps === null ? null : windMps.toFixed(1),
        };
        batch.races.push(row);
        const placed = simulateRace(rng, {
          raceId: row.id, event, spec, indoor: plan.indoor, round, championship: plan.kind === 'championship',
          handTimed: plan.handTimed && SHORT_SPRINTS.has(spec.code), windMps, fieldWind: plan.windMeasured, extraDnf,
        }, entrants, nextPerfId, notebook);
        for (const p of placed) {
          batch.performances.push(p.row);
          p.entrant.athlete.races++;
        }
        produced += placed.length;
        return placed;
      };

      for (const [k, ep] of plan.events.entries()) {
        if (produced >= target) return;
        const spec = EVENT_SPECS[ep.event];
        if (ep.entrants) {
          runRounds(plan, ep.event, ep.entrants, plan.day + ((k * 3) % Math.max(1, plan.days - 2)), rng, race);
          continue;
        }
        const pool = (plan.indoor ? pools.indoor : pools.outdoor)[ep.event];
        const taken = new Set<number>();
        const day = plan.day + (plan.days > 1 ? rng.int(0, plan.days - 1) : 0);
        if (ep.heatsAndFinal) {
          const heats = ep.sections!;
          const all: Placed[] = [];
          heats.forEach((size, h) => all.push(...race(ep.event, 'HEAT', h + 1, day, pickAthletes(rng, pool, plan, size, taken))));
          const qualifiers = qualify(all, heats.length, Math.min(8, all.length), spec);
          race(ep.event, 'FINAL', 1, day, qualifiers);
          continue;
        }
        ep.sections!.forEach((size, s) => {
          const pacemaker = plan.kind === 'circuit' && spec.unit === 'TIME' && spec.code !== '400' && !SHORT_SPRINTS.has(spec.code) ? 0.06 : 0;
          race(ep.event, 'FINAL', s + 1, day, pickAthletes(rng, pool, plan, size, taken), pacemaker);
        });
      }
    }

    function isTaken(slug: string): boolean {
      return meetSlugs.has(slug) || (options.takenSlugs?.meets?.has(slug) ?? false);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Pools: who is active in each event this season, best first.

  interface Pools {
    outdoor: PoolEntry[][];
    indoor: PoolEntry[][];
    outdoorWeight: number;
    indoorWeight: number;
  }

  function buildPools(season: number, rng: Random): Pools {
    const outdoor: PoolEntry[][] = EVENT_SPECS.map(() => []);
    const indoor: PoolEntry[][] = EVENT_SPECS.map(() => []);
    let outdoorWeight = 0;
    let indoorWeight = 0;
    for (const a of people.states) {
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
  function pickAthletes(rng: Random, pool: PoolEntry[], plan: MeetPlan, count: number, taken: Set<number>): PoolEntry[] {
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

  // ---------------------------------------------------------------------------------------
  // The season's calendar.

  function planSeason(season: number, rng: Random, pools: Pools, budget: number, last: boolean): MeetPlan[] {
    const plans: MeetPlan[] = [];
    let order = 0;
    for (const [s, series] of SERIES.entries()) {
      if (series.kind === 'circuit') {
        const meetings = series.slug === 'golden-league' ? (season >= 1998 && season <= 2009 ? GOLDEN_LEAGUE_MEETINGS : [])
          : season >= 2010 ? DIAMOND_LEAGUE_MEETINGS : [];
        for (const [name, city, country, month] of meetings) {
          plans.push(circuitPlan(season, rng, pools, s, name, city, country, dayOf(season, month, 1) + rng.int(0, 27), order++));
        }
        continue;
      }
      for (const [nameYear, city, country, held, month, day, days] of series.editions) {
        if (held !== season) continue;
        plans.push(championshipPlan(season, rng, pools, s, series, `${city} ${nameYear}`, city, country, dayOf(season, month, day), days, order++));
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
    season: number, rng: Random, pools: Pools, s: number, series: SeriesSpec,
    name: string, city: string, country: string, day: number, days: number, order: number,
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
      name, city, country, series: s, kind: 'championship', tier: 'A', day, days, indoor, datesKnown: true,
      handTimed: false, windMeasured: true, events, order,
    };
  }

  function entrantsWanted(spec: EventSpec, series: SeriesSpec, season: number, indoor: boolean, rng: Random): number {
    let n: number;
    const c = spec.code;
    if (indoor) {
      n = c === '60' ? rng.int(40, 56) : c === '60H' ? rng.int(24, 32) : c === '400' ? rng.int(24, 30) : c === '800' ? rng.int(18, 24)
        : c === '1500' ? rng.int(18, 26) : c === '3000' ? rng.int(13, 17) : rng.int(10, 16);
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
    season: number, rng: Random, pools: Pools, s: number, name: string, city: string, country: string, day: number, order: number,
  ): MeetPlan {
    const candidates = EVENT_SPECS.map((spec, event) => ({ spec, event }))
      .filter(({ spec, event }) => spec.outdoor && !['MAR', '10000', 'DEC', 'HEP'].includes(spec.code) && pools.outdoor[event].length > 0);
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
        const size = Math.min(pools.outdoor[event].length, rng.int(Math.max(lo, 8), Math.max(hi, 9) + (spec.unit === 'TIME' && lo > 8 ? 3 : 0)));
        return { event, sections: [size], estimate: size };
      });
    return {
      name: `${name} ${season}`, city, country, series: s, kind: 'circuit', tier: 'A', day, days: 1, indoor: false,
      datesKnown: true, handTimed: false, windMeasured: true, events, order,
    };
  }

  function ordinaryPlan(season: number, rng: Random, pools: Pools, indoor: boolean, day: number, order: number): MeetPlan {
    const tier: Tier = rng.weighted(['A', 'B', 'C'] as const, (t) => (t === 'A' ? 0.12 : t === 'B' ? 0.33 : 0.55));
    const marWeight = sum(pools.outdoor.filter((_, e) => EVENT_SPECS[e].code === 'MAR'), (p) => p.length);
    const allOutdoor = sum(pools.outdoor, (p) => p.length);
    const base = {
      series: null, tier, indoor, datesKnown: !rng.chance(0.03), order,
      handTimed: !indoor && tier === 'C' && season <= 2004 && rng.chance(0.2), windMeasured: tier !== 'C' || rng.chance(0.75),
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
        ...base, name: `${city} Marathon ${season}`, city, country, kind: 'road', days: 1,
        day: Math.min(dayOf(season, 12, 20), dayOf(season, month, 1) + rng.int(0, 27)), events,
      };
    }
    const [city, country] = rng.pick(indoor ? INDOOR_CITIES : CITIES);
    const label = indoor
      ? rng.pick(['Indoor Meeting', 'Indoor Grand Prix', 'Indoor Open', 'Indoor Games', 'Indoor Classic', 'Indoor Tour'])
      : tier === 'C'
        ? rng.pick(['Open', 'Club Meeting', 'Championships', 'Invitational', 'Relays', 'Challenge'])
        : rng.pick(['Grand Prix', 'Classic', 'Games', 'Meeting', 'Memorial', 'Invitational', 'Gala']);
    const pools2 = indoor ? pools.indoor : pools.outdoor;
    const candidates = EVENT_SPECS.map((spec, event) => ({ spec, event }))
      .filter(({ spec, event }) => (indoor ? spec.indoor : spec.outdoor) && spec.code !== 'MAR' && pools2[event].length > 1);
    const [minEvents, maxEvents] = tier === 'A' ? [10, 16] : tier === 'B' ? [8, 18] : [5, 14];
    const count = Math.min(candidates.length, rng.int(minEvents, maxEvents));
    const chosen = new Set<number>();
    for (let guard = 0; chosen.size < count && guard < count * 10; guard++) {
      const c = rng.weighted(candidates, (x) => (chosen.has(x.event) ? 0 : pools2[x.event].length * (x.spec.kind === 'COMBINED' ? 0.3 : 1)));
      chosen.add(c.event);
    }
    const events = [...chosen].sort((a, b) => a - b).map((event): EventPlan => {
      const spec = EVENT_SPECS[event];
      const poolSize = pools2[event].length;
      const [lo, hi] = spec.fieldSize;
      const size = () => Math.max(2, Math.min(Math.ceil(poolSize * 0.6), rng.int(Math.min(lo, hi), hi)));
      if (SHORT_SPRINTS.has(spec.code) && spec.code !== '400H' && tier !== 'C' && poolSize >= 20 && rng.chance(0.35)) {
        const heats = Array.from({ length: rng.int(2, 3) }, () => Math.min(8, size()));
        return { event, sections: heats, heatsAndFinal: true, estimate: sum(heats, (h) => h) + 8 };
      }
      const sectionCount = spec.kind === 'FIELD' || spec.kind === 'COMBINED' ? 1
        : tier === 'A' ? (rng.chance(0.1) ? 2 : 1) : tier === 'B' ? rng.int(1, 2) : rng.int(1, 3);
      const sections = Array.from({ length: sectionCount }, size);
      return { event, sections, estimate: sum(sections, (x) => x) };
    });
    return {
      ...base, name: `${city} ${label} ${season}`, city, country, kind: 'ordinary',
      days: tier !== 'C' && rng.chance(0.2) ? 2 : 1, day, events,
    };
  }
}

// ---------------------------------------------------------------------------------------
// Championship rounds

interface RoundPlan {
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
    return plan([['QUALIFICATION', n, Math.ceil(n / 2)], ['FINAL', final, final]]);
  }
  if (c === '1500') {
    if (n <= 14) return plan([['FINAL', n, n]]);
    if (n <= 40) return plan([['HEAT', n, 13], ['FINAL', 12, 12]]);
    return plan([['HEAT', n, 14], ['SEMI_FINAL', 24, 12], ['FINAL', 12, 12]]);
  }
  if (c === '5000' || c === '3000SC' || c === '3000') {
    if (n <= 17) return plan([['FINAL', n, n]]);
    return plan([['HEAT', n, 18], ['FINAL', 15, 15]]);
  }
  const lane = indoor && (c === '400' || c === '800') ? 6 : 8;
  if (n <= lane) return plan([['FINAL', n, n]]);
  if (n <= 3 * lane) return plan([['HEAT', n, lane], ['FINAL', lane, lane]]);
  if (n <= 64) return plan([['HEAT', n, lane], ['SEMI_FINAL', n >= 40 ? 3 * lane : 2 * lane, lane], ['FINAL', lane, lane]]);
  return plan([['HEAT', n, lane], ['QUARTER_FINAL', 40, 8], ['SEMI_FINAL', 16, 8], ['FINAL', 8, 8]]);
}

type RaceFn = (event: number, round: Round, heat: number, day: number, entrants: Entrant[]) => Placed[];

function runRounds(plan: MeetPlan, event: number, entrants: PoolEntry[], firstDay: number, rng: Random, race: RaceFn): void {
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
function qualify(results: Placed[], races: number, size: number, spec: EventSpec): Entrant[] {
  const lower = spec.direction === 'LOWER_IS_BETTER';
  const finished = results.filter((p) => p.row.status === 'FINISHED');
  const byMark = [...finished].sort((a, b) => (lower ? a.row.markValue! - b.row.markValue! : b.row.markValue! - a.row.markValue!) || a.row.place! - b.row.place!);
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

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += f(item);
  return total;
}
