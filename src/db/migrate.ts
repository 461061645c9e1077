// Applies prisma/migrations/*/migration.sql through Prisma's schema engine compiled to
// WebAssembly (@prisma/schema-engine-wasm), talking to PostgreSQL through the
// @prisma/adapter-pg driver adapter. The native engine behind `prisma migrate deploy`
// cannot be downloaded on our machines; the WASM build is the same engine, so the
// `_prisma_migrations` bookkeeping is identical and either tool can take over later.

import { withPgClient } from './pg-client';
import { projectRoot } from './project-root';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { Client, Pool } from 'pg';

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
// Loading the WASM engine.
//
// The package is ESM (`schema_engine.js` imports the .wasm file, which Node 20 only does
// with --experimental-wasm-modules). We load its JS glue, `schema_engine_bg.js`, and
// instantiate `schema_engine_bg.wasm` ourselves. The glue is loaded with a real dynamic
// import(), hidden from tsc (which would turn it into require() under module=commonjs).
// Where dynamic import is unavailable — Jest runs modules in a vm context and rejects
// import() without --experimental-vm-modules — the glue (a wasm-bindgen file of
// top-level `export function`/`export class` declarations, no imports) is evaluated as
// a plain script instead.

type Glue = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

const GLUE_SPECIFIER = '@prisma/schema-engine-wasm/schema_engine_bg';
const nativeImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

let gluePromise: Promise<Glue> | undefined;

export function loadSchemaEngine(): Promise<Glue> {
  if (poisoned) {
    return Promise.reject(new Error('The schema engine panicked earlier in this process; restart the process'));
  }
  gluePromise ??= instantiateSchemaEngine().catch((error: unknown) => {
    gluePromise = undefined;
    throw error;
  });
  return gluePromise;
}

/**
 * Rust panics inside the engine report their message to this global before the WASM traps
 * (without it the glue itself throws a TypeError). A panic while the engine polls a future
 * from a callback surfaces as an uncaught "RuntimeError: unreachable" that ends the
 * process, so the message also goes to stderr.
 */
let lastPanic: string | undefined;
let poisoned = false;

function installPanicRegistry(): void {
  // Prisma Client installs its own registry (which throws the panic as an error); keep it.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      lastPanic = message;
      process.stderr.write(`Prisma schema engine (WASM) panicked: ${message}\n`);
    },
  };
}

async function instantiateSchemaEngine(): Promise<Glue> {
  installPanicRegistry();
  const gluePath = require.resolve(GLUE_SPECIFIER);
  const glue = await importGlue(gluePath);
  const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const imports: WebAssembly.Imports = {};
  for (const { module: name } of WebAssembly.Module.imports(module)) {
    imports[name] = withTrackedTimers(glue);
  }
  const instance = await WebAssembly.instantiate(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * Timers the engine starts and that have not fired yet. The engine arms 10 s timeouts
 * around its work and never clears them, which kept a finished `npm run db:migrate` (and
 * Jest) alive for 10 s. Sessions unref them when they close (see releaseEngineTimers).
 */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();

function withTrackedTimers(glue: Glue): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const key of Object.keys(imports)) {
    if (!key.startsWith('__wbg_setTimeout_')) continue;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, ms >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports;
}

/** Lets the process exit without waiting for the engine's leftover timeouts. */
function releaseEngineTimers(): void {
  for (const timer of engineTimers) timer.unref?.();
  engineTimers.clear();
}

async function importGlue(gluePath: string): Promise<Glue> {
  try {
    return (await nativeImport(pathToFileURL(gluePath).href)) as Glue;
  } catch (error) {
    if (!isDynamicImportUnavailable(error)) throw error;
    return evaluateGlueAsScript(gluePath);
  }
}

function isDynamicImportUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' ||
    e?.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' ||
    /dynamic import callback|experimental-vm-modules/i.test(e?.message ?? '')
  );
}

