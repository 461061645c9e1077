// Imports a results file on one connection inside the caller's transaction, all or nothing:
//
// 1. one streaming pass checks every row and COPYs the good ones into a TEMP staging table,
//    keeping in memory only the distinct meets, races, athletes and sources they name (large
//    files are read and checked on two threads: read-in-worker.ts);
// 2. those keys are resolved against the database (read-only), and set-based SQL checks run
//    over the staging table (duplicates, contradictions with stored results, dates of birth);
// 3. only when no row is in error: the missing meets, races, athletes and sources are
//    inserted in batches, and the performances with one INSERT ... SELECT ... ON CONFLICT.
//
// The caller commits when the report says `ok` (and it is not a dry run), else rolls back.
import { foldName, nameEvidence, slugify } from '../../domain';
import { Collector, type Contradiction } from './collect';
import type { ImportErrorItem, ImportFormat } from './import-format';
import { readInWorker } from './read-in-worker';
import { loadReferenceData } from './reference-data';
import { resolve, type Resolution } from './resolve';
import type { PerformanceCells } from './row';
import { performanceColumns, type RowParts } from './row-batch';
import { createRowReader } from './row-reader';
import { allocateSlugs, meetSlugBase } from './slugs';
import type { SqlSession } from './sql-session';

export interface ImportCounts {
  created: number;
  matched: number;
  /** Matched records the file completed (a date, a city... they lacked). */
  updated: number;
}

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  /** Whether the rows were written; false when any row is in error (then nothing is). */
  ok: boolean;
  rowsRead: number;
  meets: ImportCounts;
  races: ImportCounts;
  athletes: ImportCounts;
  sources: ImportCounts;
  performances: ImportCounts;
  /** How meets and athletes were matched by the rules a curator may want to check (not plain name matches). */
  decisions: ImportDecision[];
  /** Every error found, counted; `errors` lists the first `maxErrors` of them, by position. */
  errorCount: number;
  errors: ImportErrorItem[];
  durationMs: number;
}

/** One identity decision of an import: what the file's name was taken for, and why. */
export interface ImportDecision {
  kind: 'ATHLETE' | 'MEET';
  /** The rule that decided (resolve-athletes.ts, resolve.ts): ATHLETE_ID, EXTERNAL_ID, ALIAS, UNKNOWN_COUNTRY, FILE_WITHOUT_COUNTRY, RESULT_EVIDENCE, NEW (with an external id), EDITION, MEET_ALIAS. */
  rule: string;
  /** The name as the file gives it. */
  name: string;
  /** The stored record's slug it was taken for; null for a new record. */
  matched: string | null;
  reason: string;
}

/** At most this many decisions are listed (a large file's are counted in the counts). */
const MAX_DECISIONS = 1000;

export interface ImportProgress {
  rows: number;
  /** Characters of input consumed so far. */
  chars: number;
}

export interface ImportOptions {
  format: ImportFormat;
  dryRun?: boolean;
  maxErrors?: number;
  /** Every error, as soon as it is found (the report keeps only the first maxErrors). */
  onError?: (error: ImportErrorItem) => void;
  onProgress?: (progress: ImportProgress) => void;
  /** Names the step under way ("checking and staging rows", "writing performances"...). */
  onPhase?: (phase: string) => void;
  /** Who imports, for the audit log. */
  actor: { apiKeyId: number | null; name: string };
  /** Recorded in the audit log, e.g. the file name. */
  label?: string;
  /**
   * The compiled read worker (compiledReadWorker()): rows are then read and checked in a
   * worker thread, beside the main thread's collecting and COPY. Only where bulk loads are COPY.
   */
  readWorker?: string | null;
}

/** The staging table's columns; a row's performance columns are the last nine (performanceColumns). */
const STAGING_COLUMNS = [
  { name: 'ref', type: 'int' }, { name: 'race_idx', type: 'int' }, { name: 'athlete_idx', type: 'int' },
  { name: 'source_idx', type: 'int' }, { name: 'place', type: 'int' }, { name: 'mark_value', type: 'int' },
  { name: 'mark_text', type: 'text' }, { name: 'precision', type: 'text' }, { name: 'wind', type: 'numeric' },
  { name: 'status', type: 'text' }, { name: 'notes', type: 'text' }, { name: 'photo_finish', type: 'bool' }, { name: 'tied', type: 'bool' },
] as const;

const zero = (): ImportCounts => ({ created: 0, matched: 0, updated: 0 });

