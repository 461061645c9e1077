// `npm run bench`: the API under concurrent load on the reference synthetic dataset.
//
// 1. Database `athletics_bench` on the local PostgreSQL, loaded with the reference dataset
//    (100,000 athletes, 2,000,000 performances) by the synthetic generator; kept between
//    runs and reloaded only when the generator's parameters (or version) change, or with
//    --fresh.
// 2. The compiled server (dist/src/main.js, NODE_ENV=production) in a child process with
//    the SQL statement counter preloaded (scripts/bench/sql-statement-counter.ts).
// 3. Per query class: a warm-up, then `--duration` seconds of closed-loop load at
//    `--concurrency` over varied parameters; then the same reads as hand-written SQL
//    through `pg` (the floor). Latency percentiles, throughput, SQL statements per request,
//    the server's peak memory, and our latency as a multiple of the floor.
// 4. Statement counts for list lengths far apart (constant, or the code issues per-item queries).
// Only loopback addresses are loaded; every loop is bounded in time and count.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { projectRoot } from '../../src/db/project-root';
import { dropDatabase, ensureDatabase } from '../../src/db/synthetic/database';
import { loadSyntheticDataset, syntheticSourceReference } from '../../src/db/synthetic/loader';
import { createProgress } from '../../src/db/synthetic/progress';
import { CLASSES, type BenchContext, type EventInfo, type QueryClass } from './classes';
import {
  backendsCpuMs, cpuBetween, graphqlClient, processCpuMs, readMemory, runLoad, watchMemory, type LoadStats,
} from './load';
import { loadPools } from './pools';
import type { ProfileEntry } from './sql-statement-counter';

const TARGETS = { p95Ms: 15, profilePerSecond: 1500, floorMultiple: 1.5, memoryMb: 300 };

