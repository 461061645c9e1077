import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from './generated/client';

export { PrismaClient };
export type { Prisma } from './generated/client';

export interface DatabaseOptions {
  connectionString: string;
  /** Upper bound on open connections; PGlite serves one at a time, so it gets 1. */
  maxConnections?: number;
}

/** The Prisma client and the `pg` pool under it (kept for hand-written SQL). */
export interface Database {
  prisma: PrismaClient;
  pool: Pool;
  close(): Promise<void>;
}

export function createDatabase({ connectionString, maxConnections = 10 }: DatabaseOptions): Database {
  const pool = new Pool({ connectionString, max: maxConnections });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
