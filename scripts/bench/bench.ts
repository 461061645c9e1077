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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { projectRoot } from '../../src/db/project-root';
import { dropDatabase, ensureDatabase } from '../../src/db/synthetic/database';
import { loadSyntheticDataset, syntheticSourceReference, type SyntheticParameters } from '../../src/db/synthetic/loader';
import { createProgress } from '../../src/db/synthetic/progress';
import { CLASSES, type BenchContext, type EventInfo, type QueryClass } from './classes';
import { backendsCpuMs, cpuBetween, graphqlClient, processCpuMs, readMemory, runLoad, watchMemory, type LoadStats } from './load';
import { loadPools } from './pools';
import { loadAverage, printClass, report, type ClassResult, type ConstancyPair } from './report';
import { memoryUsage, sqlProfile, startServer, statementsTotal, stopServer, type RunningServer } from './server';

interface Options {
  fresh: boolean;
  durationMs: number;
  warmupMs: number;
  concurrency: number;
  poolMax: number;
  params: SyntheticParameters;
  selected: QueryClass[];
  database: string;
  adminUrl: string;
  noFloor: boolean;
  noCounter: boolean;
  explain: boolean;
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options) return;
  const { durationMs, warmupMs, concurrency, poolMax, params, selected } = options;

  const root = projectRoot();
  const admin = new URL(options.adminUrl);
  const dbUrl = new URL(admin);
  dbUrl.pathname = `/${options.database}`;
  const url = dbUrl.toString();
  const reference = syntheticSourceReference(params);

  // ---- 1. The dataset
  await ensureDataset(url, options, reference);

  const db = new Client({ connectionString: url });
  await db.connect();
  const pools = await loadPools(db, join(root, '.data', 'bench'), reference, console.log);
  const events = new Map<string, EventInfo>(
    (
      await db.query<{ id: number; code: string; sex: string; direction: EventInfo['direction']; unit: EventInfo['unit'] }>(
        'SELECT id, code, sex, direction, unit FROM events',
      )
    ).rows.map((e) => [`${e.code}/${e.sex}`, { id: e.id, direction: e.direction, unit: e.unit }]),
  );
  const ctx: BenchContext = { pools, events };
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM athletes) AS athletes, (SELECT count(*) FROM performances) AS performances,
    (SELECT count(*) FROM meets) AS meets, (SELECT count(*) FROM races) AS races`)
  ).rows[0];

  // ---- 2. The server
  const counter = !options.noCounter;
  const server = await startServer(root, url, poolMax, counter);
  const memoryAtStart = readMemory(server.pid);
  const client = graphqlClient(server.url, concurrency);
  // The same session settings as the server's pool (src/db/client.ts): no parallel plans.
  const floorPool = new Pool({ connectionString: url, max: poolMax, options: '-c max_parallel_workers_per_gather=0' });
  floorPool.on('error', () => undefined);
  const results: ClassResult[] = [];
  let constancy: ConstancyPair[] = [];
  console.log(
    `Server pid ${server.pid} at ${server.url}; ${concurrency} concurrent clients, ${durationMs / 1000} s per class after ${warmupMs / 1000} s warm-up; ` +
      `server and floor pools ${poolMax} connections; executor ${process.env.GRAPHQL_EXECUTOR || 'jit'}; prepared statements ${process.env.DB_PREPARED_STATEMENTS || '1'}; load average ${loadAverage()}`,
  );
  try {
    for (const qc of selected) {
      const result = await measureClass(qc, { options, server, client, floorPool, db, ctx });
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
    writeFileSync(
      out,
      JSON.stringify({ reference, counts, concurrency, durationMs, poolMax, serverPeakMb: hwm, results, constancy }, null, 2),
    );
    console.log(`\nResults written to ${out}`);
  }
}

/** The command line, checked; null after --help. */
function readOptions(): Options | null {
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
    return null;
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
  const params = {
    athletes: num('athletes', args.athletes, 10_000_000),
    performances: num('performances', args.performances, 100_000_000),
    seed: args.seed!,
  };
  const selected = args.classes ? CLASSES.filter((c) => args.classes!.split(',').includes(c.key)) : CLASSES;
  if (selected.length === 0) throw new Error(`No such class; choose from ${CLASSES.map((c) => c.key).join(', ')}`);
  return {
    fresh: args.fresh!,
    durationMs,
    warmupMs,
    concurrency,
    poolMax,
    params,
    selected,
    database: args.database!,
    adminUrl: args['admin-url']!,
    noFloor: args['no-floor']!,
    noCounter: args['no-counter']!,
    explain: args.explain!,
  };
}

/** The bench database, loaded with the dataset `reference` names unless it holds it already. */
async function ensureDataset(url: string, options: Options, reference: string): Promise<void> {
  await ensureDatabase(url);
  const current = await datasetOf(url);
  if (options.fresh || current !== reference) {
    console.log(current ? `Reloading ${options.database}: it holds ${current}` : `Loading ${options.database}`);
    await dropDatabase(url);
    await ensureDatabase(url);
    const summary = await loadSyntheticDataset({ connectionString: url, ...options.params, progress: createProgress() });
    console.log(
      `Loaded ${summary.rows.performances.toLocaleString('en-US')} performances in ${summary.seconds.total.toFixed(1)} s ` +
        `(generate + COPY ${summary.seconds.load.toFixed(1)} s, indexes ${summary.seconds.indexes.toFixed(1)} s, analyze ${summary.seconds.analyze.toFixed(1)} s)`,
    );
  } else {
    console.log(`Reusing ${options.database} (${reference})`);
  }
}

/** What measuring a class uses: the running server, the clients of the API and of the floor, the parameters. */
interface Bench {
  options: Options;
  server: RunningServer;
  client: ReturnType<typeof graphqlClient>;
  floorPool: Pool;
  db: Client;
  ctx: BenchContext;
}

/** One class: the API under load, then (unless --no-floor) the same reads as hand-written SQL. */
async function measureClass(qc: QueryClass, bench: Bench): Promise<ClassResult> {
  const { options, server, client, floorPool, db, ctx } = bench;
  const { concurrency, durationMs, warmupMs } = options;
  await client.post(body(qc, 0, ctx)); // fails loudly if the operation does not validate
  await sqlProfile(server.url); // start the class's profile afresh
  const before = await statementsTotal(server.url);
  let perRequestSum = 0;
  let served = 0;
  const watcher = watchMemory(server.pid);
  const [server0, db0] = [processCpuMs(server.pid) ?? NaN, backendsCpuMs(options.database)];
  const api = await runLoad({
    concurrency,
    durationMs,
    warmupMs,
    task: async (i) => {
      const r = await client.post(body(qc, i, ctx));
      perRequestSum += r.statements;
      served++;
      return r.statements; // NaN without the counter
    },
  });
  const cpu: ClassResult['cpu'] = {
    server: ((processCpuMs(server.pid) ?? NaN) - server0) / served,
    db: cpuBetween(db0, backendsCpuMs(options.database)) / served,
    floorDb: null,
    floorClient: null,
  };
  const memory = watcher.stop();
  const heap = await memoryUsage(server.url);
  const serverDelta = (await statementsTotal(server.url)) - before;
  const profile = await sqlProfile(server.url);
  let floor: LoadStats | null = null;
  if (!options.noFloor) {
    let done = 0;
    const [db1, own1] = [backendsCpuMs(options.database), process.cpuUsage()];
    floor = await runLoad({
      concurrency,
      durationMs,
      warmupMs,
      task: async (i) => {
        const n = await qc.floor(floorPool, qc.variables(i, ctx), ctx);
        done++;
        return n;
      },
    });
    const own = process.cpuUsage(own1);
    cpu.floorDb = cpuBetween(db1, backendsCpuMs(options.database)) / done;
    cpu.floorClient = (own.user + own.system) / 1000 / done;
  }
  const slowStatements = profile
    .slice(0, 3)
    .map((e) => ({ text: e.text, count: e.count, meanMs: e.totalMs / e.count, maxMs: e.maxMs, sample: e.sample }));
  if (options.explain) {
    for (const s of slowStatements) (s as { plan?: string }).plan = await explain(db, s.text, s.sample);
  }
  return {
    key: qc.key,
    title: qc.title,
    api,
    floor,
    peakRssMb: memory.peakRssMb,
    cpu,
    heap,
    statementsCrossCheck: { perRequestSum, serverDelta },
    slowStatements: slowStatements.map(({ sample: _sample, ...rest }) => rest),
  };
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

async function checkConstancy(client: ReturnType<typeof graphqlClient>, ctx: BenchContext): Promise<ConstancyPair[]> {
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
  const pairs: ConstancyPair[] = [];
  const add = async (what: string, small: string, large: string, key: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    pairs.push({ what, small, large, statements: [await run(key, a), await run(key, b)] });
  };
  await add(
    'meet full results',
    `${c.smallMeet.races} races`,
    `${c.largeMeet.races} races (first 100)`,
    'meet',
    { slug: c.smallMeet.slug, races: 100 },
    { slug: c.largeMeet.slug, races: 100 },
  );
  const t = ctx.pools.topLists.find((x) => x.code === '100' && x.season === 2024) ?? ctx.pools.topLists[0];
  await add(
    'season top list',
    'first: 10',
    'first: 100',
    'toplist',
    { event: { code: t.code, sex: t.sex }, season: t.season, first: 10 },
    { event: { code: t.code, sex: t.sex }, season: t.season, first: 100 },
  );
  await add(
    'athlete profile',
    `${c.fewResults.performances} results`,
    `${c.manyResults.performances} results`,
    'profile',
    { slug: c.fewResults.slug, season: 2025 },
    { slug: c.manyResults.slug, season: 2025 },
  );
  await add(
    'head-to-head',
    `${c.fewMeetings.meetings} meetings`,
    `${c.manyMeetings.meetings} meetings`,
    'h2h',
    { a: { slug: c.fewMeetings.a }, b: { slug: c.fewMeetings.b } },
    { a: { slug: c.manyMeetings.a }, b: { slug: c.manyMeetings.b } },
  );
  const series = ctx.pools.series;
  await add(
    'medal table',
    series.includes('european-indoor-championships') ? 'european-indoor-championships' : series[0],
    series.includes('olympic-games') ? 'olympic-games' : series[series.length - 1],
    'medals',
    { championship: series.includes('european-indoor-championships') ? 'european-indoor-championships' : series[0] },
    { championship: series.includes('olympic-games') ? 'olympic-games' : series[series.length - 1] },
  );
  const f = ctx.pools.filters.find((x) => x.code === '100') ?? ctx.pools.filters[0];
  await add(
    'analyst filter',
    '1-year window',
    '10-year window',
    'filter',
    { event: f.code, sex: f.sex, from: '2024-01-01', to: '2024-12-31', mark: f.mark },
    { event: f.code, sex: f.sex, from: '2015-01-01', to: '2024-12-31', mark: f.mark },
  );
  return pairs;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
