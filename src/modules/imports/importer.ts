// Imports a results file on one connection inside the caller's transaction, all or nothing:
//
// 1. one streaming pass checks every row and COPYs the good ones into a TEMP staging table,
//    keeping in memory only the distinct meets, races, athletes and sources they name (large
//    files are read and checked on two threads: read-in-worker.ts);
// 2. those keys are resolved against the database (read-only: resolve.ts, resolve-athletes.ts),
//    and set-based SQL checks run over the staging table (staged-checks.ts: duplicates,
//    contradictions with stored results, shared places, dates of birth);
// 3. only when no row is in error (write.ts): the missing meets, races, athletes and sources
//    are inserted in batches, what the file completes is updated, and the performances go in
//    with one INSERT ... SELECT.
//
// The caller commits when the report says `ok` (and it is not a dry run), else rolls back.
import { Collector, type Contradiction } from './collect';
import { checkStoredTrials, stageTrials, warnPlaces, warnPoints, writeTrials, type TrialRow } from './field-trials';
import type { ImportErrorItem, ImportFormat } from './import-format';
import { readInWorker } from './read-in-worker';
import { loadReferenceData } from './reference-data';
import { resolve, type Resolution } from './resolve';
import type { PerformanceCells } from './row';
import { performanceColumns, type RowParts } from './row-batch';
import { createRowReader } from './row-reader';
import type { SqlSession } from './sql-session';
import { checkStaged } from './staged-checks';
import { write } from './write';

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
  /**
   * What the file publishes that the rules contradict, reported but kept as published (places
   * against countback or a series' tie-break); they do not stop the import.
   */
  warnings: ImportErrorItem[];
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

/** The staging table's columns; a row's performance columns are the last ten (performanceColumns). */
const STAGING_COLUMNS = [
  { name: 'ref', type: 'int' },
  { name: 'race_idx', type: 'int' },
  { name: 'athlete_idx', type: 'int' },
  { name: 'source_idx', type: 'int' },
  { name: 'place', type: 'int' },
  { name: 'mark_value', type: 'int' },
  { name: 'mark_text', type: 'text' },
  { name: 'precision', type: 'text' },
  { name: 'wind', type: 'numeric' },
  { name: 'status', type: 'text' },
  { name: 'notes', type: 'text' },
  { name: 'photo_finish', type: 'bool' },
  { name: 'tied', type: 'bool' },
  { name: 'country', type: 'text' },
] as const;

const zero = (): ImportCounts => ({ created: 0, matched: 0, updated: 0 });

