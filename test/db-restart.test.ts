// The database goes away under load and comes back: requests during the outage get a clear
// SERVICE_UNAVAILABLE (HTTP 503), nothing hangs, and the server recovers by itself. The
// machine's shared PostgreSQL is never restarted: the server reaches its database through a
// TCP proxy on loopback that the test cuts (every connection reset, new ones refused) and
// restores; a second scenario terminates the server's backends (57P01 admin_shutdown, what a
// restart sends) on this test's own database only.
import { Client } from 'pg';
import { adminUrl } from './support/database';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

const QUERY =
  '{ athletes(first: 5) { totalCount nodes { slug performances(first: 3) { nodes { mark { text } race { meet { name } } } } } } }';
const WORKERS = 6;
const CONNECT_TIMEOUT_MS = 1000;

interface Sample {
  worker: number;
  started: number;
  finished: number;
  status: number;
  ok: boolean;
  codes: string[];
  /** Network failure (no HTTP response), e.g. a hang cut by the client timeout. */
  failure?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Workers posting QUERY back to back until stopped. */
function startLoad(url: string) {
  const samples: Sample[] = [];
  let running = true;
  const worker = async (id: number) => {
    while (running) {
      const started = Date.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
        const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
        const ok = response.status === 200 && !body.errors && body.data?.athletes?.totalCount === 7;
        samples.push({ worker: id, started, finished: Date.now(), status: response.status, ok, codes });
      } catch (error) {
        samples.push({ worker: id, started, finished: Date.now(), status: 0, ok: false, codes: [], failure: String(error) });
      }
      await sleep(5);
    }
  };
  const done = Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(i)));
  return {
    samples,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

function failuresOf(samples: Sample[]) {
  return samples.filter((s) => !s.ok);
}

describe('database restart under load', () => {
  let proxy: TcpProxy;
  let api: ServerUnderTest;

  beforeAll(async () => {
    const admin = new URL(adminUrl());
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    api = await startServerUnderTest({
      production: true,
      poolMax: 5,
      connectionTimeoutMs: CONNECT_TIMEOUT_MS,
      statementTimeoutMs: 5000,
      limits: { rateLimitMax: 0 },
      serverConnectionString: (database) => {
        const url = new URL(database.url);
        url.port = String(proxy.port);
        return url.toString();
      },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await proxy?.close();
  });

  it('answers SERVICE_UNAVAILABLE while PostgreSQL is unreachable and recovers by itself when it is back', async () => {
    const load = startLoad(api.url);
    try {
      await waitFor(() => load.samples.filter((s) => s.ok).length >= 3, 20_000);
      expect(failuresOf(load.samples)).toEqual([]);

      await proxy.cut();
      const cutAt = Date.now();
      await sleep(1000);
      const readyDuring = await api.request({ method: 'GET', path: '/readyz' });
      const healthDuring = await api.request({ method: 'GET', path: '/healthz' });
      await sleep(2000);

      await proxy.restore();
      const backAt = Date.now();
      await waitFor(() => load.samples.some((s) => s.ok && s.started >= backAt), 15_000);
      const firstSuccess = load.samples.find((s) => s.ok && s.started >= backAt)!.finished;
      await sleep(2000);
      await load.stop();
      const readyAfter = await api.request({ method: 'GET', path: '/readyz' });

      const during = load.samples.filter((s) => s.started >= cutAt + 100 && s.finished <= backAt);
      const failures = failuresOf(load.samples);
      const allBack = Math.max(
        ...Array.from(
          { length: WORKERS },
          (_, w) => load.samples.find((s) => s.worker === w && s.ok && s.started >= backAt)?.finished ?? Infinity,
        ),
      );
      const recoveryMs = firstSuccess - backAt;
      console.log(
        `database outage of ${backAt - cutAt} ms under ${WORKERS} workers: ${during.length} requests during it, ` +
          `${failures.length} failed in all (statuses ${[...new Set(failures.map((f) => f.status))].join(', ')}; ` +
          `codes ${[...new Set(failures.flatMap((f) => f.codes))].join(', ')}); slowest failure ${Math.max(0, ...failures.map((f) => f.finished - f.started))} ms; ` +
          `recovery: first success ${recoveryMs} ms after the database was back, every worker ${allBack - backAt} ms`,
      );

      // During the outage: quick, clear refusals, never an internal error or a hang.
      expect(during.length).toBeGreaterThan(WORKERS);
      expect(during.every((s) => !s.ok)).toBe(true);
      for (const failure of failures) {
        expect({ status: failure.status, failure: failure.failure }).toEqual({ status: 503, failure: undefined });
        expect(new Set(failure.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
        expect(failure.finished - failure.started).toBeLessThan(CONNECT_TIMEOUT_MS + 3000);
      }
      expect(healthDuring.status).toBe(200);
      expect([readyDuring.status, readyDuring.json?.database]).toEqual([503, 'unreachable']);

      // Back: by itself, within seconds, and for good.
      expect(recoveryMs).toBeLessThan(5000);
      expect(allBack - backAt).toBeLessThan(10_000);
      expect(load.samples.filter((s) => s.started >= allBack).every((s) => s.ok)).toBe(true);
      expect(readyAfter.status).toBe(200);
    } finally {
      await load.stop();
    }
  });

  it('turns connections killed by the server (57P01 admin_shutdown) into SERVICE_UNAVAILABLE and goes on', async () => {
    const admin = new Client({ connectionString: api.database.url });
    await admin.connect();
    const load = startLoad(api.url);
    try {
      await waitFor(() => load.samples.filter((s) => s.ok).length >= 3, 20_000);
      for (let round = 0; round < 5; round++) {
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'athletics-graph'`,
        );
        await sleep(300);
      }
      const lastKill = Date.now();
      await sleep(1500);
      await load.stop();
      const failures = failuresOf(load.samples);
      console.log(
        `5 rounds of pg_terminate_backend under load: ${load.samples.length} requests, ${failures.length} failed (${[...new Set(failures.flatMap((f) => f.codes))].join(', ') || 'none'})`,
      );
      for (const failure of failures) {
        expect(failure.status).toBe(503);
        expect(new Set(failure.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      }
      expect(load.samples.filter((s) => s.started >= lastKill + 200).every((s) => s.ok)).toBe(true);
    } finally {
      await load.stop();
      await admin.end();
    }
  });
});