function evaluateGlueAsScript(gluePath: string): Glue {
  const source = readFileSync(gluePath, 'utf8');
  const names: string[] = [];
  const script = source.replace(/^export (function|class) ([A-Za-z_$][\w$]*)/gm, (_m, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  const leftover = /^\s*(import|export)\b.*$/m.exec(script);
  if (leftover || !names.includes('SchemaEngine') || !names.includes('__wbg_set_wasm')) {
    throw new Error(
      `Unexpected shape of ${gluePath} (${leftover ? `line "${leftover[0].trim()}"` : 'missing exports'}); ` +
        'run outside Jest or update src/db/migrate.ts',
    );
  }
  const factory = new Function(`"use strict";\n${script}\nreturn { ${names.join(', ')} };`) as () => Glue;
  return factory();
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
 * A `pg` pool and the driver adapters the engine gets from it, with two fixes over a plain
 * `new PrismaPg(pool)` (both found with @prisma/adapter-pg 7.10.1):
 *
 * - Scripts (migration.sql files) go to PostgreSQL in one simple-protocol query, as the
 *   native engine sends them. The adapter's own `executeScript` splits the text on every
 *   ";" and runs the pieces one by one: a ";" inside a string, a comment or a function
 *   body breaks the migration, and a failing migration leaves its first statements
 *   applied. Sent whole, PostgreSQL runs a migration in one implicit transaction: all or
 *   nothing.
 * - Result columns of the internal type "char" (OID 18, e.g. pg_constraint.contype) are
 *   passed to the engine as Character values. The adapter rejects them ("Column type
 *   'char' could not be deserialized"), which breaks every engine command that reads the
 *   database schema, such as diffs from the migrations folder (through a shadow database).
 *
 * One connection (`max: 1`): migrations are serial, and PGlite behind pglite-socket
 * serves one connection at a time.
 */
export class EngineConnection {
  readonly pool: Pool;
  private readonly factory: PrismaPg;

  constructor(readonly connectionString: string) {
    this.pool = new Pool({ connectionString, max: 1, Client: CharAsTextClient });
    this.pool.on('error', () => undefined); // an idle client losing its server must not crash us
    this.factory = new PrismaPg(this.pool);
  }

  get provider(): PrismaPg['provider'] {
    return this.factory.provider;
  }

  get adapterName() {
    return this.factory.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = withCharColumns(await this.factory.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
    const pool = this.pool;
    adapter.executeScript = async function executeScript(script: string): Promise<void> {
      try {
        await pool.query(script);
      } catch (error) {
        // Let the adapter turn the pg error into the DriverAdapterError the engine reads.
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }

  async end(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
/** Set on a result's rows array: indices of its "char" columns (the adapter passes rows through). */
const CHAR_COLUMNS = Symbol('charColumns');

function charColumnsAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    const res = r as { fields?: Array<{ dataTypeID: number }>; rows?: unknown[] } | undefined;
    const indices: number[] = [];
    (res?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indices.push(i);
      }
    });
    if (indices.length > 0 && Array.isArray(res?.rows)) {
      Object.defineProperty(res.rows, CHAR_COLUMNS, { value: indices, enumerable: false });
    }
  }
  return result;
}

/** Reports the columns charColumnsAsText() marked as Character, the type the engine reads them as. */
function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const indices = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS];
    for (const i of indices ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

type QueryCallback = (err: Error | null, res: unknown) => void;

class CharAsTextClient extends Client {
  // pg's overloads are many; this handles them all (config, values?, callback?).
  override query(...args: unknown[]): never {
    const query = Client.prototype.query as (...a: unknown[]) => unknown;
    const [config] = args;
    if (typeof (config as { submit?: unknown } | null)?.submit === 'function') {
      return query.apply(this, args) as never;
    }
    const cbIndex = args.findIndex((a) => typeof a === 'function');
    if (cbIndex >= 0) {
      const callback = args[cbIndex] as QueryCallback;
      const wrapped = [...args];
      wrapped[cbIndex] = (err: Error | null, res: unknown) => callback(err, err ? res : charColumnsAsText(res));
      return query.apply(this, wrapped) as never;
    }
    return (query.apply(this, args) as Promise<unknown>).then(charColumnsAsText) as never;
  }
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
      options.connectToShadowDb ??
      (() => Promise.reject(new Error('No shadow database configured for this schema engine session'))),
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

/** Turns what the engine rejects with (an Error or a plain object) into an Error with its message. */
export function describeEngineError(error: unknown, context: string): Error {
  const e = error as { message?: unknown; error_code?: unknown; code?: unknown } | null;
  let detail: string;
  if (e && typeof e.message === 'string') detail = e.message;
  else detail = typeof error === 'string' ? error : JSON.stringify(error);
  const code = typeof e?.error_code === 'string' ? e.error_code : typeof e?.code === 'string' ? e.code : undefined;
  if (error instanceof WebAssembly.RuntimeError || lastPanic !== undefined) {
    // A Rust panic: the WASM instance is left in an unknown state, never reuse it.
    poisoned = true;
    detail = `the schema engine panicked: ${lastPanic ?? detail}`;
    lastPanic = undefined;
  }
  return new Error(`${context}${code ? ` [${code}]` : ''}: ${detail}`, { cause: error });
}

// ---------------------------------------------------------------------------------------
// Public API

/**
 * Applies every migration in prisma/migrations not yet applied to the database, recording
 * them in `_prisma_migrations` as `prisma migrate deploy` does. Idempotent.
 */
export async function migrateDatabase(
  connectionString: string,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
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
export async function pendingMigrations(
  connectionString: string,
  options: Pick<MigrateOptions, 'migrationsDir'> = {},
): Promise<string[]> {
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
