// A field result's trials beside its mark: a vertical jump's height card and a horizontal
// jump's or throw's series (row.ts checks each against its row). Rare, so kept in memory
// rather than staged; the race-wide tie-break check, the check against stored trials and the
// writes are here. Trials are written after the performances, set-based from temp tables
// keyed by the row's ref (its race and athlete lead to the performance).
import {
  compareCountback,
  compareSeries,
  countbackRecord,
  placesContradictions,
  type CountbackRecord,
  type SeriesTrial,
} from '../../domain/field-series';
import type { RowExtras } from './row';
import type { SqlSession } from './sql-session';

export interface TrialRow {
  ref: number;
  raceIdx: number;
  extras: RowExtras;
}

type Report = (ref: number, column: string, message: string) => void;

/** Races whose published places contradict countback or the series tie-break: a warning on the row placed too high or too low. */
export function warnPlaces(rows: readonly TrialRow[], warn: Report, describe: (ref: number) => string): void {
  const byRace = new Map<number, TrialRow[]>();
  for (const r of rows) {
    const list = byRace.get(r.raceIdx);
    if (list) list.push(r);
    else byRace.set(r.raceIdx, [r]);
  }
  for (const race of byRace.values()) {
    const heights = race.filter((r) => r.extras.heights !== null);
    if (heights.length > 1) {
      const found = placesContradictions<CountbackRecord>(
        heights.map((r) => ({ place: r.extras.place, record: countbackRecord(r.extras.heights ?? []) })),
        compareCountback,
        { jumpOffForFirst: true },
      );
      for (const c of found)
        warn(heights[c.behind].ref, 'height_card', `countback (rule 26.8) against ${describe(heights[c.ahead].ref)}: ${c.message}`);
    }
    const series = race.filter((r) => r.extras.series !== null);
    if (series.length > 1) {
      const found = placesContradictions<SeriesTrial[]>(
        series.map((r) => ({ place: r.extras.place, record: r.extras.series ?? [] })),
        compareSeries,
      );
      for (const c of found)
        warn(
          series[c.behind].ref,
          'series',
          `the tie-break (best, then second best...) against ${describe(series[c.ahead].ref)}: ${c.message}`,
        );
    }
  }
}

/** Published points that disagree with the scoring tables, a component's or the row's total (its mark): warnings. */
export function warnPoints(rows: readonly TrialRow[], warn: Report): void {
  for (const r of rows) {
    const components = r.extras.components;
    if (components === null) continue;
    for (const c of components) {
      if (c.published !== null && c.published !== c.points)
        warn(
          r.ref,
          'components',
          `${c.discipline}: published ${c.published} points, the scoring tables give ${c.points} for ${c.markText ?? c.status}`,
        );
    }
    const total = components.reduce((sum, c) => sum + c.points, 0);
    if (r.extras.markValue !== null && r.extras.markValue !== total)
      warn(r.ref, 'mark', `the total is published as ${r.extras.markValue} points; the components score ${total}`);
  }
}

/** The file's trials into temp tables (before the checks against stored data). */
export async function stageTrials(sql: SqlSession, rows: readonly TrialRow[]): Promise<void> {
  await sql.execute(
    'CREATE TEMP TABLE import_heights (ref int NOT NULL, height_value int NOT NULL, height_text text NOT NULL, trials text NOT NULL) ON COMMIT DROP',
  );
  await sql.execute(
    `CREATE TEMP TABLE import_series (ref int NOT NULL, number int NOT NULL, outcome text NOT NULL, mark_value int, mark_text text,
       wind numeric(3,1)) ON COMMIT DROP`,
  );
  await sql.execute(
    `CREATE TEMP TABLE import_components (ref int NOT NULL, position int NOT NULL, discipline text NOT NULL, mark_value int,
       mark_text text, wind numeric(3,1), status text NOT NULL, points int NOT NULL, published_points int) ON COMMIT DROP`,
  );
  const c = rows.flatMap((r) => (r.extras.components ?? []).map((k, i) => [r.ref, i + 1, k] as const));
  if (c.length > 0)
    await sql.execute(
      `INSERT INTO import_components
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::text[], $6::numeric[], $7::text[], $8::int[], $9::int[])`,
      [
        c.map((a) => a[0]),
        c.map((a) => a[1]),
        c.map((a) => a[2].discipline),
        c.map((a) => a[2].markValue),
        c.map((a) => a[2].markText),
        c.map((a) => a[2].wind),
        c.map((a) => a[2].status),
        c.map((a) => a[2].points),
        c.map((a) => a[2].published),
      ],
    );
  const h = rows.flatMap((r) => (r.extras.heights ?? []).map((a) => [r.ref, a.heightValue, a.heightText, a.trials] as const));
  if (h.length > 0)
    await sql.execute('INSERT INTO import_heights SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[])', [
      h.map((a) => a[0]),
      h.map((a) => a[1]),
      h.map((a) => a[2]),
      h.map((a) => a[3]),
    ]);
  const s = rows.flatMap((r) => (r.extras.series ?? []).map((t, i) => [r.ref, i + 1, t] as const));
  if (s.length > 0)
    await sql.execute(
      'INSERT INTO import_series SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::text[], $6::numeric[])',
      [
        s.map((a) => a[0]),
        s.map((a) => a[1]),
        s.map((a) => a[2].outcome),
        s.map((a) => a[2].markValue),
        s.map((a) => a[2].markText),
        s.map((a) => a[2].wind),
      ],
    );
}

