// The API server the benchmark loads: the compiled server (dist/src/main.js) in a child
// process with the SQL statement counter preloaded, and what the counter reports over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import type { ProfileEntry } from './sql-statement-counter';

export interface RunningServer {
  child: ChildProcess;
  pid: number;
  url: string;
}

export function startServer(root: string, databaseUrl: string, poolMax: number, counter: boolean): Promise<RunningServer> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--require', join(root, 'dist', 'scripts', 'bench', 'sql-statement-counter.js'), join(root, 'dist', 'src', 'main.js')],
    {
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
    },
  );
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

export async function stopServer(child: ChildProcess): Promise<void> {
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
    http
      .get({ host: u.hostname, port: u.port, path }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ headers: res.headers, body: text }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

export async function statementsTotal(url: string): Promise<number> {
  return Number((await get(url, '/healthz')).headers['x-sql-statements-total']);
}

/** The server's process.memoryUsage(), MB. */
export interface HeapUsage {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export async function memoryUsage(url: string): Promise<HeapUsage | null> {
  const body = JSON.parse((await get(url, '/__memory')).body) as Record<string, number>;
  if (typeof body.rss !== 'number') return null; // the counter is off
  const mb = (n: number) => Math.round(n / 1048576);
  return {
    rss: mb(body.rss),
    heapTotal: mb(body.heapTotal),
    heapUsed: mb(body.heapUsed),
    external: mb(body.external),
    arrayBuffers: mb(body.arrayBuffers),
  };
}

export async function sqlProfile(url: string): Promise<Array<ProfileEntry>> {
  const body = JSON.parse((await get(url, '/__sql-profile')).body) as unknown;
  return Array.isArray(body) ? (body as ProfileEntry[]) : []; // not an array: the counter is off
}
