// Applies prisma/migrations/*/migration.sql through Prisma's schema engine compiled to
// WebAssembly (@prisma/schema-engine-wasm), talking to PostgreSQL through the
// @prisma/adapter-pg driver adapter. The native engine behind `prisma migrate deploy`
// cannot be downloaded on our machines; the WASM build is the same engine, so the
// `_prisma_migrations` bookkeeping is identical and either tool can take over later.
// The engine is loaded in schema-engine.ts; its connection to PostgreSQL is engine-connection.ts.

import { EngineConnection } from './engine-connection';
import { withPgClient } from './pg-client';
import { projectRoot } from './project-root';
import { describeEngineError, loadSchemaEngine, releaseEngineTimers } from './schema-engine';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';

export { EngineConnection } from './engine-connection';
export { describeEngineError, loadSchemaEngine } from './schema-engine';

export interface MigrateOptions {
  /** Progress messages ("2 migration(s) found in ...", "Applying `<name>`"); silent without it. */
  log?: (msg: string) => void;
  /** Defaults to <project root>/prisma/migrations. */
  migrationsDir?: string;
}

export interface MigrationStatus {
  /** Migrations from the folder that are recorded as finished, in folder order. */
  applied: string[];
  /** Migrations from the folder not (successfully) applied yet, in folder order. */
  pending: string[];
  /** Migrations that started and did not finish (the engine refuses to go on until resolved). */
  failed: string[];
  /** Applied migrations whose migration.sql changed since (checksum mismatch). */
  modified: string[];
  /** Migrations recorded in the database that the folder does not have. */
  unknown: string[];
}

/** No filter: every table and enum belongs to the Prisma schema (as in prisma.config.ts). */
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

const MIGRATION_FILE = 'migration.sql';
const LOCKFILE = 'migration_lock.toml';

// ---------------------------------------------------------------------------------------
// Locations

export function defaultMigrationsDir(): string {
  return join(projectRoot(), 'prisma', 'migrations');
}

export function defaultSchemaPath(): string {
  return join(projectRoot(), 'prisma', 'schema.prisma');
}

// ---------------------------------------------------------------------------------------
// Migrations folder, read the way the Prisma CLI reads it (packages/migrate listMigrations):
// every sub-folder, sorted by name, with its migration.sql as UTF-8 text.

