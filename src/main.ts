// `npm start`: the API on an embedded PostgreSQL (PGlite) by default, or on DATABASE_URL.
import 'reflect-metadata';
import { createDatabase } from './db/client';
import { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS } from './db/embedded-postgres';
import { migrateDatabase } from './db/migrate';
import { migrateInChildProcess } from './db/migrate-process';
import { seedDatabase } from './db/seed/seed';
import { seedResults } from './modules/imports/seed-results';
import { startApiServer } from './server/api-server';
import { readConfig } from './server/config';
import { createLogger } from './server/logger';

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir) : null;
  const connectionString = config.databaseUrl ?? embedded!.connectionString;
  const where = embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';

  // The embedded database lives in this process (one connection at a time): migrated here.
  // An external one is migrated from a child process, which takes the schema engine's memory with it.
  const { applied } = embedded ? await migrateDatabase(connectionString) : await migrateInChildProcess(connectionString);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

  const db = createDatabase({
    connectionString,
    maxConnections: embedded ? EMBEDDED_MAX_CONNECTIONS / 2 : config.poolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    connectionTimeoutMs: config.connectTimeoutMs,
    parallelWorkersPerGather: config.parallelWorkers,
  });
  // Through pg, not Prisma: a server that only reads never loads Prisma's engine (src/db/sql-reader.ts).
  const empty = (await db.pool.query('SELECT 1 FROM athletes LIMIT 1')).rowCount === 0;
  if (config.seed || (embedded && empty)) {
    const summary = await seedDatabase(db.prisma);
    console.log(
      `Seeded: ${Object.entries(summary)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    for (const { file, report } of await seedResults(db.prisma)) {
      console.log(`Seeded results: seeds/results/${file} (${report.rowsRead} rows, ${report.performances.created} new performances)`);
    }
  }

  const server = await startApiServer({
    prisma: db.prisma,
    pool: db.pool,
    port: config.port,
    host: config.host,
    production: config.production,
    limits: config.limits,
    connectionString,
    // PGlite has no statement timeout (no timer interrupts in WASM).
    statementTimeoutMs: embedded ? undefined : config.statementTimeoutMs,
    shutdownGraceMs: config.shutdownGraceMs,
    trustProxy: config.trustProxy,
    executor: config.executor,
    // PGlite serves every pooled connection from one session, where two connections preparing
    // the same statement would collide ("already exists").
    prepareKeyedStatements: embedded ? false : config.preparedStatements,
    logger,
  });
  console.log(`Athletics graph ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${where}`);
  console.log(`GraphQL API and IDE: ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: finishing in-flight requests (up to ${config.shutdownGraceMs / 1000} s), then stopping`);
    try {
      await server.stop();
      // A statement still running after the grace period must not hold the exit up.
      await Promise.race([db.close(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await embedded?.stop();
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
    console.log('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A stray rejection is a bug to log, not a reason to drop every in-flight request.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
