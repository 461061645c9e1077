// Throw-away PostgreSQL databases for tests: one per call, uniquely named, migrated with
// the project's migrations, dropped by `drop()`. Tests never share or reuse a database.
//
//   const db = await createTestDatabase();
//   try { ...use db.url... } finally { await db.drop(); }
//
// The server is TEST_DATABASE_ADMIN_URL (a connection string to any database on it that
// may CREATE DATABASE), by default postgres://postgres@127.0.0.1:5432/postgres.

import { randomBytes } from 'node:crypto';

import { createDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { seedDatabase } from '../../src/db/seed/seed';
import { withPgClient } from '../../src/db/pg-client';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'athletics_test_';

export interface TestDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Its name. */
  name: string;
  /** Terminates its connections and drops it. Safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Apply prisma/migrations (default true); false leaves the database empty. */
  migrate?: boolean;
}

export function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
}

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const admin = adminUrl();
  await dropStaleTestDatabasesOnce(admin);

  const name = `${PREFIX}${process.pid}_${randomBytes(5).toString('hex')}`;
  await withPgClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(admin, name);
  let dropped = false;
  const db: TestDatabase = {
    url,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await dropDatabase(admin, name);
    },
  };
  if (options.migrate !== false) {
    try {
      await migrateDatabase(url);
    } catch (error) {
      await db.drop().catch(() => undefined);
      throw error;
    }
  }
  return db;
}

/** The admin URL with its database replaced by `name`. */
export function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

async function dropDatabase(admin: string, name: string): Promise<void> {
  await withPgClient(admin, async (c) => {
    const version = Number((await c.query<{ v: string }>('SHOW server_version_num')).rows[0].v);
    if (version >= 130000) {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await c.query(`DROP DATABASE IF EXISTS "${name}"`);
    }
  });
}

let staleSweep: Promise<void> | undefined;

/**
 * Drops test databases left by test processes that died before their drop() (their names
 * carry the pid of a process that no longer runs on this machine). Once per process.
 */
function dropStaleTestDatabasesOnce(admin: string): Promise<void> {
  staleSweep ??= (async () => {
    const names = await withPgClient(admin, async (c) =>
      (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`)).rows.map((r) => r.datname),
    );
    for (const name of names) {
      const pid = Number(/^athletics_test_(\d+)_/.exec(name)?.[1]);
      if (!pid || isAlive(pid)) continue;
      await dropDatabase(admin, name).catch(() => undefined);
    }
  })().catch(() => undefined);
  return staleSweep;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A throw-away database holding the seed data (the article's facts). */
export async function createSeededTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  const db = createDatabase({ connectionString: database.url, maxConnections: 2 });
  try {
    await seedDatabase(db.prisma);
  } finally {
    await db.close();
  }
  return database;
}

export interface OpenTestDatabase {
  database: TestDatabase;
  /** A client (Prisma and the pg pool) over it. */
  db: Database;
  /** Closes the client and drops the database. */
  close(): Promise<void>;
}

/**
 * A throw-away database with a client over it, filled by `fill` (default: the seed data).
 *
 *   let open: OpenTestDatabase;
 *   beforeAll(async () => { open = await openTestDatabase(); });
 *   afterAll(() => open?.close());
 */
export async function openTestDatabase(
  fill: (db: Database, url: string) => Promise<unknown> = (db) => seedDatabase(db.prisma),
): Promise<OpenTestDatabase> {
  const database = await createTestDatabase();
  const db = createDatabase({ connectionString: database.url, maxConnections: 3 });
  const close = async () => {
    await db.close().catch(() => undefined);
    await database.drop();
  };
  try {
    await fill(db, database.url);
  } catch (error) {
    await close();
    throw error;
  }
  return { database, db, close };
}