export async function importResults(sql: SqlSession, input: AsyncIterable<string> | Iterable<string>, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const maxErrors = options.maxErrors ?? 10_000;
  const report: ImportReport = {
    format: options.format, dryRun: Boolean(options.dryRun), ok: false, rowsRead: 0, meets: zero(), races: zero(),
    athletes: zero(), sources: zero(), performances: zero(), decisions: [], errorCount: 0, errors: [], durationMs: 0,
  };
  const refOf = (ref: number) => (options.format === 'CSV' ? { line: ref, index: null } : { line: null, index: ref });
  const describe = (ref: number) => (options.format === 'CSV' ? `line ${ref}` : `element ${ref}`);
  const fail = (ref: number | null, column: string | null, message: string) => {
    const item: ImportErrorItem = { ...(ref === null ? { line: null, index: null } : refOf(ref)), column, message };
    report.errorCount++;
    if (report.errors.length < maxErrors) report.errors.push(item);
    options.onError?.(item);
  };
  const phase = (name: string) => options.onPhase?.(name);

  // Serialises imports: two at once could each create the same new athlete.
  await sql.query("SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('athletics-graph:import'))");
  await createTempTables(sql);
  const refs = await loadReferenceData(sql);
  const collector = new Collector();
  const staging = sql.bulkLoader('import_rows', [...STAGING_COLUMNS]);

  phase('checking and staging rows');
  let staged = 0;
  // Bulk-load backpressure: awaited after each input chunk or batch (every promise is awaited, none left to reject unheard).
  let pending: Array<Promise<void>> = [];
  const awaitPending = async () => {
    if (pending.length === 0) return;
    const waits = pending;
    pending = [];
    await Promise.all(waits);
  };
  const problems: Contradiction[] = [];
  // The same athlete twice in one race. Files list a race's rows together: within such a
  // run a repeated athlete key is caught here, at no cost; races whose rows are scattered,
  // and people known under several keys, are left to one SQL query after the pass.
  let runRace = -1;
  const runAthletes = new Map<number, number>();
  /** A row that passed its own checks: its keys are collected and the row staged. */
  const collect = (ref: number, row: RowParts, performance: PerformanceCells | string) => {
    problems.length = 0;
    const { race, athlete, source } = collector.add(row, ref, describe, problems);
    for (const p of problems) fail(ref, p.column, p.message);
    if (problems.length > 0) return;
    if (race.idx !== runRace) {
      runRace = race.idx;
      runAthletes.clear();
      race.runs++;
    }
    const first = runAthletes.get(athlete.idx);
    if (first !== undefined) {
      fail(ref, 'athlete', `the same athlete in the same race as ${describe(first)}`);
      return;
    }
    runAthletes.set(athlete.idx, ref);
    // Staged even once the file is known to be bad: the checks over staged rows report every bad row.
    const wait = typeof performance === 'string'
      ? (staging.addLine as (line: string) => void | Promise<void>)(`${ref}\t${race.idx}\t${athlete.idx}\t${source.idx}\t${performance}\n`)
      : staging.add([ref, race.idx, athlete.idx, source.idx, ...performanceColumns(performance)]);
    if (wait) pending.push(wait);
    staged++;
  };
  let chars = 0;
  if (options.readWorker && staging.addLine) {
    await readInWorker(options.readWorker, { format: options.format, refs }, input, {
      error: fail,
      row(ref, parts, performance) {
        report.rowsRead++;
        if (parts) collect(ref, parts, performance as string);
      },
    }, async (read) => {
      chars = read;
      await awaitPending();
      options.onProgress?.({ rows: report.rowsRead, chars });
    });
  } else {
    const reader = createRowReader(options.format, refs, {
      error: fail,
      row(ref, row) {
        report.rowsRead++;
        if (row) collect(ref, row, row.performance);
      },
    });
    for await (const chunk of input) {
      reader.push(chunk);
      chars += chunk.length;
      await awaitPending();
      options.onProgress?.({ rows: report.rowsRead, chars });
    }
    reader.end();
  }
  await Promise.all(pending);
  await staging.finish();
  options.onProgress?.({ rows: report.rowsRead, chars });
  if (report.rowsRead === 0 && report.errorCount === 0) fail(null, null, 'the file has no rows');

  phase('matching meets, races, athletes and sources');
  const resolution = await resolve(sql, collector, refs);
  await loadMaps(sql, collector, resolution);

  phase('checking rows against each other and the stored results');
  await checkStaged(sql, collector, resolution, maxErrors, fail, describe);

  countMatches(report, collector, resolution, staged);
  if (report.errorCount > 0) {
    report.errors.sort((a, b) => (a.line ?? a.index ?? -1) - (b.line ?? b.index ?? -1));
    report.durationMs = Date.now() - started;
    return report;
  }

  await write(sql, collector, resolution, report, phase);
  report.performances.matched = staged - report.performances.created;
  report.ok = true;
  const changed = [report.meets, report.races, report.athletes, report.sources, report.performances].some((c) => c.created + c.updated > 0);
  // A re-import that changes nothing leaves no trace, the audit log included.
  if (changed) {
    const { errors: _errors, ...summary } = report;
    await sql.execute(
      `INSERT INTO audit_log (api_key_id, actor, operation, entity_type, entity_id, before, after)
       VALUES ($1, $2, 'importResults', 'Import', NULL, NULL, $3::jsonb)`,
      [options.actor.apiKeyId, options.actor.name, JSON.stringify({ ...summary, file: options.label ?? null })],
    );
  }
  report.durationMs = Date.now() - started;
  return report;
}

type Fail = (ref: number | null, column: string | null, message: string) => void;

