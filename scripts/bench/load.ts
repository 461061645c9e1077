// Closed-loop load: `concurrency` workers each send a request, wait for its answer, send
// the next, for a fixed time (bounded in time and count, loopback only). Latencies are
// measured per request with the monotonic clock.
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';

export interface Sample {
  /** Latency in ms. */
  ms: number;
  /** SQL statements the request issued (from the server's header, or the floor's own count). */
  statements: number;
}

export interface LoadStats {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statements: { min: number; max: number; mean: number };
}

export interface LoadOptions {
  concurrency: number;
  /** Measured time, after the warm-up. */
  durationMs: number;
  warmupMs: number;
  /** Hard cap on measured requests (a safety bound). */
  maxRequests?: number;
  /** One unit of work: resolves with its statement count, rejects on error. `i` is a running index (pick parameters with it). */
  task(i: number): Promise<number>;
}

export async function runLoad(options: LoadOptions): Promise<LoadStats> {
  const maxRequests = options.maxRequests ?? 1_000_000;
  let next = 0;
  const samples: Sample[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const warmupEnd = performance.now() + options.warmupMs;
  const end = warmupEnd + options.durationMs;

  const worker = async () => {
    for (;;) {
      const started = performance.now();
      if (started >= end || samples.length >= maxRequests) return;
      const i = next++;
      try {
        const statements = await options.task(i);
        const now = performance.now();
        if (started >= warmupEnd && now <= end) samples.push({ ms: now - started, statements });
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
        if (errors > 50 && errors > samples.length) return; // broken, not slow: stop early
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = Math.max(0.001, (Math.min(performance.now(), end) - warmupEnd) / 1000);
  return summarize(samples, errors, firstError, seconds);
}

export function summarize(samples: Sample[], errors: number, firstError: string | null, seconds: number): LoadStats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const pct = (p: number) => (ms.length === 0 ? NaN : ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]);
  const st = samples.map((s) => s.statements);
  return {
    requests: samples.length,
    errors,
    firstError,
    seconds,
    perSecond: samples.length / seconds,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    max: ms[ms.length - 1] ?? NaN,
    statements: {
      min: st.length ? Math.min(...st) : NaN,
      max: st.length ? Math.max(...st) : NaN,
      mean: st.length ? st.reduce((a, b) => a + b, 0) / st.length : NaN,
    },
  };
}

// ---------------------------------------------------------------------------------------

export interface GraphQLClient {
  /** POSTs an operation; resolves with the parsed body and the statement headers. */
  post(body: string): Promise<{ json: { data?: unknown; errors?: Array<{ message: string }> }; statements: number; total: number }>;
  close(): void;
}

/** A keep-alive HTTP client for one GraphQL endpoint on this machine. */
export function graphqlClient(url: string, sockets: number): GraphQLClient {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))
    throw new Error(`The benchmark only loads local servers, not ${target.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    post(body: string) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let json: { data?: unknown; errors?: Array<{ message: string }> };
              try {
                json = JSON.parse(text);
              } catch {
                reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
                return;
              }
              if (res.statusCode !== 200 || json.errors?.length) {
                reject(new Error(`HTTP ${res.statusCode}: ${json.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`));
                return;
              }
              resolve({
                json,
                statements: Number(res.headers['x-sql-statements'] ?? NaN),
                total: Number(res.headers['x-sql-statements-total'] ?? NaN),
              });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.setTimeout(30_000, () => req.destroy(new Error('request timed out after 30 s')));
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

// ---------------------------------------------------------------------------------------

export interface MemorySample {
  /** Resident set size now, MB. */
  rssMb: number;
  /** Peak resident set size of the process so far (VmHWM), MB. */
  hwmMb: number;
}

export function readMemory(pid: number): MemorySample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's memory every `everyMs` until stopped; returns the peak RSS seen. */
export function watchMemory(pid: number, everyMs = 200): { stop(): { peakRssMb: number; hwmMb: number } } {
  let peak = 0;
  let hwm = 0;
  const sample = () => {
    const m = readMemory(pid);
    if (m) {
      peak = Math.max(peak, m.rssMb);
      hwm = Math.max(hwm, m.hwmMb);
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakRssMb: peak, hwmMb: hwm };
    },
  };
}

// ---------------------------------------------------------------------------------------
// CPU time: contention-independent cost per request (the machine is shared, so latency
// and throughput depend on what else runs; CPU milliseconds per request do not, much).

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU of a process so far, ms (null when it is gone). */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14 and 15)
  } catch {
    return null;
  }
}

/** CPU so far of each PostgreSQL backend connected to `database` (by process title). */
export function backendsCpuMs(database: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
    const ms = processCpuMs(Number(entry));
    if (ms !== null) out.set(Number(entry), ms);
  }
  return out;
}

/** CPU used by a set of processes between two snapshots (new processes count in full). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
