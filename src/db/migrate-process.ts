// Migrations in a child process. Prisma's WASM schema engine and what it allocates (about
// 30 MB the server would keep for its lifetime) leave with the child; the server's own
// process only ever runs queries.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { MigrateChildReport } from './migrate-child';

/** Applies pending migrations like migrateDatabase, from a child process; resolves with their names. */
export function migrateInChildProcess(
  connectionString: string,
  /** The compiled child entry (tests run from source and point at dist/). */
  childModule = join(__dirname, 'migrate-child.js'),
): Promise<{ applied: string[] }> {
  return new Promise((resolve, reject) => {
    const child = fork(childModule, [], {
      env: { ...process.env, MIGRATE_DATABASE_URL: connectionString },
      // Not the parent's flags (a profiler, an inspector port): the child only migrates.
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: MigrateChildReport | null = null;
    child.on('message', (message: MigrateChildReport) => (report = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const done = report as MigrateChildReport | null;
      if (done && 'applied' in done && code === 0) resolve({ applied: done.applied });
      else if (done && 'error' in done) reject(new Error(done.error));
      else reject(new Error(`The migration process ended with ${signal ?? `exit code ${code}`} and no report`));
    });
  });
}