const HEIGHTS_TEXT = (alias: string) => `string_agg(${alias}.height_text || ':' || ${alias}.trials, ' ' ORDER BY ${alias}.height_value)`;
const SERIES_TEXT = (alias: string, wind: string) =>
  `string_agg(CASE ${alias}.outcome::text WHEN 'FOUL' THEN 'x' WHEN 'PASS' THEN '-' ELSE ${alias}.mark_text || coalesce('@' || ${alias}.${wind}::text, '') END, ' ' ORDER BY ${alias}.number)`;

const COMPONENTS_TEXT = (alias: string, wind: string, status: string) =>
  `string_agg(${alias}.discipline || ':' || coalesce(${alias}.mark_text || coalesce('@' || ${alias}.${wind}::text, ''), ${alias}.${status})
              || coalesce('=' || ${alias}.published_points::text, ''), ';' ORDER BY ${alias}.position)`;

/**
 * A stored result the file repeats may already have its trials: the file's must be the same
 * (after checkStaged made import_matched).
 */
export async function checkStoredTrials(sql: SqlSession, fail: Report): Promise<void> {
  const heights = await sql.query<{ ref: number; stored: string; file: string }>(
    `WITH f AS (SELECT h.ref, ${HEIGHTS_TEXT('h')} AS file FROM import_heights h GROUP BY h.ref),
          st AS (SELECT m.ref, ${HEIGHTS_TEXT('a')} AS stored
                   FROM import_matched m JOIN height_attempts a ON a.performance_id = m.performance_id GROUP BY m.ref)
     SELECT f.ref, st.stored, f.file FROM f JOIN st ON st.ref = f.ref WHERE st.stored <> f.file ORDER BY f.ref`,
  );
  for (const r of heights)
    fail(r.ref, 'height_card', `this result is stored with another height card (stored "${r.stored}", file "${r.file}")`);
  const series = await sql.query<{ ref: number; stored: string; file: string }>(
    `WITH f AS (SELECT s.ref, ${SERIES_TEXT('s', 'wind')} AS file FROM import_series s GROUP BY s.ref),
          st AS (SELECT m.ref, ${SERIES_TEXT('a', 'wind_mps')} AS stored
                   FROM import_matched m JOIN field_attempts a ON a.performance_id = m.performance_id GROUP BY m.ref)
     SELECT f.ref, st.stored, f.file FROM f JOIN st ON st.ref = f.ref WHERE st.stored <> f.file ORDER BY f.ref`,
  );
  const components = await sql.query<{ ref: number; stored: string; file: string }>(
    `WITH f AS (SELECT c.ref, ${COMPONENTS_TEXT('c', 'wind', 'status')} AS file FROM import_components c GROUP BY c.ref),
          st AS (SELECT m.ref, ${COMPONENTS_TEXT('a', 'wind_mps', 'status::text')} AS stored
                   FROM import_matched m JOIN combined_components a ON a.performance_id = m.performance_id GROUP BY m.ref)
     SELECT f.ref, st.stored, f.file FROM f JOIN st ON st.ref = f.ref WHERE st.stored <> f.file ORDER BY f.ref`,
  );
  for (const r of components)
    fail(r.ref, 'components', `this result is stored with other components (stored "${r.stored}", file "${r.file}")`);
  for (const r of series) fail(r.ref, 'series', `this result is stored with another series (stored "${r.stored}", file "${r.file}")`);
}

const PERFORMANCE_OF = `JOIN import_rows s ON s.ref = x.ref
       JOIN import_races rc ON rc.idx = s.race_idx
       JOIN import_athletes a ON a.idx = s.athlete_idx
       JOIN performances p ON p.race_id = rc.id AND p.athlete_id = a.id`;

/** The trials of results that have none stored yet (after the performances are written). Returns how many results got them. */
export async function writeTrials(sql: SqlSession): Promise<number> {
  const heights = await sql.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO height_attempts (performance_id, height_value, height_text, trials)
       SELECT p.id, x.height_value, x.height_text, x.trials FROM import_heights x ${PERFORMANCE_OF}
        WHERE NOT EXISTS (SELECT 1 FROM height_attempts h WHERE h.performance_id = p.id)
       RETURNING performance_id)
     SELECT count(DISTINCT performance_id)::int AS n FROM ins`,
  );
  const series = await sql.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO field_attempts (performance_id, number, outcome, mark_value, mark_text, wind_mps)
       SELECT p.id, x.number, x.outcome::"AttemptOutcome", x.mark_value, x.mark_text, x.wind FROM import_series x ${PERFORMANCE_OF}
        WHERE NOT EXISTS (SELECT 1 FROM field_attempts f WHERE f.performance_id = p.id)
       RETURNING performance_id)
     SELECT count(DISTINCT performance_id)::int AS n FROM ins`,
  );
  const components = await sql.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO combined_components (performance_id, position, discipline, mark_value, mark_text, wind_mps, status, points, published_points)
       SELECT p.id, x.position, x.discipline, x.mark_value, x.mark_text, x.wind, x.status::"PerformanceStatus", x.points, x.published_points
         FROM import_components x ${PERFORMANCE_OF}
        WHERE NOT EXISTS (SELECT 1 FROM combined_components k WHERE k.performance_id = p.id)
       RETURNING performance_id)
     SELECT count(DISTINCT performance_id)::int AS n FROM ins`,
  );
  return heights[0].n + series[0].n + components[0].n;
}
