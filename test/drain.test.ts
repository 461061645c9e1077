// SIGTERM drains: the compiled server (`node dist/src/main.js`, as `npm start` runs it, on a
// test database through DATABASE_URL) stops accepting connections at once, lets a slow
// in-flight request finish with its data, then exits 0; and it does not wait past the grace
// period for a request that never ends. A request is made slow by holding a lock on the
// table it reads, from this test's own connection.
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { COMPILED_MAIN, startCompiledServer, type CompiledServer } from './support/compiled-server';
import { createSeededTestDatabase, type TestDatabase } from './support/database';

function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<CompiledServer> {
  return startCompiledServer({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...env });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, query: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

/** Waits until a statement of the server's is blocked on a lock in `database`. */
async function waitForLockWait(admin: Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'athletics-graph' AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await sleep(50);
  }
  throw new Error('the request never reached the database');
}

/** Fails (ECONNREFUSED) once the server has closed its listening socket. */
async function connectionRefused(url: string): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: '{"query":"{ __typename }"}',
    });
    return false;
  } catch (error) {
    return /ECONNREFUSED/.test(String((error as { cause?: unknown }).cause ?? error));
  }
}

describe('SIGTERM', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
  });
  afterAll(() => database?.drop());

  it('is built (npm test builds it first)', () => {
    expect(existsSync(COMPILED_MAIN)).toBe(true);
  });

  it('refuses new connections, finishes the slow in-flight request with its data, then exits 0', async () => {
    const server = await startServer(database.url, { DB_STATEMENT_TIMEOUT_MS: '30000', SHUTDOWN_GRACE_MS: '20000' });
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    let exitCode: number | null | undefined;
    void server.exited.then((code) => (exitCode = code));
    try {
      expect((await post(server.url, '{ athletes { totalCount } }')).body).toEqual({ data: { athletes: { totalCount: 7 } } });

      await admin.query('BEGIN');
      await admin.query('LOCK TABLE athletes IN ACCESS EXCLUSIVE MODE');
      const slow = post(server.url, '{ athletes { totalCount nodes { slug } } }');
      await waitForLockWait(admin);

      server.child.kill('SIGTERM');
      await sleep(300);
      expect(await connectionRefused(server.url)).toBe(true);
      await sleep(1000);
      expect(exitCode).toBeUndefined(); // still waiting for the slow request

      await admin.query('COMMIT');
      const finished = await slow;
      expect(finished.status).toBe(200);
      expect(finished.body.errors).toBeUndefined();
      expect(finished.body.data.athletes.totalCount).toBe(7);
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/SIGTERM: finishing in-flight requests/);
      expect(server.output()).toMatch(/Stopped/);
    } finally {
      await admin.end().catch(() => undefined);
      server.child.kill('SIGKILL');
    }
  });

  it('does not wait past the grace period for a request that does not finish', async () => {
    const server = await startServer(database.url, { DB_STATEMENT_TIMEOUT_MS: '60000', SHUTDOWN_GRACE_MS: '1500' });
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE athletes IN ACCESS EXCLUSIVE MODE');
      const stuck = post(server.url, '{ athletes { totalCount } }').catch((error: unknown) => error);
      await waitForLockWait(admin);
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const took = Date.now() - signalled;
      expect(took).toBeGreaterThanOrEqual(1400);
      expect(took).toBeLessThan(10_000);
      expect(await stuck).toMatchObject({ name: 'TypeError', message: 'fetch failed' }); // its connection was closed
    } finally {
      await admin.query('ROLLBACK').catch(() => undefined);
      await admin.end().catch(() => undefined);
      server.child.kill('SIGKILL');
    }
  });
});