interface ClassResult {
  key: string;
  title: string;
  api: LoadStats;
  floor: LoadStats | null;
  peakRssMb: number;
  statementsCrossCheck: { perRequestSum: number; serverDelta: number };
  slowStatements: Array<{ text: string; count: number; meanMs: number; maxMs: number; plan?: string }>;
  /** CPU milliseconds per request: what a request costs whatever else the machine runs. */
  cpu: { server: number; db: number; floorDb: number | null; floorClient: number | null };
  /** The server's process.memoryUsage() right after the class's load, MB. */
  heap: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number } | null;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '16' },
      classes: { type: 'string' },
      athletes: { type: 'string', default: '100000' },
      performances: { type: 'string', default: '2000000' },
      seed: { type: 'string', default: 'athletics-bench' },
      database: { type: 'string', default: 'athletics_bench' },
      'admin-url': { type: 'string', default: process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
      'pool-max': { type: 'string', default: '10' },
      'no-floor': { type: 'boolean', default: false },
      // Without the statement counter (its AsyncLocalStorage costs a little): to measure that cost.
      'no-counter': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (args.help) {
    console.log(`npm run bench -- [--fresh] [--duration S] [--warmup S] [--concurrency N] [--classes ${CLASSES.map((c) => c.key).join(',')}]
    [--athletes N --performances M --seed S] [--database NAME] [--pool-max N] [--no-floor] [--explain]`);
    return;
  }
  const num = (name: string, v: string | undefined, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`--${name} must be a number from 1 to ${max}`);
    return n;
  };
  const durationMs = num('duration', args.duration, 120) * 1000;
  const warmupMs = Number(args.warmup) * 1000;
  const concurrency = num('concurrency', args.concurrency, 256);
  const poolMax = num('pool-max', args['pool-max'], 100);
  const params = { athletes: num('athletes', args.athletes, 10_000_000), performances: num('performances', args.performances, 100_000_000), seed: args.seed! };
  const selected = args.classes ? CLASSES.filter((c) => args.classes!.split(',').includes(c.key)) : CLASSES;
  if (selected.length === 0) throw new Error(`No such class; choose from ${CLASSES.map((c) => c.key).join(', ')}`);

  const root = projectRoot();
  const admin = new URL(args['admin-url']!);
  const dbUrl = new URL(admin);
  dbUrl.pathname = `/${args.database}`;
  const url = dbUrl.toString();
  const reference = syntheticSourceReference(params);

  // ---- 1. The dataset
  await ensureDatabase(url);
  const current = await datasetOf(url);
  if (args.fresh || current !== reference) {
    console.log(current ? `Reloading ${args.database}: it holds ${current}` : `Loading ${args.database}`);
    await dropDatabase(url);
    await ensureDatabase(url);
    const summary = await loadSyntheticDataset({ connectionString: url, ...params, progress: createProgress() });
    console.log(`Loaded ${summary.rows.performances.toLocaleString('en-US')} performances in ${summary.seconds.total.toFixed(1)} s ` +
      `(generate + COPY ${summary.seconds.load.toFixed(1)} s, indexes ${summary.seconds.indexes.toFixed(1)} s, analyze ${summary.seconds.analyze.toFixed(1)} s)`);
  } else {
    console.log(`Reusing ${args.database} (${reference})`);
  }

  const db = new Client({ connectionString: url });
  await db.connect();
  const pools = await loadPools(db, join(root, '.data', 'bench'), reference, console.log);
  const events = new Map<string, EventInfo>(
    (await db.query<{ id: number; code: string; sex: string; direction: EventInfo['direction']; unit: EventInfo['unit'] }>(
      'SELECT id, code, sex, direction, unit FROM events')).rows.map((e) => [`${e.code}/${e.sex}`, { id: e.id, direction: e.direction, unit: e.unit }]),
  );
  const ctx: BenchContext = { pools, events };
  const counts = (await db.query(`SELECT (SELECT count(*) FROM athletes) AS athletes, (SELECT count(*) FROM performances) AS performances,
    (SELECT count(*) FROM meets) AS meets, (SELECT count(*) FROM races) AS races`)).rows[0];

  // ---- 2. The server
  const counter = !args['no-counter'];
  const server = await startServer(root, url, poolMax, counter);
  const memoryAtStart = readMemory(server.pid);
  const client = graphqlClient(server.url, concurrency);
  // The same session settings as the server's pool (src/db/client.ts): no parallel plans.
  const floorPool = new Pool({ connectionString: url, max: poolMax, options: '-c max_parallel_workers_per_gather=0' });
  floorPool.on('error', () => undefined);
  const results: ClassResult[] = [];
  let constancy: Array<{ what: string; small: string; large: string; statements: [string, string] }> = [];
  console.log(`Server pid ${server.pid} at ${server.url}; ${concurrency} concurrent clients, ${durationMs / 1000} s per class after ${warmupMs / 1000} s warm-up; ` +
    `server and floor pools ${poolMax} connections; executor ${process.env.GRAPHQL_EXECUTOR || 'jit'}; prepared statements ${process.env.DB_PREPARED_STATEMENTS || '1'}; load average ${loadAverage()}`);
  try {
    for (const qc of selected) {
      await client.post(body(qc, 0, ctx)); // fails loudly if the operation does not validate
      await sqlProfile(server.url); // start the class's profile afresh
      const before = await statementsTotal(server.url);
      let perRequestSum = 0;
      let served = 0;
      const watcher = watchMemory(server.pid);
      const [server0, db0] = [processCpuMs(server.pid) ?? NaN, backendsCpuMs(args.database!)];
      const api = await runLoad({
        concurrency, durationMs, warmupMs,
        task: async (i) => {
          const r = await client.post(body(qc, i, ctx));
          perRequestSum += r.statements;
          served++;
          return r.statements; // NaN without the counter
        },
      });
      const cpu: ClassResult['cpu'] = {
        server: ((processCpuMs(server.pid) ?? NaN) - server0) / served,
        db: cpuBetween(db0, backendsCpuMs(args.database!)) / served,
        floorDb: null,
        floorClient: null,
      };
      const memory = watcher.stop();
      const heap = await memoryUsage(server.url);
      const serverDelta = (await statementsTotal(server.url)) - before;
      const profile = await sqlProfile(server.url);
      let floor: LoadStats | null = null;
      if (!args['no-floor']) {
        let done = 0;
        const [db1, own1] = [backendsCpuMs(args.database!), process.cpuUsage()];
        floor = await runLoad({
          concurrency, durationMs, warmupMs,
          task: async (i) => {
            const n = await qc.floor(floorPool, qc.variables(i, ctx), ctx);
            done++;
            return n;
          },
        });
        const own = process.cpuUsage(own1);
        cpu.floorDb = cpuBetween(db1, backendsCpuMs(args.database!)) / done;
        cpu.floorClient = (own.user + own.system) / 1000 / done;
      }
      const slowStatements = profile.slice(0, 3).map((e) => ({ text: e.text, count: e.count, meanMs: e.totalMs / e.count, maxMs: e.maxMs, sample: e.sample }));
      if (args.explain) {
        for (const s of slowStatements) (s as { plan?: string }).plan = await explain(db, s.text, s.sample);
      }
      const result: ClassResult = {
        key: qc.key, title: qc.title, api, floor, peakRssMb: memory.peakRssMb, cpu, heap,
        statementsCrossCheck: { perRequestSum, serverDelta },
        slowStatements: slowStatements.map(({ sample: _sample, ...rest }) => rest),
      };
      results.push(result);
      printClass(result);
    }
    if (counter) constancy = await checkConstancy(client, ctx);
  } finally {
    client.close();
    await floorPool.end().catch(() => undefined);
    await db.end().catch(() => undefined);
    const hwm = readMemory(server.pid)?.hwmMb ?? NaN;
    await stopServer(server.child);
    report(results, constancy, { hwm, startMb: memoryAtStart?.rssMb ?? NaN, counts, concurrency, durationMs, poolMax });
    const out = join(root, '.data', 'bench', `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(join(root, '.data', 'bench'), { recursive: true });
    writeFileSync(out, JSON.stringify({ reference, counts, concurrency, durationMs, poolMax, serverPeakMb: hwm, results, constancy }, null, 2));
    console.log(`\nResults written to ${out}`);
  }
}

function body(qc: QueryClass, i: number, ctx: BenchContext): string {
  return JSON.stringify({ query: qc.document, variables: qc.variables(i, ctx) });
}

async function datasetOf(url: string): Promise<string | null> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const exists = await c.query(`SELECT to_regclass('sources') IS NOT NULL AS ok`);
    if (!exists.rows[0].ok) return null;
    const r = await c.query<{ reference: string }>(`SELECT reference FROM sources WHERE reference LIKE 'synthetic:%' ORDER BY id`);
    // One synthetic dataset alone; anything appended makes it another dataset.
    return r.rows.length === 1 ? r.rows[0].reference : r.rows.length ? `${r.rows.length} synthetic datasets` : null;
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------
// The server process

interface RunningServer {
  child: ChildProcess;
  pid: number;
  url: string;
}

function startServer(root: string, databaseUrl: string, poolMax: number, counter: boolean): Promise<RunningServer> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--require', join(root, 'dist', 'scripts', 'bench', 'sql-statement-counter.js'), join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SQL_STATEMENT_COUNTER: counter ? '1' : '0',
      DB_POOL_MAX: String(poolMax),
      // The benchmark is one client sending thousands of requests a second, and a meet's full
      // results (100 races x 100 results) costs more than the public default allows.
      RATE_LIMIT_MAX: '0',
      MAX_QUERY_COST: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The server did not start within 120 s:\n${output}`)), 120_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API and IDE: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid!, url: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 20_000) output = output.slice(-20_000);
    });
    child.once('exit', (code) => fail(new Error(`The server exited (code ${code}) before it was ready:\n${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function get(url: string, path: string): Promise<{ headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ host: u.hostname, port: u.port, path }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ headers: res.headers, body: text }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function statementsTotal(url: string): Promise<number> {
  return Number((await get(url, '/healthz')).headers['x-sql-statements-total']);
}

async function memoryUsage(url: string): Promise<ClassResult['heap']> {
  const body = JSON.parse((await get(url, '/__memory')).body) as Record<string, number>;
  if (typeof body.rss !== 'number') return null; // the counter is off
  const mb = (n: number) => Math.round(n / 1048576);
  return { rss: mb(body.rss), heapTotal: mb(body.heapTotal), heapUsed: mb(body.heapUsed), external: mb(body.external), arrayBuffers: mb(body.arrayBuffers) };
}

async function sqlProfile(url: string): Promise<Array<ProfileEntry>> {
  const body = JSON.parse((await get(url, '/__sql-profile')).body) as unknown;
  return Array.isArray(body) ? (body as ProfileEntry[]) : []; // not an array: the counter is off
}

async function explain(db: Client, text: string, sample: unknown[] | null): Promise<string> {
  try {
    const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, sample ?? []);
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  } catch (error) {
    return `EXPLAIN failed: ${(error as Error).message}`;
  }
}

// ---------------------------------------------------------------------------------------
// Statements per request against list lengths

async function checkConstancy(client: ReturnType<typeof graphqlClient>, ctx: BenchContext) {
  const c = ctx.pools.constancy;
  const byKey = new Map(CLASSES.map((q) => [q.key, q]));
  // Three times each: DataLoader batches follow the event loop's ticks, so a count may
  // differ by one from run to run whatever the list lengths; a per-item query would not.
  const run = async (key: string, variables: Record<string, unknown>): Promise<string> => {
    const qc = byKey.get(key)!;
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) counts.push((await client.post(JSON.stringify({ query: qc.document, variables }))).statements);
    const lo = Math.min(...counts);
    const hi = Math.max(...counts);
    return lo === hi ? String(lo) : `${lo}-${hi}`;
  };
  const pairs: Array<{ what: string; small: string; large: string; statements: [string, string] }> = [];
  const add = async (what: string, small: string, large: string, key: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    pairs.push({ what, small, large, statements: [await run(key, a), await run(key, b)] });
  };
  await add('meet full results', `${c.smallMeet.races} races`, `${c.largeMeet.races} races (first 100)`, 'meet',
    { slug: c.smallMeet.slug, races: 100 }, { slug: c.largeMeet.slug, races: 100 });
  const t = ctx.pools.topLists.find((x) => x.code === '100' && x.season === 2024) ?? ctx.pools.topLists[0];
  await add('season top list', 'first: 10', 'first: 100', 'toplist',
    { event: { code: t.code, sex: t.sex }, season: t.season, first: 10 }, { event: { code: t.code, sex: t.sex }, season: t.season, first: 100 });
  await add('athlete profile', `${c.fewResults.performances} results`, `${c.manyResults.performances} results`, 'profile',
    { slug: c.fewResults.slug, season: 2025 }, { slug: c.manyResults.slug, season: 2025 });
  await add('head-to-head', `${c.fewMeetings.meetings} meetings`, `${c.manyMeetings.meetings} meetings`, 'h2h',
    { a: { slug: c.fewMeetings.a }, b: { slug: c.fewMeetings.b } }, { a: { slug: c.manyMeetings.a }, b: { slug: c.manyMeetings.b } });
  const series = ctx.pools.series;
  await add('medal table', series.includes('european-indoor-championships') ? 'european-indoor-championships' : series[0],
    series.includes('olympic-games') ? 'olympic-games' : series[series.length - 1], 'medals',
    { championship: series.includes('european-indoor-championships') ? 'european-indoor-championships' : series[0] },
    { championship: series.includes('olympic-games') ? 'olympic-games' : series[series.length - 1] });
  const f = ctx.pools.filters.find((x) => x.code === '100') ?? ctx.pools.filters[0];
  await add('analyst filter', '1-year window', '10-year window', 'filter',
    { event: f.code, sex: f.sex, from: '2024-01-01', to: '2024-12-31', mark: f.mark },
    { event: f.code, sex: f.sex, from: '2015-01-01', to: '2024-12-31', mark: f.mark });
  return pairs;
}

// ---------------------------------------------------------------------------------------
// Output

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

function printClass(r: ClassResult): void {
  const a = r.api;
  const f = r.floor;
  console.log(
    `${r.title.padEnd(30)} ${a.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(a.p50)}  p95 ${ms(a.p95)}  p99 ${ms(a.p99)} ms  ` +
      `${a.statements.min === a.statements.max ? a.statements.min : `${a.statements.min}-${a.statements.max}`} SQL/req  ` +
      `RSS ${r.peakRssMb.toFixed(0)} MB` + (a.errors ? `  ${a.errors} errors (${a.firstError})` : '') +
      (f ? `  | floor ${f.perSecond.toFixed(0)} req/s p50 ${ms(f.p50)} p95 ${ms(f.p95)} ms` + (f.errors ? ` ${f.errors} errors (${f.firstError})` : '') : ''),
  );
}

function report(
  results: ClassResult[],
  constancy: Array<{ what: string; small: string; large: string; statements: [string, string] }>,
  info: { hwm: number; startMb: number; counts: Record<string, string>; concurrency: number; durationMs: number; poolMax: number },
): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lpad = (s: string, n: number) => s.padStart(n);
  console.log(`\nDataset: ${Object.entries(info.counts).map(([k, v]) => `${Number(v).toLocaleString('en-US')} ${k}`).join(', ')}`);
  console.log(`Concurrency ${info.concurrency}, ${info.durationMs / 1000} s per class, pools of ${info.poolMax} connections; load average now ${loadAverage()}\n`);
  console.log(`${pad('class', 30)}${lpad('req/s', 8)}${lpad('p50', 8)}${lpad('p95', 8)}${lpad('p99', 8)}${lpad('SQL/req', 9)}${lpad('floor p50', 11)}${lpad('floor p95', 11)}${lpad('floor r/s', 11)}${lpad('x p50', 7)}${lpad('x p95', 7)}${lpad('RSS MB', 8)}`);
  for (const r of results) {
    const a = r.api;
    const f = r.floor;
    const sql = Number.isNaN(a.statements.min) ? '-' : a.statements.min === a.statements.max ? String(a.statements.min) : `${a.statements.min}-${a.statements.max}`;
    console.log(
      `${pad(r.title, 30)}${lpad(a.perSecond.toFixed(0), 8)}${lpad(ms(a.p50), 8)}${lpad(ms(a.p95), 8)}${lpad(ms(a.p99), 8)}${lpad(sql, 9)}` +
        `${lpad(f ? ms(f.p50) : '-', 11)}${lpad(f ? ms(f.p95) : '-', 11)}${lpad(f ? f.perSecond.toFixed(0) : '-', 11)}` +
        `${lpad(f ? (a.p50 / f.p50).toFixed(2) : '-', 7)}${lpad(f ? (a.p95 / f.p95).toFixed(2) : '-', 7)}${lpad(r.peakRssMb.toFixed(0), 8)}`,
    );
  }
  console.log('\nCPU per request (ms; independent of what else the machine runs) and the throughput it allows on 2 dedicated cores:');
  console.log(`${pad('class', 30)}${lpad('server', 8)}${lpad('db', 8)}${lpad('API r/s', 9)}${lpad('floor db', 10)}${lpad('client', 8)}${lpad('floor r/s', 11)}${lpad('x cpu', 7)}`);
  for (const r of results) {
    const c = r.cpu;
    const api = c.server + c.db;
    const floor = c.floorDb === null ? NaN : c.floorDb + (c.floorClient ?? 0);
    console.log(
      `${pad(r.title, 30)}${lpad(c.server.toFixed(2), 8)}${lpad(c.db.toFixed(2), 8)}${lpad((2000 / api).toFixed(0), 9)}` +
        `${lpad(c.floorDb === null ? '-' : c.floorDb.toFixed(2), 10)}${lpad(c.floorClient === null ? '-' : c.floorClient.toFixed(2), 8)}` +
        `${lpad(Number.isNaN(floor) ? '-' : (2000 / floor).toFixed(0), 11)}${lpad(Number.isNaN(floor) ? '-' : (api / floor).toFixed(2), 7)}`,
    );
  }
  console.log(`\nServer memory: ${info.startMb.toFixed(0)} MB at start, peak (VmHWM) ${info.hwm.toFixed(0)} MB`);
  for (const r of results.filter((x) => x.heap)) {
    const h = r.heap!;
    console.log(`  after ${pad(r.title, 30)} RSS ${h.rss} MB: JS heap ${h.heapTotal} MB (${h.heapUsed} used), external ${h.external} MB (array buffers ${h.arrayBuffers}), rest ${h.rss - h.heapTotal - h.external} MB`);
  }
  const mismatched = results.filter((r) => r.statementsCrossCheck.perRequestSum !== r.statementsCrossCheck.serverDelta);
  if (results.some((r) => Number.isNaN(r.statementsCrossCheck.serverDelta))) console.log('Statement counts: not measured (--no-counter)');
  else console.log(mismatched.length === 0
    ? 'Statement counts: the per-request headers add up to the server-wide count for every class'
    : `Statement counts: per-request headers differ from the server-wide count for ${mismatched.map((r) => `${r.key} (${r.statementsCrossCheck.perRequestSum} vs ${r.statementsCrossCheck.serverDelta})`).join(', ')}`);
  if (constancy.length) {
    console.log('\nSQL statements per request against list length:');
    for (const c of constancy) {
      console.log(`  ${pad(c.what, 20)} ${pad(c.small, 30)} ${lpad(c.statements[0], 5)}   ${pad(c.large, 30)} ${lpad(c.statements[1], 5)}   ${constant(c) ? 'constant' : 'VARIES'}`);
    }
  }
  console.log('\nTargets:');
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'met   ' : 'MISSED'} ${text}`);
  for (const r of results) check(r.api.p95 <= TARGETS.p95Ms, `${r.title}: p95 ${ms(r.api.p95)} ms <= ${TARGETS.p95Ms} ms`);
  const profile = results.find((r) => r.key === 'profile');
  if (profile) check(profile.api.perSecond >= TARGETS.profilePerSecond, `athlete profile: ${profile.api.perSecond.toFixed(0)} req/s >= ${TARGETS.profilePerSecond}`);
  for (const r of results.filter((x) => x.floor)) {
    check(r.api.p95 / r.floor!.p95 <= TARGETS.floorMultiple, `${r.title}: p95 ${(r.api.p95 / r.floor!.p95).toFixed(2)}x the SQL floor <= ${TARGETS.floorMultiple}x`);
  }
  if (constancy.length) check(constancy.every(constant), 'SQL statements per request constant in list lengths (ranges over 3 runs overlap: DataLoader batching jitters)');
  check(info.hwm < TARGETS.memoryMb, `server peak memory ${info.hwm.toFixed(0)} MB < ${TARGETS.memoryMb} MB`);
  const slow = results.flatMap((r) => r.slowStatements.slice(0, 1).map((s) => ({ cls: r.title, ...s })));
  if (slow.length) {
    console.log('\nSlowest statement of each class (mean ms per execution on its connection, under the load):');
    for (const s of slow) {
      console.log(`  ${s.cls}: ${s.meanMs.toFixed(2)} ms x ${s.count}: ${s.text.replace(/\s+/g, ' ').slice(0, 220)}`);
      if (s.plan) console.log(s.plan.split('\n').map((l) => `      ${l}`).join('\n'));
    }
  }
}

/** The short and the long list cost the same statements, give or take the jitter of batching. */
function constant(c: { statements: [string, string] }): boolean {
  const [small, large] = c.statements.map((s) => s.split('-').map(Number));
  // Ranges that overlap or touch: a query per list item would add tens of statements.
  return large[0] <= small[small.length - 1] + 1 && small[0] <= large[large.length - 1] + 1;
}

function loadAverage(): string {
  return loadavg().map((n) => n.toFixed(2)).join(' ');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
