// `npm start`: the API on an embedded PostgreSQL (PGlite) by default, or on DATABASE_URL.
import 'reflect-metadata';
import { createDatabase } from './db/client';
import { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS } from './db/embedded-postgres';
import { migrateDatabase } from './db/migrate';
import { seedDatabase } from './db/seed/seed';
import { startApiServer } from './server/api-server';
import { readConfig } from './server/config';

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const embedded = config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir) : null;
  const connectionString = config.databaseUrl ?? embedded!.connectionString;
  const where = embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';

  const { applied } = await migrateDatabase(connectionString);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

  const db = createDatabase({ connectionString, maxConnections: embedded ? EMBEDDED_MAX_CONNECTIONS / 2 : 10 });
  const empty = (await db.prisma.athlete.count()) === 0;
  if (config.seed || (embedded && empty)) {
    const summary = await seedDatabase(db.prisma);
    console.log(`Seeded: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  }

  const server = await startApiServer({ prisma: db.prisma, port: config.port, host: config.host, production: config.production });
  console.log(`Athletics graph ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${where}`);
  console.log(`GraphQL API and IDE: ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then stopping`);
    await server.stop();
    await db.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
