// Loads a synthetic dataset into a migrated PostgreSQL database with COPY, in one
// transaction (all or nothing). On an empty performances table the secondary indexes and
// foreign keys of `performances` are dropped for the load and rebuilt after it (faster
// than maintaining them row by row), from the definitions the database itself reports,
// so indexes added by later migrations are rebuilt too.
import { Client } from 'pg';
import { migrateDatabase, redact } from '../migrate';
import { copy, openCopy } from './copy';
import {
  createSyntheticDataset,
  DEFAULT_FIRST_SEASON,
  DEFAULT_LAST_SEASON,
  type GeneratorOptions,
  type IdBases,
  type MeetRow,
  type PerformanceRow,
  type RaceRow,
  type SyntheticDataset,
} from './generator';
import type { Progress } from './progress';

/** Bump when the generator's output changes, so that kept benchmark databases are rebuilt. */
export const GENERATOR_VERSION = 3;

export interface SyntheticParameters {
  athletes: number;
  performances: number;
  seed: string;
  firstSeason?: number;
  lastSeason?: number;
}

export interface LoadOptions extends SyntheticParameters {
  connectionString: string;
  /** Add to existing data (new ids and slugs after the existing ones). */
  append?: boolean;
  /** Empty every table first. */
  force?: boolean;
  progress?: Progress;
}

export interface LoadSummary {
  rows: Record<string, number>;
  seconds: { migrate: number; load: number; indexes: number; analyze: number; total: number };
  /** The reference of the `sources` row that every synthetic meet cites. */
  source: string;
}

export class NonEmptyDatabaseError extends Error {}

/** What a source reference records about the parameters, so a database can tell what it holds. */
export function syntheticSourceReference(p: SyntheticParameters): string {
  const first = p.firstSeason ?? DEFAULT_FIRST_SEASON;
  const last = p.lastSeason ?? DEFAULT_LAST_SEASON;
  return `synthetic:v${GENERATOR_VERSION}?athletes=${p.athletes}&performances=${p.performances}&seed=${encodeURIComponent(p.seed)}&seasons=${first}-${last}`;
}

/** Every table of the schema but Prisma's bookkeeping, as the migrations left them. */
async function dataTables(client: Client): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return r.rows.map((row) => row.name);
}