async function createTempTables(sql: SqlSession): Promise<void> {
  // ON COMMIT DROP: they vanish with the transaction, committed or rolled back.
  await sql.execute(`CREATE TEMP TABLE import_rows (
    ref int NOT NULL, race_idx int NOT NULL, athlete_idx int NOT NULL, source_idx int NOT NULL, place int, mark_value int,
    mark_text text, precision text, wind numeric(3,1), status text NOT NULL, notes text NOT NULL, photo_finish boolean NOT NULL,
    tied boolean NOT NULL
  ) ON COMMIT DROP`);
  await sql.execute('CREATE TEMP TABLE import_races (idx int PRIMARY KEY, id int, day date) ON COMMIT DROP');
  await sql.execute('CREATE TEMP TABLE import_athletes (idx int PRIMARY KEY, identity int NOT NULL, id int, birth_date date, name text NOT NULL) ON COMMIT DROP');
  await sql.execute('CREATE TEMP TABLE import_sources (idx int PRIMARY KEY, id int) ON COMMIT DROP');
}

/** The key records as tables, so that SQL can join the staged rows to them. */
async function loadMaps(sql: SqlSession, c: Collector, r: Resolution): Promise<void> {
  const races = sql.bulkLoader('import_races', [{ name: 'idx', type: 'int' }, { name: 'id', type: 'int' }, { name: 'day', type: 'date' }]);
  for (const race of c.raceList) {
    const plan = r.races[race.idx];
    await races.add([race.idx, plan.existing?.id ?? null, plan.effectiveDate]);
  }
  await races.finish();
  const athletes = sql.bulkLoader('import_athletes', [
    { name: 'idx', type: 'int' }, { name: 'identity', type: 'int' }, { name: 'id', type: 'int' }, { name: 'birth_date', type: 'date' },
    { name: 'name', type: 'text' },
  ]);
  for (const a of c.athleteList) {
    const person = r.athletes[a.idx];
    // A key in error gets an identity of its own: its rows are reported already.
    await athletes.add([a.idx, person?.identity ?? -1_000_000_000 - a.idx, person?.existing?.id ?? null, person?.birthDate ?? null, a.name]);
  }
  await athletes.finish();
  const sources = sql.bulkLoader('import_sources', [{ name: 'idx', type: 'int' }, { name: 'id', type: 'int' }]);
  for (const s of c.sourceList) await sources.add([s.idx, r.sources[s.idx]]);
  await sources.finish();
  // Temporary tables are never analysed automatically; without statistics the planner guesses badly.
  await sql.execute('ANALYZE import_rows');
  await sql.execute('ANALYZE import_races');
  await sql.execute('ANALYZE import_athletes');
}

