// npm run bench:profile -- <class> [--requests N] [--warmup N] [--trace]
//
// Runs one benchmark class's GraphQL operation N times, one after another, against an API
// server started in this process on the bench database (athletics_bench, made by `npm run
// bench`; its newest parameter pools file), and prints the wall time and the process's CPU
// time per request, client included. `--trace` lists one request's SQL statements first.
// Run it under `node --cpu-prof` to see where the execution time goes.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '../../src/db/client';
import { startApiServer } from '../../src/server/api-server';
import { projectRoot } from '../../src/db/project-root';
import { readConfig } from '../../src/server/config';
import pg from 'pg';
import { CLASSES } from './classes';
import type { Pools } from './pools';

async function main(): Promise<void> {
  const key = process.argv[2];
  const option = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? fallback : Number(process.argv[at + 1]);
  };
  const n = option('--requests', 200);
  // The JIT keeps optimizing for a few hundred requests; CPU per request settles after that.
  const warmup = option('--warmup', 200);
  const cls = CLASSES.find((c) => c.key === key);
  if (!cls) throw new Error(`name a class: ${CLASSES.map((c) => c.key).join(', ')}`);
  const root = projectRoot();
  const dir = join(root, '.data', 'bench');
  const poolsFile = readdirSync(dir)
    .filter((f) => f.startsWith('pools-'))
    .sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0];
  if (!poolsFile) throw new Error('run `npm run bench` once first: it makes the database and the parameter pools');
  const pools = JSON.parse(readFileSync(join(dir, poolsFile), 'utf8')) as Pools;
  const connectionString = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/athletics_bench';
  const db = createDatabase({ connectionString, maxConnections: 4 });
  const config = readConfig();
  const server = await startApiServer({
    prisma: db.prisma,
    pool: db.pool,
    port: 0,
    host: '127.0.0.1',
    production: true,
    limits: { maxCost: 1_000_000, rateLimitMax: 0 },
    // GRAPHQL_EXECUTOR=graphql-js and DB_PREPARED_STATEMENTS=0, as for the server.
    executor: config.executor,
    prepareKeyedStatements: config.preparedStatements,
  });
  const ctx = { pools, events: new Map() };
  const run = async (i: number) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: cls.document, variables: cls.variables(i, ctx as never) }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  };
  for (let i = 0; i < warmup; i++) await run(i);
  // --trace: the SQL statements of one request (after the warm-up), in order.
  if (process.argv.includes('--trace')) {
    const original = pg.Client.prototype.query;
    const seen: string[] = [];
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const c = args[0] as string | { text?: string };
      seen.push((typeof c === 'string' ? c : (c?.text ?? '?')).replace(/\s+/g, ' ').slice(0, 160));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    await run(0);
    pg.Client.prototype.query = original;
    console.log(`${seen.length} statements:\n${seen.map((t, k) => `${k + 1}. ${t}`).join('\n')}`);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run(i);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${cls.title}: ${n} requests, ${(wall / n).toFixed(2)} ms wall each, process CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms each (client included)`,
  );
  await server.stop();
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