export async function importResults(
  sql: SqlSession,
  input: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const maxErrors = options.maxErrors ?? 10_000;
  const report: ImportReport = {
    format: options.format,
    dryRun: Boolean(options.dryRun),
    ok: false,
    rowsRead: 0,
    meets: zero(),
    races: zero(),
    athletes: zero(),
    sources: zero(),
    performances: zero(),
    decisions: [],
    errorCount: 0,
    errors: [],
    warnings: [],
    durationMs: 0,
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
  const warn = (ref: number, column: string | null, message: string) => {
    if (report.warnings.length < maxErrors) report.warnings.push({ ...refOf(ref), column, message });
  };
  /** The rare rows with a height card, a series or a combined event's components. */
  const trialRows: TrialRow[] = [];

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
    const wait =
      typeof performance === 'string'
        ? (staging.addLine as (line: string) => void | Promise<void>)(
            `${ref}\t${race.idx}\t${athlete.idx}\t${source.idx}\t${performance}\n`,
          )
        : staging.add([ref, race.idx, athlete.idx, source.idx, ...performanceColumns(performance)]);
    if (wait) pending.push(wait);
    staged++;
    if (row.extras !== null) trialRows.push({ ref, raceIdx: race.idx, extras: row.extras });
  };
  let chars = 0;
  if (options.readWorker && staging.addLine) {
    await readInWorker(
      options.readWorker,
      { format: options.format, refs },
      input,
      {
        error: fail,
        row(ref, parts, performance) {
          report.rowsRead++;
          if (parts) collect(ref, parts, performance as string);
        },
      },
      async (read) => {
        chars = read;
        await awaitPending();
        options.onProgress?.({ rows: report.rowsRead, chars });
      },
    );
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
  warnPlaces(trialRows, warn, describe);
  warnPoints(trialRows, warn);
  await stageTrials(sql, trialRows);

  phase('matching meets, races, athletes and sources');
  const resolution = await resolve(sql, collector, refs);
  await loadMaps(sql, collector, resolution);

  phase('checking rows against each other and the stored results');
  await checkStaged(sql, collector, resolution, maxErrors, fail, describe);
  await checkStoredTrials(sql, fail);

  countMatches(report, collector, resolution, staged);
  if (report.errorCount > 0) {
    report.errors.sort((a, b) => (a.line ?? a.index ?? -1) - (b.line ?? b.index ?? -1));
    report.durationMs = Date.now() - started;
    return report;
  }

  await write(sql, collector, resolution, report, phase);
  const withTrials = await writeTrials(sql);
  report.performances.matched = staged - report.performances.created;
  report.ok = true;
  const changed =
    [report.meets, report.races, report.athletes, report.sources, report.performances].some((c) => c.created + c.updated > 0) ||
    withTrials > 0;
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

async function createTempTables(sql: SqlSession): Promise<void> {
  // ON COMMIT DROP: they vanish with the transaction, committed or rolled back.
  await sql.execute(`CREATE TEMP TABLE import_rows (
    ref int NOT NULL, race_idx int NOT NULL, athlete_idx int NOT NULL, source_idx int NOT NULL, place int, mark_value int,
    mark_text text, precision text, wind numeric(3,1), status text NOT NULL, notes text NOT NULL, photo_finish boolean NOT NULL,
    tied boolean NOT NULL, country text
  ) ON COMMIT DROP`);
  await sql.execute('CREATE TEMP TABLE import_races (idx int PRIMARY KEY, id int, day date) ON COMMIT DROP');
  await sql.execute(
    'CREATE TEMP TABLE import_athletes (idx int PRIMARY KEY, identity int NOT NULL, id int, birth_date date, name text NOT NULL) ON COMMIT DROP',
  );
  await sql.execute('CREATE TEMP TABLE import_sources (idx int PRIMARY KEY, id int) ON COMMIT DROP');
}

/** The key records as tables, so that SQL can join the staged rows to them. */
async function loadMaps(sql: SqlSession, c: Collector, r: Resolution): Promise<void> {
  const races = sql.bulkLoader('import_races', [
    { name: 'idx', type: 'int' },
    { name: 'id', type: 'int' },
    { name: 'day', type: 'date' },
  ]);
  for (const race of c.raceList) {
    const plan = r.races[race.idx];
    await races.add([race.idx, plan.existing?.id ?? null, plan.effectiveDate]);
  }
  await races.finish();
  const athletes = sql.bulkLoader('import_athletes', [
    { name: 'idx', type: 'int' },
    { name: 'identity', type: 'int' },
    { name: 'id', type: 'int' },
    { name: 'birth_date', type: 'date' },
    { name: 'name', type: 'text' },
  ]);
  for (const a of c.athleteList) {
    const person = r.athletes[a.idx];
    // A key in error gets an identity of its own: its rows are reported already.
    await athletes.add([
      a.idx,
      person?.identity ?? -1_000_000_000 - a.idx,
      person?.existing?.id ?? null,
      person?.birthDate ?? null,
      a.name,
    ]);
  }
  await athletes.finish();
  const sources = sql.bulkLoader('import_sources', [
    { name: 'idx', type: 'int' },
    { name: 'id', type: 'int' },
  ]);
  for (const s of c.sourceList) await sources.add([s.idx, r.sources[s.idx]]);
  await sources.finish();
  // Temporary tables are never analysed automatically; without statistics the planner guesses badly.
  await sql.execute('ANALYZE import_rows');
  await sql.execute('ANALYZE import_races');
  await sql.execute('ANALYZE import_athletes');
}

function countMatches(report: ImportReport, c: Collector, r: Resolution, staged: number): void {
  for (const m of c.meetList) {
    const plan = r.meets[m.idx];
    if (!plan.existing || plan.rule === 'NAME' || report.decisions.length >= MAX_DECISIONS) continue;
    report.decisions.push({
      kind: 'MEET',
      rule: plan.rule,
      name: m.name,
      matched: plan.existing.slug,
      reason:
        plan.rule === 'EDITION'
          ? `the ${m.championship} edition of ${m.year}, stored as ${plan.existing.name}; "${m.name}" is kept as an alias`
          : `known by the alias "${m.name}"`,
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
  report.athletes.updated = r.persons.filter(
    (p) => p.existing && (p.fillBirthDate || p.fillCountry || p.addAliases.length > 0 || p.addExternalIds.length > 0),
  ).length;
  report.sources.matched = r.sources.filter((id) => id !== null).length;
  report.performances.matched = staged;
}