async function checkStaged(sql: SqlSession, c: Collector, r: Resolution, limit: number, fail: Fail, describe: (ref: number) => string): Promise<void> {
  // Errors about a meet, race or athlete: reported on every staged row that names it.
  const byScope = { meet: new Map<number, typeof r.errors>(), race: new Map<number, typeof r.errors>(), athlete: new Map<number, typeof r.errors>() };
  for (const e of r.errors) byScope[e.scope].set(e.idx, [...(byScope[e.scope].get(e.idx) ?? []), e]);
  if (r.errors.length > 0) {
    const raceIdxs = c.raceList.filter((race) => byScope.race.has(race.idx) || byScope.meet.has(race.meet.idx)).map((race) => race.idx);
    const rows = await sql.query<{ ref: number; race_idx: number; athlete_idx: number }>(
      `SELECT ref, race_idx, athlete_idx FROM import_rows WHERE race_idx = ANY($1::int[]) OR athlete_idx = ANY($2::int[]) ORDER BY ref`,
      [raceIdxs, [...byScope.athlete.keys()]],
    );
    for (const row of rows) {
      const race = c.raceList[row.race_idx];
      for (const e of [...(byScope.meet.get(race.meet.idx) ?? []), ...(byScope.race.get(race.idx) ?? []), ...(byScope.athlete.get(row.athlete_idx) ?? [])]) {
        fail(row.ref, e.column, e.message);
      }
    }
  }

  // The same athlete twice in one race, where the first pass could not see it: races whose
  // rows are scattered over the file, and people the file names in more than one way.
  const scattered = c.raceList.filter((race) => race.runs > 1).map((race) => race.idx);
  const keysOf = new Map<number, number>();
  for (const person of r.athletes) if (person) keysOf.set(person.identity, (keysOf.get(person.identity) ?? 0) + 1);
  const severalKeys = [...keysOf].filter(([, n]) => n > 1).map(([identity]) => identity);
  if (scattered.length > 0 || severalKeys.length > 0) {
    const duplicates = await sql.query<{ ref: number; first_ref: number }>(
      `WITH candidates AS (
         SELECT s.ref, s.race_idx, a.identity FROM import_rows s JOIN import_athletes a ON a.idx = s.athlete_idx
          WHERE s.race_idx = ANY($2::int[]) OR a.identity = ANY($3::int[])),
       dup AS (SELECT race_idx, identity, min(ref) AS first_ref FROM candidates GROUP BY race_idx, identity HAVING count(*) > 1)
       SELECT x.ref, d.first_ref FROM candidates x JOIN dup d ON d.race_idx = x.race_idx AND d.identity = x.identity
        WHERE x.ref <> d.first_ref ORDER BY x.ref LIMIT $1`,
      [limit + 1, scattered, severalKeys],
    );
    for (const d of duplicates) fail(d.ref, 'athlete', `the same athlete in the same race as ${describe(d.first_ref)}`);
  }

  // Results already stored: only possible where both the race and the athlete were stored.
  await sql.execute(
    `CREATE TEMP TABLE import_matched ON COMMIT DROP AS
     SELECT s.ref, s.source_idx, p.id AS performance_id
       FROM import_rows s
       JOIN import_races rc ON rc.idx = s.race_idx
       JOIN import_athletes a ON a.idx = s.athlete_idx
       JOIN performances p ON p.race_id = rc.id AND p.athlete_id = a.id
      WHERE rc.id IS NOT NULL AND a.id IS NOT NULL`,
  );
  // ... with other values. What the stored result lacks (notes, wind, a photo finish, a place
  // or mark) the file completes, in write(); a value both give differently is a contradiction,
  // named field by field; corrections go through updatePerformance.
  const contradictions = await sql.query<{ ref: number; fields: string }>(
    `SELECT s.ref, concat_ws('; ',
              CASE WHEN p.status::text <> s.status THEN format('status: stored %s, file %s', p.status, s.status) END,
              CASE WHEN p.place <> s.place OR (p.place = s.place AND p.tied <> s.tied)
                   THEN format('place: stored %s, file %s', p.place || CASE WHEN p.tied THEN '=' ELSE '' END, s.place || CASE WHEN s.tied THEN '=' ELSE '' END) END,
              CASE WHEN ${MARKS_DIFFER} THEN format('mark: stored %s, file %s', p.mark_text, s.mark_text) END,
              CASE WHEN p.wind_mps <> s.wind THEN format('wind: stored %s, file %s', p.wind_mps, s.wind) END,
              CASE WHEN NOT p.notes::text[] @> string_to_array(s.notes, ' ') AND NOT p.notes::text[] <@ string_to_array(s.notes, ' ')
                   THEN format('notes: stored %s, file %s', array_to_string(p.notes::text[], ' '), s.notes) END) AS fields
       FROM import_matched m JOIN import_rows s ON s.ref = m.ref JOIN performances p ON p.id = m.performance_id
      WHERE p.status::text <> s.status OR p.place <> s.place OR (p.place = s.place AND p.tied <> s.tied)
         OR ${MARKS_DIFFER} OR p.wind_mps <> s.wind
         OR (NOT p.notes::text[] @> string_to_array(s.notes, ' ') AND NOT p.notes::text[] <@ string_to_array(s.notes, ' '))
      ORDER BY s.ref LIMIT $1`,
    [limit + 1],
  );
  for (const p of contradictions) {
    fail(p.ref, null, `this result is already stored and the file contradicts it (${p.fields}); correct it with the updatePerformance mutation`);
  }

  await checkTies(sql, limit, fail);

  const tooYoung = await sql.query<{ ref: number; birth_date: string; day: string }>(
    `SELECT s.ref, a.birth_date::text AS birth_date, rc.day::text AS day
       FROM import_rows s JOIN import_athletes a ON a.idx = s.athlete_idx JOIN import_races rc ON rc.idx = s.race_idx
      WHERE a.birth_date >= rc.day ORDER BY s.ref LIMIT $1`,
    [limit + 1],
  );
  for (const t of tooYoung) fail(t.ref, 'athlete_birth_date', `born ${t.birth_date}, not before the race (${t.day})`);
}

/**
 * Stored mark p and file mark s (both given) disagree. A time read to the thousandth agrees
 * with the same time to the hundredth it rounds up to (9.784 is 9.79: fully automatic
 * times are rounded up to the next hundredth); the stored one stays.
 */
const MARKS_DIFFER = `NOT (p.mark_value = s.mark_value AND p.precision::text = s.precision
     OR p.precision::text = 'HUNDREDTHS' AND s.precision = 'THOUSANDTHS' AND (s.mark_value + 9) / 10 * 10 = p.mark_value
     OR p.precision::text = 'THOUSANDTHS' AND s.precision = 'HUNDREDTHS' AND (p.mark_value + 9) / 10 * 10 = s.mark_value)`;

/**
 * No fabricated ties: a place without "=" is held by one athlete of a race, and a shared
 * place is "=" in every row that gives it, the file's rows and the stored results together
 * (a stored result the file repeats counts once). The database refuses the same
 * (performances_place_held_alone and its trigger); this names the row and the holders.
 */
