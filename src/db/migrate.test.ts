import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { startPGliteServer, type PGliteServer } from '../../test/support/pglite';
import { defaultMigrationsDir, markMigrationRolledBack, migrateDatabase, migrationStatus, pendingMigrations } from './migrate';
import { withPgClient } from './pg-client';

const MIGRATIONS = readdirSync(defaultMigrationsDir(), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const TABLES = [
  '_prisma_migrations',
  'api_keys',
  'athlete_aliases',
  'athlete_external_ids',
  'athletes',
  'audit_log',
  'championships',
  'combined_components',
  'countries',
  'entries',
  'entry_sources',
  'events',
  'field_attempts',
  'height_attempts',
  'meet_aliases',
  'meet_sources',
  'meets',
  'performance_sources',
  'performances',
  'races',
  'relay_legs',
  'relay_team_sources',
  'relay_teams',
  'sources',
];

const CHECKS = [
  'athletes_display_name_not_empty',
  'athletes_slug_format',
  'championships_slug_format',
  'combined_components_points_not_negative',
  'combined_components_position_positive',
  'countries_code_format',
  'field_attempts_mark_when_measured',
  'field_attempts_number_positive',
  'height_attempts_height_positive',
  'height_attempts_trials_valid',
  'meets_end_date_not_before_start_date',
  'meets_slug_format',
  'meets_start_date_in_year',
  'meets_year_in_range',
  'performances_mark_value_and_text_together',
  'performances_mark_value_positive',
  'performances_non_finisher_has_no_place_or_mark',
  'performances_place_positive',
  'performances_wind_in_range',
  'races_heat_positive',
  'races_wind_in_range',
  'relay_legs_leg_positive',
  'relay_legs_split_positive',
  'relay_teams_place_only_when_finished',
  'relay_teams_place_positive',
];

async function tableNames(c: Client): Promise<string[]> {
  const { rows } = await c.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** Catches the error a promise rejects with (fails if it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error & { code?: string; constraint?: string }> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

test('the migrations folder starts with the init and checks migrations', () => {
  expect(MIGRATIONS.slice(0, 2)).toEqual(['20261125000000_init', '20261125000100_checks']);
});

describe('migrateDatabase on PostgreSQL', () => {
  let db: TestDatabase;
  let firstRun: { applied: string[] };
  let firstRunMs: number;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    expect(await pendingMigrations(db.url)).toEqual(MIGRATIONS);
    const started = performance.now();
    firstRun = await migrateDatabase(db.url);
    firstRunMs = performance.now() - started;
    console.log(`PostgreSQL: migrating a fresh database took ${firstRunMs.toFixed(0)} ms`);
  });

  afterAll(async () => {
    await db?.drop();
  });

  test('a fresh database gets every migration and all tables', async () => {
    expect(firstRun.applied).toEqual(MIGRATIONS);
    expect(await withPgClient(db.url, tableNames)).toEqual(TABLES);
  });

  test('a second run applies nothing', async () => {
    const logs: string[] = [];
    expect(await migrateDatabase(db.url, { log: (m) => logs.push(m) })).toEqual({ applied: [] });
    expect(logs.some((m) => m.startsWith('Applying'))).toBe(false);
    expect(await pendingMigrations(db.url)).toEqual([]);
    expect(await migrationStatus(db.url)).toEqual({
      applied: MIGRATIONS,
      pending: [],
      failed: [],
      modified: [],
      unknown: [],
    });
  });

  test('_prisma_migrations rows look like those of `prisma migrate deploy`', async () => {
    const { rows } = await withPgClient(db.url, (c) => c.query(`SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name`));
    expect(rows.map((r) => r.migration_name)).toEqual(MIGRATIONS);
    for (const row of rows) {
      const sql = readFileSync(join(defaultMigrationsDir(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test('every CHECK constraint exists under its documented name', async () => {
    const { rows } = await withPgClient(db.url, (c) =>
      c.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY conname`,
      ),
    );
    expect(rows.map((r) => r.conname)).toEqual(CHECKS);
  });

  test('CHECK constraints reject bad rows by name', async () => {
    await withPgClient(db.url, async (c) => {
      await c.query(`INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')`);
      const athlete = await c.query<{ id: number }>(
        `INSERT INTO athletes (slug, display_name, search_name, sex, country_code, updated_at)
         VALUES ('faith-kipyegon', 'Faith Kipyegon', 'faith kipyegon', 'FEMALE', 'KEN', now()) RETURNING id`,
      );
      const event = await c.query<{ id: number }>(
        `INSERT INTO events (code, name, sex, kind, unit, direction)
         VALUES ('1500', '1500 Metres', 'FEMALE', 'TRACK', 'TIME', 'LOWER_IS_BETTER') RETURNING id`,
      );
      const meet = await c.query<{ id: number }>(
        `INSERT INTO meets (slug, name, year, start_date, end_date)
         VALUES ('paris-2024', 'Paris 2024', 2024, '2024-08-01', '2024-08-11') RETURNING id`,
      );
      const race = await c.query<{ id: number }>(`INSERT INTO races (meet_id, event_id, round) VALUES ($1, $2, 'FINAL') RETURNING id`, [
        meet.rows[0].id,
        event.rows[0].id,
      ]);
      const ids = [race.rows[0].id, athlete.rows[0].id];

      // A DNF with a place.
      const dnf = await rejection(c.query(`INSERT INTO performances (race_id, athlete_id, status, place) VALUES ($1, $2, 'DNF', 1)`, ids));
      expect(dnf.code).toBe('23514');
      expect(dnf.constraint).toBe('performances_non_finisher_has_no_place_or_mark');

      // A mark without its published text.
      const mark = await rejection(
        c.query(`INSERT INTO performances (race_id, athlete_id, place, mark_value) VALUES ($1, $2, 1, 229290)`, ids),
      );
      expect(mark.constraint).toBe('performances_mark_value_and_text_together');

      const slug = await rejection(
        c.query(`INSERT INTO championships (slug, name, level, awards_medals) VALUES ('Olympic Games', 'x', 'OLYMPIC', true)`),
      );
      expect(slug.constraint).toBe('championships_slug_format');

      const year = await rejection(
        c.query(`INSERT INTO meets (slug, name, year, start_date) VALUES ('tokyo-2020', 'Tokyo 2020', 2020, '2021-07-30')`),
      );
      expect(year.constraint).toBe('meets_start_date_in_year');

      // Good rows pass.
      await c.query(
        `INSERT INTO performances (race_id, athlete_id, place, mark_value, mark_text) VALUES ($1, $2, 1, 229290, '3:49.29')`,
        ids,
      );
      await c.query(`INSERT INTO meets (slug, name, year, start_date) VALUES ('tokyo-2020', 'Tokyo 2020', 2021, '2021-07-30')`);
    });
  });
});

describe('a failing migration', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    dir = mkdtempSync(join(tmpdir(), 'athletics-migrations-'));
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
    mkdirSync(join(dir, '99991231000000_bad'));
    // Semicolons in a comment and a string must not split the script; the bad INSERT must
    // undo the CREATE TABLE before it.
    writeFileSync(
      join(dir, '99991231000000_bad', 'migration.sql'),
      `-- first; a table\nCREATE TABLE scratch (s text DEFAULT 'a;b');\nINSERT INTO countries (code, name) VALUES ('ke', 'Kenya');\n`,
    );
  });

  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is named in the error with the SQL error, applied as a whole or not at all, and can be retried', async () => {
    const error = await rejection(migrateDatabase(db.url, { migrationsDir: dir }));
    expect(error.message).toContain('Migration 99991231000000_bad failed');
    expect(error.message).toContain('violates check constraint "countries_code_format"');
    expect(error.message).toContain('--rolled-back 99991231000000_bad');

    await withPgClient(db.url, async (c) => {
      expect((await c.query(`SELECT to_regclass('scratch') AS t`)).rows[0].t).toBeNull();
    });
    const status = await migrationStatus(db.url, { migrationsDir: dir });
    expect(status.applied).toEqual(MIGRATIONS);
    expect(status.failed).toEqual(['99991231000000_bad']);

    // While it is recorded as failed, nothing else runs.
    const blocked = await rejection(migrateDatabase(db.url, { migrationsDir: dir }));
    expect(blocked.message).toContain('migration 99991231000000_bad failed in an earlier run');

    writeFileSync(
      join(dir, '99991231000000_bad', 'migration.sql'),
      `-- first; a table\nCREATE TABLE scratch (s text DEFAULT 'a;b');\nINSERT INTO countries (code, name) VALUES ('KEN', 'Kenya');\n`,
    );
    await markMigrationRolledBack(db.url, '99991231000000_bad');
    expect(await migrateDatabase(db.url, { migrationsDir: dir })).toEqual({ applied: ['99991231000000_bad'] });
    await withPgClient(db.url, async (c) => {
      const { rows } = await c.query(`SELECT column_default FROM information_schema.columns WHERE table_name = 'scratch'`);
      expect(rows).toEqual([{ column_default: `'a;b'::text` }]);
      expect((await c.query(`SELECT code FROM countries`)).rows).toEqual([{ code: 'KEN' }]);
    });
    expect(await pendingMigrations(db.url, { migrationsDir: dir })).toEqual([]);
  });
});

describe('migrateDatabase on PGlite behind pglite-socket', () => {
  let server: PGliteServer;

  beforeAll(async () => {
    server = await startPGliteServer(); // in memory, 127.0.0.1, a free port
  });

  afterAll(async () => {
    await server?.stop();
  });

  test('applies every migration, then nothing', async () => {
    const { url } = server;
    const started = performance.now();
    expect(await migrateDatabase(url)).toEqual({ applied: MIGRATIONS });
    console.log(`PGlite: migrating a fresh database took ${(performance.now() - started).toFixed(0)} ms`);

    expect(await migrateDatabase(url)).toEqual({ applied: [] });
    expect(await pendingMigrations(url)).toEqual([]);
    await withPgClient(url, async (c) => {
      expect(await tableNames(c)).toEqual(TABLES);
      const bad = await rejection(c.query(`INSERT INTO countries (code, name) VALUES ('usa', 'United States')`));
      expect(bad.constraint).toBe('countries_code_format');
    });
  });
});
