// Probes: /healthz says the process is alive (always 200 while it serves HTTP); /readyz says
// it can serve the API: database reachable and every migration applied (200), else 503,
// also while draining on SIGTERM so that load balancers stop sending work.
import { Router } from 'express';
import type { Pool } from 'pg';
import { pendingMigrations } from '../../db/migrate';

export interface ReadinessReport {
  ready: boolean;
  database: 'reachable' | 'unreachable' | 'not checked';
  /** 'not checked' when the server was started without the database's connection string. */
  migrations: 'applied' | 'pending' | 'unknown' | 'not checked';
  pending?: string[];
  draining?: boolean;
}

export type ReadinessCheck = () => Promise<ReadinessReport>;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface DatabaseReadinessOptions {
  /** The server's own pool (the one its reads use). */
  pool: Pool;
  /** Needed for the migration status (read with its own short-lived connection). */
  connectionString?: string;
  timeoutMs?: number;
}

/**
 * Pings the database through the server's own pool, then compares the migrations folder
 * with `_prisma_migrations`. Migrations once applied stay applied, so that answer is reused
 * for 30 s; concurrent probes share one check.
 */
export function databaseReadiness({ pool, connectionString, timeoutMs = 2000 }: DatabaseReadinessOptions): ReadinessCheck {
  let appliedUntil = 0;
  let running: Promise<ReadinessReport> | undefined;
  const check = async (): Promise<ReadinessReport> => {
    try {
      await withTimeout(pool.query('SELECT 1'), timeoutMs);
    } catch {
      return { ready: false, database: 'unreachable', migrations: 'unknown' };
    }
    if (!connectionString) return { ready: true, database: 'reachable', migrations: 'not checked' };
    if (Date.now() < appliedUntil) return { ready: true, database: 'reachable', migrations: 'applied' };
    try {
      const pending = await withTimeout(pendingMigrations(connectionString), timeoutMs);
      if (pending.length > 0) return { ready: false, database: 'reachable', migrations: 'pending', pending };
      appliedUntil = Date.now() + 30_000;
      return { ready: true, database: 'reachable', migrations: 'applied' };
    } catch {
      return { ready: false, database: 'reachable', migrations: 'unknown' };
    }
  };
  return () => {
    running ??= check().finally(() => {
      running = undefined;
    });
    return running;
  };
}

export function healthRouter(options: { readiness: ReadinessCheck; isDraining: () => boolean }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const report: ReadinessReport = options.isDraining()
      ? { ready: false, database: 'not checked', migrations: 'not checked', draining: true }
      : await options.readiness();
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'not ready', ...report });
  });
  return router;
}