async function checkTies(sql: SqlSession, limit: number, fail: Fail): Promise<void> {
  // The (race, place) pairs held twice without "=": among the file's rows (one athlete per race
  // is checked already), then against the stored results of stored races. Cheap, set-based;
  // names are read only for the pairs found.
  const bad = await sql.query<{ race_idx: number; place: number }>(
    `SELECT race_idx, place FROM import_rows WHERE place IS NOT NULL GROUP BY race_idx, place HAVING count(*) > 1 AND NOT bool_and(tied)
     UNION
     SELECT s.race_idx, s.place FROM import_rows s JOIN import_races rc ON rc.idx = s.race_idx
       JOIN performances p ON p.race_id = rc.id AND p.place = s.place
       JOIN import_athletes a ON a.idx = s.athlete_idx
      WHERE rc.id IS NOT NULL AND p.athlete_id IS DISTINCT FROM a.id AND NOT (s.tied AND p.tied)
        AND NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.performance_id = p.id)
      LIMIT $1`,
    [limit + 1],
  );
  if (bad.length === 0) return;
  const rows = await sql.query<{ ref: number; place: number; name: string; slug: string | null; holders: Array<{ name: string; slug: string | null }> }>(
    `WITH bad AS (SELECT * FROM unnest($2::int[], $3::int[]) AS b(race_idx, place)),
     holders AS (
       SELECT s.ref, s.race_idx, a.identity, s.place, coalesce(x.display_name, a.name) AS name, x.slug
         FROM import_rows s JOIN bad USING (race_idx, place) JOIN import_athletes a ON a.idx = s.athlete_idx LEFT JOIN athletes x ON x.id = a.id
       UNION ALL
       SELECT NULL, rc.idx, p.athlete_id, p.place, x.display_name, x.slug
         FROM bad JOIN import_races rc ON rc.idx = bad.race_idx JOIN performances p ON p.race_id = rc.id AND p.place = bad.place
         JOIN athletes x ON x.id = p.athlete_id
        WHERE NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.performance_id = p.id))
     SELECT h.ref, h.place, h.name, h.slug,
            (SELECT json_agg(DISTINCT jsonb_build_object('name', o.name, 'slug', o.slug))
               FROM holders o WHERE o.race_idx = h.race_idx AND o.place = h.place AND o.identity <> h.identity) AS holders
       FROM holders h WHERE h.ref IS NOT NULL ORDER BY h.ref LIMIT $1`,
    [limit + 1, bad.map((b) => b.race_idx), bad.map((b) => b.place)],
  );
  for (const r of rows) {
    const holders = r.holders.map((h) => h.name).sort().join(', ');
    // Two records of one person make such a tie: say so, with what mends it.
    const twin = r.holders.find((h) => nameEvidence({ displayName: r.name }, { displayName: h.name }) !== null);
    const hint = twin
      ? `; ${twin.name}${twin.slug ? ` (${twin.slug})` : ''} may be ${r.slug ? `the same athlete as ${r.slug}: merge the two with mergeAthletes` : 'this athlete: give athlete_id'}, or make this spelling an alias`
      : '';
    fail(r.ref, 'place', `place ${r.place} of this race is also held by ${holders}: a shared place is written "${r.place}=" in every row that gives it${hint}`);
  }
}

function countMatches(report: ImportReport, c: Collector, r: Resolution, staged: number): void {
  for (const m of c.meetList) {
    const plan = r.meets[m.idx];
    if (!plan.existing || plan.rule === 'NAME' || report.decisions.length >= MAX_DECISIONS) continue;
    report.decisions.push({
      kind: 'MEET', rule: plan.rule, name: m.name, matched: plan.existing.slug,
      reason: plan.rule === 'EDITION' ? `the ${m.championship} edition of ${m.year}, stored as ${plan.existing.name}; "${m.name}" is kept as an alias` : `known by the alias "${m.name}"`,
    });
  }
  for (const p of r.persons) {
    if (p.reason === null || report.decisions.length >= MAX_DECISIONS) continue;
    report.decisions.push({ kind: 'ATHLETE', rule: p.rule, name: p.name, matched: p.existing?.slug ?? null, reason: p.reason });
  }
  report.meets.matched = r.meets.filter((m) => m.existing).length;
  report.meets.updated = r.meets.filter((m) => m.existing && (Object.keys(m.fill).length > 0 || m.addAlias !== null)).length;
  report.races.matched = r.races.filter((x) => x.existing).length;
  report.races.updated = r.races.filter((x) => x.existing && Object.keys(x.fill).length > 0).length;
  report.athletes.matched = r.persons.filter((p) => p.existing).length;
  report.athletes.updated = r.persons.filter((p) => p.existing && (p.fillBirthDate || p.fillCountry || p.addAliases.length > 0 || p.addExternalIds.length > 0)).length;
  report.sources.matched = r.sources.filter((id) => id !== null).length;
  report.performances.matched = staged;
}

