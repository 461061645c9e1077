// The synthetic dataset, season by season: athletes' careers, a calendar of meets
// (championships with heats, semi-finals and finals; circuit meetings; ordinary outdoor,
// indoor and road meets) and their results. Deterministic: everything random comes from
// PRNGs seeded with the `seed` option, so the same options always give the same rows.
import type { Round } from '../../domain';
import { allowedSpecialties, createAthletes, type AliasRow, type AthleteRow } from './athletes';
import { dayOf, ordinaryPlan, planSeason } from './calendar';
import { COUNTRIES, EVENT_SPECS, MEET_ONLY_COUNTRIES, SERIES, VENUE_ONLY_COUNTRIES, type EventSpec, type SeriesSpec } from './catalog';
import { runMeet, type MeetRun } from './meets';
import { buildPools } from './pools';
import { Random } from './random';
import { Notebook, type PerformanceRow } from './races';

export type { AliasRow, AthleteRow } from './athletes';
export type { PerformanceRow } from './races';
export { roundsFor } from './rounds';

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
    count: athleteCount,
    firstId: ids.athlete,
    firstAliasId: ids.alias,
    firstSeason,
    lastSeason,
    specialties,
    takenSlugs: options.takenSlugs?.athletes,
  });

  const countryNames = new Map<string, string>([
    ...COUNTRIES.map((c): [string, string] => [c.code, c.name]),
    ...MEET_ONLY_COUNTRIES,
    ...VENUE_ONLY_COUNTRIES,
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
    const run: MeetRun = {
      options,
      target,
      produced: 0,
      nextMeet: ids.meet,
      nextRace: ids.race,
      nextPerf: ids.performance,
      meetSlugs: new Set<string>(),
      notebook: new Notebook(),
    };
    // Later seasons hold more results (more meets are covered), as in real databases.
    const weights = Array.from({ length: seasonCount }, (_, i) => 1 + 0.04 * i);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;

    for (let season = firstSeason; season <= lastSeason; season++) {
      cumulative += weights[season - firstSeason];
      const last = season === lastSeason;
      const seasonTarget = last ? target : Math.round((target * cumulative) / totalWeight);
      const rng = new Random(`${seed}/season/${season}`);
      run.notebook.newSeason();
      const pools = buildPools(people.states, firstSeason, season, rng);
      const plans = planSeason(season, rng, pools, seasonTarget - run.produced, last);
      let batch: Batch = { season, meets: [], races: [], performances: [] };
      let stalled = 0;
      for (let p = 0; p < plans.length || (last && run.produced < target); p++) {
        if (run.produced >= target) break;
        if (p >= plans.length) {
          // The last season came out short: add ordinary meets in its autumn until the target is met.
          plans.push(ordinaryPlan(season, rng, pools, false, dayOf(season, 10, 1) + rng.int(0, 80), plans.length));
          if (++stalled > 200)
            throw new Error('The athletes cannot fill the performances asked for: give more athletes or fewer performances');
        }
        const before = run.produced;
        runMeet(run, plans[p], season, rng, pools, batch);
        if (run.produced > before) stalled = 0;
        if (batch.performances.length >= BATCH_SIZE) {
          yield batch;
          batch = { season, meets: [], races: [], performances: [] };
        }
      }
      if (batch.meets.length > 0) yield batch;
    }
  }
}