export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  if (!existsSync(migrationsDir)) {
    throw new Error(`Migrations folder not found: ${migrationsDir}`);
  }
  const lockfileContent = await readFile(join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const migrationDirectories: MigrationList['migrationDirectories'] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const content = await readFile(join(migrationsDir, entry.name, MIGRATION_FILE), 'utf8')
      .then((value) => ({ tag: 'ok' as const, value }))
      .catch((error: Error) => ({ tag: 'error' as const, value: error.message }));
    if (content.tag === 'error') {
      throw new Error(`Migration ${entry.name} has no readable ${MIGRATION_FILE}: ${content.value}`);
    }
    migrationDirectories.push({ path: entry.name, migrationFile: { path: MIGRATION_FILE, content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** What Prisma stores in `_prisma_migrations.checksum`: hex SHA-256 of migration.sql. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

// ---------------------------------------------------------------------------------------
// Engine sessions

export interface EngineSession {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export interface OpenEngineOptions {
  /** Prisma schema files given to the engine; defaults to prisma/schema.prisma when present. */
  schemaFiles?: Array<{ path: string; content: string }>;
  /** Supply a shadow database (needed by diffs from the migrations folder). */
  connectToShadowDb?: () => Promise<SqlDriverAdapter>;
  /** Receives the engine's own log lines (JSON, tracing format). */
  engineLog?: (line: string) => void;
}

/**
 * Starts a schema engine on `connectionString`. Always `close()` the session: that frees
 * the WASM engine and ends the pool.
 */
export async function openSchemaEngine(connectionString: string, options: OpenEngineOptions = {}): Promise<EngineSession> {
  const glue = await loadSchemaEngine();
  const connection = new EngineConnection(connectionString);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    connect: () => connection.connect(),
    connectToShadowDb:
      options.connectToShadowDb ?? (() => Promise.reject(new Error('No shadow database configured for this schema engine session'))),
  };
  const schemaFiles = options.schemaFiles ?? readDefaultSchemaFiles();
  const datamodels = schemaFiles.map((f): [string, string] => [f.path, f.content]);
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      (line: string) => options.engineLog?.(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await connection.end();
    throw describeEngineError(error, `Could not start the schema engine on ${redact(connectionString)}`);
  }
  let closed = false;
  return {
    engine,
    async close() {
      if (closed) return;
      closed = true;
      try {
        engine.free();
      } catch {
        // After a panic the engine cannot be freed ("... while it was borrowed"); the pool still must end.
      } finally {
        await connection.end();
        releaseEngineTimers();
      }
    },
  };
}

function readDefaultSchemaFiles(): Array<{ path: string; content: string }> {
  const path = defaultSchemaPath();
  return existsSync(path) ? [{ path, content: readFileSync(path, 'utf8') }] : [];
}

// ---------------------------------------------------------------------------------------
// Public API

/**
 * Applies every migration in prisma/migrations not yet applied to the database, recording
 * them in `_prisma_migrations` as `prisma migrate deploy` does. Idempotent.
 */
export async function migrateDatabase(connectionString: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const migrationsList = await readMigrationsList(migrationsDir);
  log(`${migrationsList.migrationDirectories.length} migration(s) found in ${migrationsDir}`);

  let applying: string | undefined;
  const session = await openSchemaEngine(connectionString, {
    engineLog: (line) => {
      const message = engineLogMessage(line);
      if (!message) return;
      applying = /^Applying `(.+)`$/.exec(message)?.[1] ?? applying;
      log(message);
    },
  });
  try {
    const { appliedMigrationNames } = await session.engine
      .applyMigrations({ migrationsList, filters: NO_FILTER })
      .catch((error: unknown) => {
        throw migrationError(error, connectionString, applying);
      });
    return { applied: appliedMigrationNames };
  } finally {
    await session.close();
  }
}

const RESOLVE_HINT = (name: string) =>
  `Once the cause is fixed (in migration.sql or in the database), run ` +
  `\`npm run db:migrate -- --rolled-back ${name}\` (or \`prisma migrate resolve --rolled-back ${name}\`) and migrate again.`;

function migrationError(error: unknown, connectionString: string, applying: string | undefined): Error {
  const base = describeEngineError(error, '');
  const detail = cleanEngineMessage(base.message.replace(/^(\s*\[[A-Z0-9]+\])?:\s*/, ''));
  const failedBefore = /The `(.+?)` migration started at .* failed/.exec(detail)?.[1];
  let message: string;
  if (failedBefore) {
    message =
      `Cannot migrate ${redact(connectionString)}: migration ${failedBefore} failed in an earlier run and blocks ` +
      `all later ones.\n${detail}\n${RESOLVE_HINT(failedBefore)}`;
  } else if (applying) {
    message =
      `Migration ${applying} failed on ${redact(connectionString)}:\n${detail}\n` +
      `PostgreSQL ran the migration in one transaction, so none of it was applied; ` +
      `it is recorded as failed in _prisma_migrations. ${RESOLVE_HINT(applying)}`;
  } else {
    message = `Migrating ${redact(connectionString)} failed: ${detail}`;
  }
  return new Error(message, { cause: error });
}

/** Drops the engine's "external connector error" preamble and its Rust span trace. */
function cleanEngineMessage(message: string): string {
  const lines: string[] = [];
  for (const line of message.split('\n')) {
    if (/^\s+0: /.test(line)) break;
    if (line === 'external connector error') continue;
    lines.push(line.replace(/^Error querying the database: /, ''));
  }
  return lines.join('\n').trim();
}

/**
 * Compares the migrations folder with `_prisma_migrations` using plain SQL (no engine):
 * cheap enough for a readiness check.
 */
export async function migrationStatus(
  connectionString: string,
  options: Pick<MigrateOptions, 'migrationsDir'> = {},
): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
  type Row = { migration_name: string; checksum: string; finished: boolean; rolled_back: boolean };
  const rows = await withPgClient(connectionString, async (client): Promise<Row[]> => {
    const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS t`);
    if (!exists.rows[0]?.t) return [];
    const applied = await client.query<Row>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations ORDER BY started_at`,
    );
    return applied.rows;
  });

  const live = rows.filter((r) => !r.rolled_back);
  const finished = new Map(live.filter((r) => r.finished).map((r) => [r.migration_name, r.checksum]));
  const status: MigrationStatus = { applied: [], pending: [], failed: [], modified: [], unknown: [] };
  const inFolder = new Set<string>();
  for (const dir of migrationsList.migrationDirectories) {
    inFolder.add(dir.path);
    const checksum = finished.get(dir.path);
    if (checksum === undefined) {
      status.pending.push(dir.path);
      continue;
    }
    status.applied.push(dir.path);
    const content = dir.migrationFile.content;
    if (content.tag === 'ok' && migrationChecksum(content.value) !== checksum) status.modified.push(dir.path);
  }
  status.failed = [...new Set(live.filter((r) => !r.finished).map((r) => r.migration_name))];
  status.unknown = [...new Set(live.filter((r) => r.finished && !inFolder.has(r.migration_name)).map((r) => r.migration_name))];
  return status;
}

/** Names of the folder's migrations the database has not applied (empty when up to date). */
export async function pendingMigrations(connectionString: string, options: Pick<MigrateOptions, 'migrationsDir'> = {}): Promise<string[]> {
  return (await migrationStatus(connectionString, options)).pending;
}

/**
 * Marks a failed migration as rolled back (what `prisma migrate resolve --rolled-back` does),
 * after its partial effects have been undone by hand, so that it can be applied again.
 */
export async function markMigrationRolledBack(connectionString: string, migrationName: string): Promise<void> {
  const session = await openSchemaEngine(connectionString);
  try {
    await session.engine.markMigrationRolledBack({ migrationName }).catch((error: unknown) => {
      throw describeEngineError(error, `Marking ${migrationName} as rolled back failed`);
    });
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------
// Helpers

/** The message of an engine log line worth showing (INFO and above), or undefined. */
function engineLogMessage(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (!parsed.fields?.message || !['INFO', 'WARN', 'ERROR'].includes(parsed.level ?? '')) return undefined;
    if (/^(Starting schema-engine|Analysis run in)/.test(parsed.fields.message)) return undefined;
    return parsed.fields.message;
  } catch {
    return undefined;
  }
}

/** A connection string without its password, for messages. */
export function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<invalid connection string>';
  }
}
