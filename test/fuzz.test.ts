// A few thousand generated malformed or hostile requests (test/support/fuzz-cases.ts: broken
// HTTP and JSON, deep nesting, alias and fragment bombs, huge strings, invalid ids, SQL
// metacharacters and unicode in every argument of the schema's queries), reproducible from
// FUZZ_SEED, against a real server in production mode: never a 5xx, never an HTML page,
// never an internal detail, and afterwards the server still answers correctly and its
// connection pool holds nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../src/app/example-operations';
import { appSchema } from '../src/app/schema';
import { generateCases, type FuzzCase } from './support/fuzz-cases';
import { startServerUnderTest, type RawResponse, type ServerUnderTest } from './support/server-under-test';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CONCURRENCY = 8;
const MAX_BODY_BYTES = 64 * 1024;
/** What a production response must never contain: stack frames, paths, Prisma's and the engine's wording, suggestions. */
const LEAKS = /stacktrace|node_modules|\/work\/|\.ts:\d+|Invalid `|PrismaClient|prisma\.\w+\.\w+\(|Did you mean|\bat (async )?[\w.<>]+ \(/;

interface Outcome {
  fuzzCase: FuzzCase;
  response?: RawResponse;
  failure?: string;
  ms: number;
}

jest.setTimeout(600_000);

describe('fuzz', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({
      production: true,
      limits: { rateLimitMax: 0, maxBodyBytes: MAX_BODY_BYTES },
      statementTimeoutMs: 5000,
    });
  });
  afterAll(() => api?.stop());

  it('survives thousands of hostile requests without a 5xx and keeps serving', async () => {
    const ids = await api.query('{ athletes(first: 3) { nodes { id } } meets(first: 2) { nodes { id } } }');
    const validIds = [...ids.json.data.athletes.nodes, ...ids.json.data.meets.nodes].map((n: { id: string }) => n.id);
    const examples = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'));
    const cases = generateCases(await appSchema(), { seed: SEED, validIds, examples, maxBodyBytes: MAX_BODY_BYTES });

    const outcomes: Outcome[] = [];
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) {
          const fuzzCase = cases[next++];
          const t0 = Date.now();
          try {
            const response = await api.request({
              method: fuzzCase.method,
              path: fuzzCase.path,
              headers: fuzzCase.headers,
              body: fuzzCase.body,
            });
            outcomes.push({ fuzzCase, response, ms: Date.now() - t0 });
          } catch (error) {
            outcomes.push({ fuzzCase, failure: String((error as { cause?: unknown }).cause ?? error), ms: Date.now() - t0 });
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const kinds = new Map<string, number>();
    const problems: string[] = [];
    const internal: string[] = [];
    for (const { fuzzCase, response, failure } of outcomes) {
      const what = `${fuzzCase.kind}: ${fuzzCase.method} ${fuzzCase.path.slice(0, 80)} ${String(fuzzCase.body ?? '').slice(0, 160)}`;
      kinds.set(fuzzCase.kind.replace(/\(.*/, ''), (kinds.get(fuzzCase.kind.replace(/\(.*/, '')) ?? 0) + 1);
      if (!response) {
        problems.push(`no response (${failure}) to ${what}`);
        continue;
      }
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      for (const error of response.json?.errors ?? []) {
        const code = String(error?.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 'INTERNAL_SERVER_ERROR') internal.push(`${error.message} <- ${what}`);
      }
      if (response.status >= 500) problems.push(`${response.status} ${response.text.slice(0, 200)} <- ${what}`);
      if (LEAKS.test(response.text)) problems.push(`leak: ${response.text.slice(0, 300)} <- ${what}`);
      if (/<html|<!DOCTYPE/i.test(response.text) && !(fuzzCase.method === 'GET' && response.status === 200)) {
        problems.push(`HTML ${response.status} <- ${what}`);
      }
      if (response.status >= 400 && fuzzCase.method !== 'HEAD') {
        const error = response.json?.errors?.[0];
        if (typeof error?.message !== 'string' || typeof error?.extensions?.code !== 'string') {
          problems.push(`${response.status} without a GraphQL error body: ${response.text.slice(0, 200)} <- ${what}`);
        }
      }
    }

    const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const fiveXX = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(
      [
        `fuzz: ${outcomes.length} cases (seed ${SEED}) in ${seconds.toFixed(1)} s at concurrency ${CONCURRENCY}; 5xx: ${fiveXX}; problems: ${problems.length}`,
        `  statuses: ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
        `  error codes: ${[...codes]
          .sort(([, a], [, b]) => b - a)
          .map(([c, n]) => `${c}×${n}`)
          .join(' ')}`,
        `  kinds: ${[...kinds].map(([k, n]) => `${k.trim()}×${n}`).join(', ')}`,
        `  latency: p50 ${sorted[Math.floor(sorted.length * 0.5)]} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]} ms, max ${sorted[sorted.length - 1]} ms`,
        `  internal errors (masked, logged): ${internal.length}${internal.length ? `\n    ${[...new Set(internal.map((i) => i.replace(/error id [0-9a-f-]+/, 'error id …')))].slice(0, 15).join('\n    ')}` : ''}`,
        ...problems.slice(0, 20).map((p) => `  PROBLEM ${p}`),
      ].join('\n'),
    );

    expect(outcomes.length).toBeGreaterThanOrEqual(2000);
    expect(problems).toEqual([]);
    expect(fiveXX).toBe(0);

    // Still serving, correctly, and nothing held in the pool.
    const after = await api.query('{ athlete(slug: "amos-serem") { displayName performances(first: 10) { totalCount } } }');
    expect(after.json).toEqual({ data: { athlete: { displayName: 'Amos Serem', performances: { totalCount: 5 } } } });
    expect((await api.request({ method: 'GET', path: '/healthz' })).status).toBe(200);
    expect((await api.request({ method: 'GET', path: '/readyz' })).status).toBe(200);
    expect(api.db.pool.waitingCount).toBe(0);
    expect(api.db.pool.idleCount).toBe(api.db.pool.totalCount);
    const { rows } = await api.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM athletes');
    expect(rows[0].n).toBe(7); // no injected statement changed anything
  });
});
