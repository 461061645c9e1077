import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from './generated/client';

export { PrismaClient };
export type { Prisma } from './generated/client';

export interface DatabaseOptions {
  connectionString: string;
  /** Upper bound on open connections; PGlite serves one at a time, so it gets 1. */
  maxConnections?: number;
  /**
   * PostgreSQL `statement_timeout` of every connection, in ms (0 or absent: none). Sent as a
   * startup parameter, so it holds for every statement, lock waits included. PGlite ignores it.
   */
  statementTimeoutMs?: number;
  /**
   * How long to wait for a new connection, or for a free one when the pool is full, before
   * failing (pg's own default waits forever: a database outage would pile requests up).
   */
  connectionTimeoutMs?: number;
  /**
   * PostgreSQL `max_parallel_workers_per_gather` of every connection (default 0). The API runs
   * many small queries at once: a parallel plan forks workers per query and rebuilds its
   * hash tables in each, which under concurrent load costs more than it saves.
   */
  parallelWorkersPerGather?: number;
}

/** The Prisma client and the `pg` pool under it (kept for hand-written SQL). */
export interface Database {
  prisma: PrismaClient;
  pool: Pool;
  /** The connection string the pool uses (for the readiness check's migration status). */
  connectionString: string;
  close(): Promise<void>;
}

export function createDatabase({
  connectionString,
  maxConnections = 10,
  statementTimeoutMs,
  connectionTimeoutMs = 10_000,
  parallelWorkersPerGather = 0,
}: DatabaseOptions): Database {
  const pool = new Pool({
    connectionString,
    max: maxConnections,
    connectionTimeoutMillis: connectionTimeoutMs,
    // A restarted server leaves half-open sockets; keepalive finds them, idle clients are recycled.
    keepAlive: true,
    idleTimeoutMillis: 30_000,
    application_name: 'athletics-graph',
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    options: `-c max_parallel_workers_per_gather=${parallelWorkersPerGather}`,
  });
  // An idle client losing its server (a restart) must not crash the process; pg-pool drops
  // it, and a client that fails mid-query is destroyed on release, so the pool heals itself.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    connectionString,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
