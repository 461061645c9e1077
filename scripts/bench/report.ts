// What `npm run bench` prints: a line per class as it is measured, then the tables, the
// targets met or missed, and the slowest statements.
import { loadavg } from 'node:os';
import type { LoadStats } from './load';
import type { HeapUsage } from './server';

const TARGETS = { p95Ms: 15, profilePerSecond: 1500, floorMultiple: 1.5, memoryMb: 300 };

export interface ClassResult {
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
  heap: HeapUsage | null;
}

/** SQL statements per request for a short and a long list (as counted over 3 runs). */
export interface ConstancyPair {
  what: string;
  small: string;
  large: string;
  statements: [string, string];
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

export function printClass(r: ClassResult): void {
  const a = r.api;
  const f = r.floor;
  console.log(
    `${r.title.padEnd(30)} ${a.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(a.p50)}  p95 ${ms(a.p95)}  p99 ${ms(a.p99)} ms  ` +
      `${a.statements.min === a.statements.max ? a.statements.min : `${a.statements.min}-${a.statements.max}`} SQL/req  ` +
      `RSS ${r.peakRssMb.toFixed(0)} MB` +
      (a.errors ? `  ${a.errors} errors (${a.firstError})` : '') +
      (f
        ? `  | floor ${f.perSecond.toFixed(0)} req/s p50 ${ms(f.p50)} p95 ${ms(f.p95)} ms` +
          (f.errors ? ` ${f.errors} errors (${f.firstError})` : '')
        : ''),
  );
}

export function report(
  results: ClassResult[],
  constancy: ConstancyPair[],
  info: { hwm: number; startMb: number; counts: Record<string, string>; concurrency: number; durationMs: number; poolMax: number },
): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lpad = (s: string, n: number) => s.padStart(n);
  console.log(
    `\nDataset: ${Object.entries(info.counts)
      .map(([k, v]) => `${Number(v).toLocaleString('en-US')} ${k}`)
      .join(', ')}`,
  );
  console.log(
    `Concurrency ${info.concurrency}, ${info.durationMs / 1000} s per class, pools of ${info.poolMax} connections; load average now ${loadAverage()}\n`,
  );
  console.log(
    `${pad('class', 30)}${lpad('req/s', 8)}${lpad('p50', 8)}${lpad('p95', 8)}${lpad('p99', 8)}${lpad('SQL/req', 9)}${lpad('floor p50', 11)}${lpad('floor p95', 11)}${lpad('floor r/s', 11)}${lpad('x p50', 7)}${lpad('x p95', 7)}${lpad('RSS MB', 8)}`,
  );
  for (const r of results) {
    const a = r.api;
    const f = r.floor;
    const sql = Number.isNaN(a.statements.min)
      ? '-'
      : a.statements.min === a.statements.max
        ? String(a.statements.min)
        : `${a.statements.min}-${a.statements.max}`;
    console.log(
      `${pad(r.title, 30)}${lpad(a.perSecond.toFixed(0), 8)}${lpad(ms(a.p50), 8)}${lpad(ms(a.p95), 8)}${lpad(ms(a.p99), 8)}${lpad(sql, 9)}` +
        `${lpad(f ? ms(f.p50) : '-', 11)}${lpad(f ? ms(f.p95) : '-', 11)}${lpad(f ? f.perSecond.toFixed(0) : '-', 11)}` +
        `${lpad(f ? (a.p50 / f.p50).toFixed(2) : '-', 7)}${lpad(f ? (a.p95 / f.p95).toFixed(2) : '-', 7)}${lpad(r.peakRssMb.toFixed(0), 8)}`,
    );
  }
  console.log('\nCPU per request (ms; independent of what else the machine runs) and the throughput it allows on 2 dedicated cores:');
  console.log(
    `${pad('class', 30)}${lpad('server', 8)}${lpad('db', 8)}${lpad('API r/s', 9)}${lpad('floor db', 10)}${lpad('client', 8)}${lpad('floor r/s', 11)}${lpad('x cpu', 7)}`,
  );
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
    console.log(
      `  after ${pad(r.title, 30)} RSS ${h.rss} MB: JS heap ${h.heapTotal} MB (${h.heapUsed} used), external ${h.external} MB (array buffers ${h.arrayBuffers}), rest ${h.rss - h.heapTotal - h.external} MB`,
    );
  }
  const mismatched = results.filter((r) => r.statementsCrossCheck.perRequestSum !== r.statementsCrossCheck.serverDelta);
  if (results.some((r) => Number.isNaN(r.statementsCrossCheck.serverDelta))) console.log('Statement counts: not measured (--no-counter)');
  else
    console.log(
      mismatched.length === 0
        ? 'Statement counts: the per-request headers add up to the server-wide count for every class'
        : `Statement counts: per-request headers differ from the server-wide count for ${mismatched.map((r) => `${r.key} (${r.statementsCrossCheck.perRequestSum} vs ${r.statementsCrossCheck.serverDelta})`).join(', ')}`,
    );
  if (constancy.length) {
    console.log('\nSQL statements per request against list length:');
    for (const c of constancy) {
      console.log(
        `  ${pad(c.what, 20)} ${pad(c.small, 30)} ${lpad(c.statements[0], 5)}   ${pad(c.large, 30)} ${lpad(c.statements[1], 5)}   ${constant(c) ? 'constant' : 'VARIES'}`,
      );
    }
  }
  console.log('\nTargets:');
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'met   ' : 'MISSED'} ${text}`);
  for (const r of results) check(r.api.p95 <= TARGETS.p95Ms, `${r.title}: p95 ${ms(r.api.p95)} ms <= ${TARGETS.p95Ms} ms`);
  const profile = results.find((r) => r.key === 'profile');
  if (profile)
    check(
      profile.api.perSecond >= TARGETS.profilePerSecond,
      `athlete profile: ${profile.api.perSecond.toFixed(0)} req/s >= ${TARGETS.profilePerSecond}`,
    );
  for (const r of results.filter((x) => x.floor)) {
    check(
      r.api.p95 / r.floor!.p95 <= TARGETS.floorMultiple,
      `${r.title}: p95 ${(r.api.p95 / r.floor!.p95).toFixed(2)}x the SQL floor <= ${TARGETS.floorMultiple}x`,
    );
  }
  if (constancy.length)
    check(
      constancy.every(constant),
      'SQL statements per request constant in list lengths (ranges over 3 runs overlap: DataLoader batching jitters)',
    );
  check(info.hwm < TARGETS.memoryMb, `server peak memory ${info.hwm.toFixed(0)} MB < ${TARGETS.memoryMb} MB`);
  const slow = results.flatMap((r) => r.slowStatements.slice(0, 1).map((s) => ({ cls: r.title, ...s })));
  if (slow.length) {
    console.log('\nSlowest statement of each class (mean ms per execution on its connection, under the load):');
    for (const s of slow) {
      console.log(`  ${s.cls}: ${s.meanMs.toFixed(2)} ms x ${s.count}: ${s.text.replace(/\s+/g, ' ').slice(0, 220)}`);
      if (s.plan)
        console.log(
          s.plan
            .split('\n')
            .map((l) => `      ${l}`)
            .join('\n'),
        );
    }
  }
}

/** The short and the long list cost the same statements, give or take the jitter of batching. */
function constant(c: { statements: [string, string] }): boolean {
  const [small, large] = c.statements.map((s) => s.split('-').map(Number));
  // Ranges that overlap or touch: a query per list item would add tens of statements.
  return large[0] <= small[small.length - 1] + 1 && small[0] <= large[large.length - 1] + 1;
}

export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}