export async function loadSyntheticDataset(options: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const log = (m: string) => options.progress?.log(m);
  await migrateDatabase(options.connectionString);
  const migrated = Date.now();

  const client = new Client({ connectionString: options.connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await refuseOrEmpty(client, options, log);

    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const ids = await nextIds(client);
    const takenSlugs =
      ids.athlete > 1 || ids.meet > 1
        ? {
            athletes: new Set((await client.query<{ slug: string }>('SELECT slug FROM athletes')).rows.map((r) => r.slug)),
            meets: new Set((await client.query<{ slug: string }>('SELECT slug FROM meets')).rows.map((r) => r.slug)),
          }
        : undefined;
    const generatorOptions: GeneratorOptions = {
      athletes: options.athletes,
      performances: options.performances,
      seed: options.seed,
      firstSeason: options.firstSeason,
      lastSeason: options.lastSeason,
      ids,
      takenSlugs,
    };
    const dataset = createSyntheticDataset(generatorOptions);
    const rows: Record<string, number> = {};
    const count: Count = (table, n) => {
      rows[table] = (rows[table] ?? 0) + n;
      return n;
    };

    const reference = syntheticSourceReference({ ...options });
    const keys = await insertReferenceData(client, dataset, options, reference, count);

    const stamp = '2026-01-01 00:00:00';
    count(
      'athletes',
      await copy(
        client,
        'athletes',
        [
          'id',
          'slug',
          'given_name',
          'family_name',
          'display_name',
          'search_name',
          'sex',
          'birth_date',
          'country_code',
          'created_at',
          'updated_at',
        ],
        dataset.athletes.map((a) => [
          a.id,
          a.slug,
          a.givenName,
          a.familyName,
          a.displayName,
          a.searchName,
          a.sex,
          a.birthDate,
          a.countryCode,
          stamp,
          stamp,
        ]),
      ),
    );
    count(
      'athlete_aliases',
      await copy(
        client,
        'athlete_aliases',
        ['id', 'athlete_id', 'name', 'search_name'],
        dataset.aliases.map((a) => [a.id, a.athleteId, a.name, a.searchName]),
      ),
    );

    const deferred = ids.performance === 1 ? await dropPerformanceIndexes(client) : [];
    await copyResults(client, dataset, keys, deferred.length > 0, rows, count, options);
    options.progress?.finish();
    const loaded = Date.now();

    if (deferred.length > 0) {
      log(`Building ${deferred.length} indexes and foreign keys of performances`);
      for (const statement of deferred) await client.query(statement);
    }
    for (const table of ['athletes', 'athlete_aliases', 'meets', 'races', 'performances']) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`);
    }
    await client.query('COMMIT');
    const indexed = Date.now();

    log('VACUUM ANALYZE (statistics and visibility map for the planner)');
    for (const table of [
      'athletes',
      'meets',
      'races',
      'performances',
      'meet_sources',
      'athlete_aliases',
      'events',
      'championships',
      'countries',
    ]) {
      await client.query(`VACUUM (ANALYZE) "${table}"`);
    }
    const analyzed = Date.now();
    return {
      rows,
      source: reference,
      seconds: {
        migrate: (migrated - started) / 1000,
        load: (loaded - migrated) / 1000,
        indexes: (indexed - loaded) / 1000,
        analyze: (analyzed - indexed) / 1000,
        total: (analyzed - started) / 1000,
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Adds `n` rows to a table's count; returns `n`. */
type Count = (table: string, n: number) => number;

/** A database that holds data is refused, unless appending to it or told to empty it (`force`). */
async function refuseOrEmpty(client: Client, options: LoadOptions, log: (m: string) => void): Promise<void> {
  const tables = await dataTables(client);
  const nonEmpty = await firstNonEmptyTable(client, tables);
  if (nonEmpty && !options.append && !options.force) {
    throw new NonEmptyDatabaseError(
      `${redact(options.connectionString)} already holds data (table ${nonEmpty} is not empty): ` +
        'pass --append to add to it or --force to empty it first',
    );
  }
  if (nonEmpty && options.force && !options.append) {
    log('Emptying every table (--force)');
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
}

/** The database ids of the dataset's events and series (by index), and of the source its meets cite. */
interface ReferenceKeys {
  eventIds: number[];
  seriesIds: number[];
  sourceId: number;
}

async function insertReferenceData(
  client: Client,
  dataset: SyntheticDataset,
  options: LoadOptions,
  reference: string,
  count: Count,
): Promise<ReferenceKeys> {
  // Small reference tables: upserted by natural key, so an append reuses what is there.
  for (const [code, name] of dataset.countries) {
    const r = await client.query('INSERT INTO countries (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [code, name]);
    count('countries', r.rowCount ?? 0);
  }
  const eventIds: number[] = [];
  for (const e of dataset.events) {
    const r = await client.query<{ id: number }>(
      `INSERT INTO events (code, name, sex, kind, unit, direction, wind_affected) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code, sex) DO UPDATE SET code = EXCLUDED.code RETURNING id, (xmax = 0) AS inserted`,
      [e.code, e.name, e.sex, e.kind, e.unit, e.direction, e.windAffected],
    );
    eventIds.push(r.rows[0].id);
    count('events', (r.rows[0] as unknown as { inserted: boolean }).inserted ? 1 : 0);
  }
  const seriesIds: number[] = [];
  for (const s of dataset.series) {
    const r = await client.query<{ id: number; inserted: boolean }>(
      `INSERT INTO championships (slug, name, level, age_category, awards_medals) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id, (xmax = 0) AS inserted`,
      [s.slug, s.name, s.level, s.ageCategory, s.awardsMedals],
    );
    seriesIds.push(r.rows[0].id);
    count('championships', r.rows[0].inserted ? 1 : 0);
  }
  const source = await client.query<{ id: number }>(
    `INSERT INTO sources (reference, title, publisher) VALUES ($1, $2, $3)
     ON CONFLICT (reference) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
    [
      reference,
      `Synthetic dataset (seed ${options.seed}): ${options.athletes} athletes, ${options.performances} performances`,
      'athletics-graph generator',
    ],
  );
  const sourceId = source.rows[0].id;
  count('sources', 1);
  return { eventIds, seriesIds, sourceId };
}

/**
 * Meets, races and performances, batch by batch as they are generated. `streamPerformances`
 * (the foreign keys of performances are off) keeps one COPY of performances open throughout.
 */
