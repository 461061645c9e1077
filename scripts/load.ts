// `npm run load -- [url] [--duration 60] [--concurrency 64]`: a bounded load run against a
// server on this machine (loopback only), with the example operations of examples/ in turn.
// Reports requests, errors by HTTP status and GraphQL code, requests/s and latency
// percentiles. Start the server with a rate limit above the load (e.g. RATE_LIMIT_MAX=1000000),
// or the run measures the limiter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../src/db/project-root';

const USAGE = 'usage: npm run load -- [http://localhost:4000/graphql] [--duration <s, 1-300>] [--concurrency <1-256>]';
const MAX_DURATION_S = 300;
const MAX_CONCURRENCY = 256;
const MAX_REQUESTS = 2_000_000;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/;

interface Options {
  url: URL;
  durationS: number;
  concurrency: number;
}

function bounded(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}\n${USAGE}`);
  return n;
}

export function parseArgs(argv: string[]): Options {
  let url = 'http://localhost:4000/graphql';
  let durationS = 60;
  let concurrency = 64;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--duration') durationS = bounded('duration', argv[++i], 1, MAX_DURATION_S);
    else if (arg === '--concurrency') concurrency = bounded('concurrency', argv[++i], 1, MAX_CONCURRENCY);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (!arg.startsWith('--')) url = arg;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  const parsed = new URL(url);
  if (!['http:', 'https:'].includes(parsed.protocol) || !LOOPBACK.test(parsed.hostname)) {
    throw new Error(`refusing to load ${url}: only servers on this machine (localhost, 127.0.0.0/8, ::1)`);
  }
  return { url: parsed, durationS, concurrency };
}

interface Operation {
  file: string;
  query: string;
  operationName?: string;
}

function exampleOperations(): Operation[] {
  const dir = join(projectRoot(), 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const first = operations[0];
      return {
        file,
        query,
        operationName: operations.length > 1 && first?.kind === Kind.OPERATION_DEFINITION ? first.name?.value : undefined,
      };
    });
}

interface Tally {
  requests: number;
  ok: number;
  byStatus: Map<string, number>;
  byCode: Map<string, number>;
  byOperation: Map<string, { requests: number; failed: number; latencies: number[] }>;
  latencies: Float64Array;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(options: Options): Promise<void> {
  const operations = exampleOperations();
  if (operations.length === 0) throw new Error('no example operations in examples/');
  const tally: Tally = {
    requests: 0,
    ok: 0,
    byStatus: new Map(),
    byCode: new Map(),
    byOperation: new Map(operations.map((o) => [o.file, { requests: 0, failed: 0, latencies: [] }])),
    latencies: new Float64Array(MAX_REQUESTS),
  };
  const body = operations.map((o) => JSON.stringify({ query: o.query, operationName: o.operationName }));
  console.log(
    `Load: ${options.url} for ${options.durationS} s at concurrency ${options.concurrency}, ${operations.length} example operations in turn`,
  );

  const deadline = performance.now() + options.durationS * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline && tally.requests < MAX_REQUESTS) {
      const index = next++ % operations.length;
      const started = performance.now();
      let failed = true;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: body[index],
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        bump(tally.byStatus, String(response.status));
        let errors: Array<{ extensions?: { code?: string } }> | undefined;
        try {
          errors = (JSON.parse(text) as { errors?: typeof errors }).errors;
        } catch {
          bump(tally.byCode, 'non-JSON body');
        }
        for (const error of errors ?? []) bump(tally.byCode, String(error.extensions?.code ?? 'no code'));
        failed = response.status !== 200 || Boolean(errors?.length);
      } catch (error) {
        const cause = (error as { cause?: { code?: string }; name?: string }).cause?.code ?? (error as Error).name;
        bump(tally.byStatus, `network (${cause})`);
      }
      const latency = performance.now() - started;
      tally.latencies[tally.requests++] = latency;
      if (!failed) tally.ok++;
      const perOperation = tally.byOperation.get(operations[index].file)!;
      perOperation.requests++;
      perOperation.latencies.push(latency);
      if (failed) perOperation.failed++;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedS = (performance.now() - began) / 1000;

  const sorted = tally.latencies.slice(0, tally.requests).sort();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const lines = [
    `requests: ${tally.requests} in ${elapsedS.toFixed(1)} s = ${(tally.requests / elapsedS).toFixed(1)} requests/s`,
    `succeeded: ${tally.ok}; failed: ${tally.requests - tally.ok} (HTTP status not 200, or GraphQL errors)`,
    `by HTTP status: ${[...tally.byStatus].map(([s, n]) => `${s}: ${n}`).join(', ')}`,
    `errors by code: ${tally.byCode.size ? [...tally.byCode].map(([c, n]) => `${c}: ${n}`).join(', ') : 'none'}`,
    `latency: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
    'by operation: requests, failed, p50, p99',
    ...[...tally.byOperation].map(([file, t]) => {
      const own = Float64Array.from(t.latencies).sort();
      return `  ${file}: ${t.requests}, ${t.failed}, ${ms(percentile(own, 50))}, ${ms(percentile(own, 99))}`;
    }),
  ];
  console.log(lines.join('\n'));
}

if (require.main === module) {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  run(options).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