async function write(sql: SqlSession, c: Collector, r: Resolution, report: ImportReport, phase: (name: string) => void): Promise<void> {
  phase('writing sources, meets, races and athletes');
  // Sources.
  const newSources = c.sourceList.filter((s) => r.sources[s.idx] === null);
  if (newSources.length > 0) {
    const rows = await sql.query<{ id: number; reference: string }>(
      `INSERT INTO sources (reference, title) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id, reference`,
      [newSources.map((s) => s.reference), newSources.map((s) => s.title ?? s.reference)],
    );
    const ids = new Map(rows.map((row) => [row.reference, row.id]));
    for (const s of newSources) r.sources[s.idx] = ids.get(s.reference) as number;
    report.sources.created = rows.length;
  }
  for (const s of c.sourceList) s.id = r.sources[s.idx];

  // Meets.
  const newMeets = c.meetList.filter((m) => !r.meets[m.idx].existing);
  if (newMeets.length > 0) {
    const slugs = await allocateSlugs(sql, 'meets', newMeets.map((m) => meetSlugBase(m.name, m.year)));
    const rows = await sql.query<{ id: number; slug: string }>(
      `INSERT INTO meets (slug, name, year, start_date, end_date, city, country_code, championship_id, indoor)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::date[], $5::date[], $6::text[], $7::text[], $8::int[], $9::boolean[])
       RETURNING id, slug`,
      [
        slugs, newMeets.map((m) => m.name), newMeets.map((m) => m.year), newMeets.map((m) => m.startDate), newMeets.map((m) => m.endDate),
        newMeets.map((m) => m.city), newMeets.map((m) => m.country), newMeets.map((m) => m.championshipId), newMeets.map((m) => m.indoor ?? false),
      ],
    );
    const ids = new Map(rows.map((row) => [row.slug, row.id]));
    newMeets.forEach((m, i) => (m.id = ids.get(slugs[i]) as number));
    report.meets.created = rows.length;
  }
  for (const m of c.meetList) m.id ??= r.meets[m.idx].existing?.id ?? null;
  const meetFills = c.meetList.filter((m) => r.meets[m.idx].existing && Object.keys(r.meets[m.idx].fill).length > 0);
  if (meetFills.length > 0) {
    const fill = (m: (typeof meetFills)[number]) => r.meets[m.idx].fill;
    await sql.execute(
      `UPDATE meets m SET start_date = coalesce(m.start_date, v.start_date), end_date = coalesce(m.end_date, v.end_date),
              city = coalesce(m.city, v.city), country_code = coalesce(m.country_code, v.country_code),
              championship_id = coalesce(m.championship_id, v.championship_id)
         FROM unnest($1::int[], $2::date[], $3::date[], $4::text[], $5::text[], $6::int[]) AS v(id, start_date, end_date, city, country_code, championship_id)
        WHERE m.id = v.id`,
      [
        meetFills.map((m) => m.id), meetFills.map((m) => fill(m).startDate ?? null), meetFills.map((m) => fill(m).endDate ?? null),
        meetFills.map((m) => fill(m).city ?? null), meetFills.map((m) => fill(m).countryCode ?? null), meetFills.map((m) => fill(m).championshipId ?? null),
      ],
    );
  }
  const aliases = c.meetList.filter((m) => r.meets[m.idx].addAlias !== null);
  await sql.execute(
    `INSERT INTO meet_aliases (meet_id, name, search_name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [aliases.map((m) => m.id), aliases.map((m) => m.name), aliases.map((m) => m.folded)],
  );
  const links = c.meetList.flatMap((m) => [...m.sources].map((s) => [m.id as number, c.sourceList[s].id as number]));
  await sql.execute(
    `INSERT INTO meet_sources (meet_id, source_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
    [links.map((l) => l[0]), links.map((l) => l[1])],
  );

  // Races.
  const newRaces = c.raceList.filter((race) => !r.races[race.idx].existing);
  const fastRaces = newRaces.length > 0 && (await withoutRaceForeignKeyTriggers(sql, newRaces));
  for (let i = 0; i < newRaces.length; i += 20_000) {
    const batch = newRaces.slice(i, i + 20_000);
    const rows = await sql.query<{ id: number; meet_id: number; event_id: number; round: string; heat: number }>(
      `INSERT INTO races (meet_id, event_id, round, heat, date, status, wind_mps)
       SELECT m, e, r::"Round", h, d, 'COMPLETED', w FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::date[], $6::numeric[]) AS t(m, e, r, h, d, w)
       RETURNING id, meet_id, event_id, round::text AS round, heat`,
      [batch.map((x) => x.meet.id), batch.map((x) => x.eventId), batch.map((x) => x.round), batch.map((x) => x.heat), batch.map((x) => x.date), batch.map((x) => x.wind)],
    );
    const ids = new Map(rows.map((row) => [`${row.meet_id}/${row.event_id}/${row.round}/${row.heat}`, row.id]));
    for (const race of batch) race.id = ids.get(`${race.meet.id}/${race.eventId}/${race.round}/${race.heat}`) as number;
    report.races.created += rows.length;
  }
  if (fastRaces) await sql.execute('SET LOCAL session_replication_role = DEFAULT');
  for (const race of c.raceList) race.id ??= r.races[race.idx].existing?.id ?? null;
  const raceFills = c.raceList.filter((race) => r.races[race.idx].existing && Object.keys(r.races[race.idx].fill).length > 0);
  if (raceFills.length > 0) {
    const fill = (race: (typeof raceFills)[number]) => r.races[race.idx].fill;
    await sql.execute(
      `UPDATE races x SET date = coalesce(x.date, v.date), wind_mps = coalesce(x.wind_mps, v.wind),
              status = CASE WHEN v.complete THEN 'COMPLETED'::"RaceStatus" ELSE x.status END
         FROM unnest($1::int[], $2::date[], $3::numeric[], $4::boolean[]) AS v(id, date, wind, complete)
        WHERE x.id = v.id`,
      [raceFills.map((x) => x.id), raceFills.map((x) => fill(x).date ?? null), raceFills.map((x) => fill(x).wind ?? null), raceFills.map((x) => Boolean(fill(x).complete))],
    );
  }
  // Athletes.
  const newPersons = r.persons.filter((p) => !p.existing);
  const personIds = new Map<number, number>();
  for (let i = 0; i < newPersons.length; i += 20_000) {
    const batch = newPersons.slice(i, i + 20_000);
    const slugs = await allocateSlugs(sql, 'athletes', batch.map((p) => slugify(p.name)));
    const rows = await sql.query<{ id: number; slug: string }>(
      `INSERT INTO athletes (slug, display_name, search_name, sex, birth_date, country_code, updated_at)
       SELECT s, n, f, x::"Sex", b, c, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[]) AS t(s, n, f, x, b, c)
       RETURNING id, slug`,
      [slugs, batch.map((p) => p.name), batch.map((p) => foldName(p.name)), batch.map((p) => p.sex), batch.map((p) => p.birthDate), batch.map((p) => p.country)],
    );
    const ids = new Map(rows.map((row) => [row.slug, row.id]));
    batch.forEach((p, k) => personIds.set(p.identity, ids.get(slugs[k]) as number));
    report.athletes.created += rows.length;
  }
  const birthFills = r.persons.filter((p) => p.existing && p.fillBirthDate);
  if (birthFills.length > 0) {
    await sql.execute(
      `UPDATE athletes a SET birth_date = v.b, updated_at = now() FROM unnest($1::int[], $2::date[]) AS v(id, b) WHERE a.id = v.id AND a.birth_date IS NULL`,
      [birthFills.map((p) => p.identity), birthFills.map((p) => p.fillBirthDate)],
    );
  }

  await completeAthletes(sql, r, personIds);

  // The maps get the new ids, then the performances go in set-based.
  await sql.execute(
    'UPDATE import_races t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(idx, id) WHERE t.idx = v.idx',
    [newRaces.map((x) => x.idx), newRaces.map((x) => x.id)],
  );
  await sql.execute(
    'UPDATE import_athletes t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(identity, id) WHERE t.identity = v.identity',
    [[...personIds.keys()], [...personIds.values()]],
  );
  await sql.execute(
    'UPDATE import_sources t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(idx, id) WHERE t.idx = v.idx',
    [newSources.map((s) => s.idx), newSources.map((s) => s.id)],
  );

  phase('writing performances');
  // New performances get their ids first, so that linking them to their sources needs no join.
  const [{ seq }] = await sql.query<{ seq: string }>("SELECT pg_get_serial_sequence('performances', 'id') AS seq");
  await sql.execute(
    `CREATE TEMP TABLE import_new ON COMMIT DROP AS
     SELECT nextval($1::regclass)::int AS id, rc.id AS race_id, a.id AS athlete_id, so.id AS source_id,
            s.place, s.tied, s.mark_value, s.mark_text, s.precision, s.wind, s.status, s.notes, s.photo_finish
       FROM import_rows s
       JOIN import_races rc ON rc.idx = s.race_idx
       JOIN import_athletes a ON a.idx = s.athlete_idx
       JOIN import_sources so ON so.idx = s.source_idx
      WHERE NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.ref = s.ref)`,
    [seq],
  );
  const fast = await withoutForeignKeyTriggers(sql);
  report.performances.created = await sql.execute(
    `INSERT INTO performances (id, race_id, athlete_id, place, tied, mark_value, mark_text, precision, wind_mps, status, notes, photo_finish)
     SELECT id, race_id, athlete_id, place, tied, mark_value, mark_text, precision::"MarkPrecision", wind, status::"PerformanceStatus",
            string_to_array(notes, ' ')::"PerformanceNote"[], photo_finish
       FROM import_new`,
  );
  phase('linking performances to their sources');
  await sql.execute('INSERT INTO performance_sources (performance_id, source_id) SELECT id, source_id FROM import_new');
  if (fast) await sql.execute('SET LOCAL session_replication_role = DEFAULT');
  report.performances.updated = await completePerformances(sql);
  // Stored results the file repeats: their source is added (once).
  await sql.execute(
    `INSERT INTO performance_sources (performance_id, source_id)
     SELECT DISTINCT m.performance_id, so.id FROM import_matched m JOIN import_sources so ON so.idx = m.source_idx
     ON CONFLICT DO NOTHING`,
  );
}

/** What the file adds to stored athletes (a country, spellings as aliases) and the external ids it gives. */
async function completeAthletes(sql: SqlSession, r: Resolution, newIds: Map<number, number>): Promise<void> {
  const countries = r.persons.filter((p) => p.existing && p.fillCountry);
  await sql.execute(
    `UPDATE athletes a SET country_code = v.c, updated_at = now() FROM unnest($1::int[], $2::text[]) AS v(id, c) WHERE a.id = v.id AND a.country_code IS NULL`,
    [countries.map((p) => p.identity), countries.map((p) => p.fillCountry)],
  );
  const aliases = r.persons.flatMap((p) => (p.existing ? p.addAliases.map((name) => [p.identity, name] as const) : []));
  await sql.execute(
    `INSERT INTO athlete_aliases (athlete_id, name, search_name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [aliases.map((a) => a[0]), aliases.map((a) => a[1]), aliases.map((a) => foldName(a[1]))],
  );
  const ids = r.persons.flatMap((p) => p.addExternalIds.map((e) => [p.existing ? p.identity : (newIds.get(p.identity) as number), e] as const));
  await sql.execute(
    `INSERT INTO athlete_external_ids (athlete_id, system, value) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`,
    [ids.map((i) => i[0]), ids.map((i) => i[1].system), ids.map((i) => i[1].value)],
  );
}

/**
 * Completes stored results the file repeats with what they lack (checkStaged has refused
 * every contradiction): notes (the file's when they include the stored ones), wind, the
 * photo-finish flag, a place or a mark. Returns how many results changed.
 */
async function completePerformances(sql: SqlSession): Promise<number> {
  return sql.execute(
    `UPDATE performances p SET
            notes = CASE WHEN p.notes::text[] <@ string_to_array(s.notes, ' ') THEN string_to_array(s.notes, ' ')::"PerformanceNote"[] ELSE p.notes END,
            wind_mps = coalesce(p.wind_mps, s.wind), photo_finish = p.photo_finish OR s.photo_finish,
            place = coalesce(p.place, s.place), tied = CASE WHEN p.place IS NULL THEN s.tied ELSE p.tied END,
            mark_value = coalesce(p.mark_value, s.mark_value), mark_text = coalesce(p.mark_text, s.mark_text),
            precision = coalesce(p.precision, s.precision::"MarkPrecision")
       FROM import_matched m JOIN import_rows s ON s.ref = m.ref
      WHERE p.id = m.performance_id
        AND (NOT p.notes::text[] @> string_to_array(s.notes, ' ') OR (p.wind_mps IS NULL AND s.wind IS NOT NULL)
             OR (s.photo_finish AND NOT p.photo_finish) OR (p.place IS NULL AND s.place IS NOT NULL)
             OR (p.mark_value IS NULL AND s.mark_value IS NOT NULL))`,
  );
}

/**
 * Bulk loads spend most of their time in the foreign-key triggers: four per row (race,
 * athlete; performance, source), each a query and a row lock. Where the role may (a
 * superuser, and no trigger of our own on these tables), the import turns triggers off for
 * its two bulk INSERTs and does the checks' work itself, set-based: every race, athlete and
 * source the rows refer to is locked FOR KEY SHARE (as the triggers would, so none can be
 * deleted before the commit) and counted (so each exists). The performances referenced by
 * the links are the ones just inserted. Returns whether triggers are off.
 */
async function withoutForeignKeyTriggers(sql: SqlSession): Promise<boolean> {
  if (!(await mayTurnOffForeignKeyTriggers(sql, ['performances', 'performance_sources']))) return false;
  const [locked] = await sql.query<{ races: number; athletes: number; sources: number; want_races: number; want_athletes: number; want_sources: number }>(
    // The maps hold every race, athlete and source a staged row names (and no other).
    `WITH r AS MATERIALIZED (SELECT x.id FROM races x WHERE x.id IN (SELECT id FROM import_races) FOR KEY SHARE),
          a AS MATERIALIZED (SELECT x.id FROM athletes x WHERE x.id IN (SELECT id FROM import_athletes) FOR KEY SHARE),
          s AS MATERIALIZED (SELECT x.id FROM sources x WHERE x.id IN (SELECT id FROM import_sources) FOR KEY SHARE)
     SELECT (SELECT count(*) FROM r)::int AS races, (SELECT count(*) FROM a)::int AS athletes, (SELECT count(*) FROM s)::int AS sources,
            (SELECT count(DISTINCT id) FROM import_races)::int AS want_races,
            (SELECT count(DISTINCT id) FROM import_athletes)::int AS want_athletes,
            (SELECT count(DISTINCT id) FROM import_sources)::int AS want_sources`,
  );
  if (locked.races !== locked.want_races || locked.athletes !== locked.want_athletes || locked.sources !== locked.want_sources) {
    throw new Error('A race, athlete or source the rows refer to was deleted while the import ran; nothing was written');
  }
  await sql.execute('SET LOCAL session_replication_role = replica');
  return true;
}

/**
 * Whether the session may insert into these tables in replica mode: as a superuser, and
 * where every trigger of our own fires ALWAYS (replica mode turns the others off too).
 */
async function mayTurnOffForeignKeyTriggers(sql: SqlSession, tables: string[]): Promise<boolean> {
  const [can] = await sql.query<{ allowed: boolean }>(
    `SELECT current_setting('is_superuser') = 'on'
            AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'A' AND tgrelid = ANY($1::regclass[])) AS allowed`,
    [tables],
  );
  return Boolean(can?.allowed);
}

/**
 * The new races' inserts without their two foreign-key triggers (see withoutForeignKeyTriggers):
 * their meets and events are locked FOR KEY SHARE and counted instead. The caller turns
 * triggers back on after the inserts. Returns whether triggers are off.
 */
async function withoutRaceForeignKeyTriggers(sql: SqlSession, races: Array<{ meet: { id: number | null }; eventId: number }>): Promise<boolean> {
  if (!(await mayTurnOffForeignKeyTriggers(sql, ['races']))) return false;
  const meetIds = [...new Set(races.map((race) => race.meet.id as number))];
  const eventIds = [...new Set(races.map((race) => race.eventId))];
  const [locked] = await sql.query<{ meets: number; events: number }>(
    `WITH m AS MATERIALIZED (SELECT id FROM meets WHERE id = ANY($1::int[]) FOR KEY SHARE),
          e AS MATERIALIZED (SELECT id FROM events WHERE id = ANY($2::int[]) FOR KEY SHARE)
     SELECT (SELECT count(*) FROM m)::int AS meets, (SELECT count(*) FROM e)::int AS events`,
    [meetIds, eventIds],
  );
  if (locked.meets !== meetIds.length || locked.events !== eventIds.length) {
    throw new Error('A meet or event the rows refer to was deleted while the import ran; nothing was written');
  }
  await sql.execute('SET LOCAL session_replication_role = replica');
  return true;
}