async function copyResults(
  client: Client,
  dataset: SyntheticDataset,
  keys: ReferenceKeys,
  streamPerformances: boolean,
  rows: Record<string, number>,
  count: Count,
  options: LoadOptions,
): Promise<void> {
  const { eventIds, seriesIds, sourceId } = keys;
  let total = Object.values(rows).reduce((a, b) => a + b, 0);
  let performances = 0;
  options.progress?.update(total, 0, options.performances);
  const meetRows = (meets: MeetRow[]) =>
    meets.map((m) => [
      m.id,
      m.slug,
      m.name,
      m.series === null ? null : seriesIds[m.series],
      null,
      m.city,
      m.countryCode,
      m.year,
      m.startDate,
      m.endDate,
      m.indoor,
    ]);
  const raceRows = (races: RaceRow[]) =>
    races.map((r) => [r.id, r.meetId, eventIds[r.event], r.round, r.heat, r.date, 'COMPLETED', r.windMps]);
  const performanceRows = (list: PerformanceRow[]) =>
    list.map((p) => [
      p.id,
      p.raceId,
      p.athleteId,
      p.place,
      p.markValue,
      p.markText,
      p.precision,
      p.windMps,
      p.status,
      `{${p.notes.join(',')}}`,
      p.photoFinish,
      p.tied,
    ]);
  const copyMeets = async (meets: MeetRow[], races: RaceRow[]) => {
    const n = [
      count('meets', await copy(client, 'meets', MEET_COLUMNS, meetRows(meets))),
      count(
        'meet_sources',
        await copy(
          client,
          'meet_sources',
          ['meet_id', 'source_id'],
          meets.map((m) => [m.id, sourceId]),
        ),
      ),
      count('races', await copy(client, 'races', RACE_COLUMNS, raceRows(races))),
    ];
    return n.reduce((a, b) => a + b, 0);
  };

  if (streamPerformances) {
    // Foreign keys of performances are off: stream them while they are generated (PostgreSQL
    // ingests one batch while the next is made), and add meets and races at the end.
    const stream = openCopy(client, 'performances', PERFORMANCE_COLUMNS);
    const meets: MeetRow[] = [];
    const races: RaceRow[] = [];
    for (const batch of dataset.batches()) {
      meets.push(...batch.meets);
      races.push(...batch.races);
      await stream.write(performanceRows(batch.performances));
      performances += batch.performances.length;
      total += batch.meets.length * 2 + batch.races.length + batch.performances.length;
      options.progress?.update(total, performances, options.performances);
    }
    count('performances', await stream.end());
    await copyMeets(meets, races);
  } else {
    for (const batch of dataset.batches()) {
      total += await copyMeets(batch.meets, batch.races);
      const n = await copy(client, 'performances', PERFORMANCE_COLUMNS, performanceRows(batch.performances));
      count('performances', n);
      performances += n;
      total += n;
      options.progress?.update(total, performances, options.performances);
    }
  }
}

async function firstNonEmptyTable(client: Client, tables: string[]): Promise<string | null> {
  for (const table of tables) {
    const r = await client.query(`SELECT 1 FROM "${table}" LIMIT 1`);
    if (r.rowCount) return table;
  }
  return null;
}

async function nextIds(client: Client): Promise<IdBases> {
  const next = async (table: string) =>
    Number((await client.query<{ n: string }>(`SELECT COALESCE(max(id), 0) + 1 AS n FROM "${table}"`)).rows[0].n);
  return {
    athlete: await next('athletes'),
    alias: await next('athlete_aliases'),
    meet: await next('meets'),
    race: await next('races'),
    performance: await next('performances'),
  };
}

/**
 * Drops the secondary indexes and outgoing foreign keys of performances and returns the
 * statements that re-create them (the primary key stays: ids arrive in order).
 */
async function dropPerformanceIndexes(client: Client): Promise<string[]> {
  const restore: string[] = [];
  const fks = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'performances'::regclass AND contype = 'f' ORDER BY conname`,
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = 'performances'::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
      ORDER BY i.relname`,
  );
  for (const fk of fks.rows) {
    await client.query(`ALTER TABLE performances DROP CONSTRAINT "${fk.name}"`);
  }
  for (const index of indexes.rows) {
    await client.query(`DROP INDEX "${index.name}"`);
    restore.push(index.def);
  }
  for (const fk of fks.rows) restore.push(`ALTER TABLE performances ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  return restore;
}

const MEET_COLUMNS = ['id', 'slug', 'name', 'championship_id', 'venue', 'city', 'country_code', 'year', 'start_date', 'end_date', 'indoor'];
const RACE_COLUMNS = ['id', 'meet_id', 'event_id', 'round', 'heat', 'date', 'status', 'wind_mps'];
const PERFORMANCE_COLUMNS = [
  'id',
  'race_id',
  'athlete_id',
  'place',
  'mark_value',
  'mark_text',
  'precision',
  'wind_mps',
  'status',
  'notes',
  'photo_finish',
  'tied',
];
