// Opt-in SQL statement counter, loaded before the server with
//   SQL_STATEMENT_COUNTER=1 node --require ./dist/scripts/bench/sql-statement-counter.js dist/src/main.js
// Every statement sent through `pg` (Prisma's driver adapter and hand-written SQL alike) is
// counted against the HTTP request it was issued for (AsyncLocalStorage), and each
// response carries `x-sql-statements` (this request) and `x-sql-statements-total` (the
// process so far: the benchmark cross-checks the per-request figures against it).
// GET /__memory answers process.memoryUsage(); GET /__sql-profile answers the statements seen since the last call (text, count, time,
// one sample of parameters) and starts afresh: the benchmark explains the slow ones.
// It patches `pg` and `http` at load time and touches nothing in src/: without the
// --require (or with SQL_STATEMENT_COUNTER unset) the server runs unmodified.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import pg from 'pg';

interface Store {
  statements: number;
}

export interface ProfileEntry {
  text: string;
  count: number;
  totalMs: number;
  maxMs: number;
  sample: unknown[] | null;
}

export const HEADER = 'x-sql-statements';
export const TOTAL_HEADER = 'x-sql-statements-total';
export const PROFILE_PATH = '/__sql-profile';
/** process.memoryUsage() of the server: how much of its RSS is JavaScript heap. */
export const MEMORY_PATH = '/__memory';

if (process.env.SQL_STATEMENT_COUNTER === '1') install();

function install(): void {
  const requests = new AsyncLocalStorage<Store>();
  let total = 0;
  let profile = new Map<string, ProfileEntry>();
  // Statements already counted by Pool.query: pg-pool runs them on a client from a callback
  // that may fire in another request's context (the one releasing the client), so they are
  // counted where they are issued and skipped when the client sends them.
  const countedByPool = new WeakSet<object>();

  const count = () => {
    total++;
    const store = requests.getStore();
    if (store) store.statements++;
  };

  // Timed where a client sends it, so the time excludes the wait for a pooled connection.
  // pg-pool passes a callback (no promise then); direct callers usually get a promise.
  const timed = (args: unknown[], send: (args: unknown[]) => unknown): unknown => {
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text;
    if (!text) return send(args);
    const started = performance.now();
    const done = () => {
      const ms = performance.now() - started;
      let entry = profile.get(text);
      if (!entry) {
        const sample = Array.isArray(values) ? values : ((config as { values?: unknown[] }).values ?? null);
        entry = { text, count: 0, totalMs: 0, maxMs: 0, sample };
        profile.set(text, entry);
      }
      entry.count++;
      entry.totalMs += ms;
      entry.maxMs = Math.max(entry.maxMs, ms);
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (...a: unknown[]) => unknown;
      const wrapped = [...args];
      wrapped[last] = (...a: unknown[]) => {
        done();
        return callback(...a);
      };
      return send(wrapped);
    }
    const result = send(args);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
    return result;
  };

  type Query = (...args: unknown[]) => unknown;
  const poolQuery = pg.Pool.prototype.query as unknown as Query;
  (pg.Pool.prototype as unknown as { query: Query }).query = function query(this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string') args[0] = { text: args[0] };
    if (args[0] && typeof args[0] === 'object') countedByPool.add(args[0]);
    count();
    return poolQuery.apply(this, args);
  };
  const clientQuery = pg.Client.prototype.query as unknown as Query;
  (pg.Client.prototype as unknown as { query: Query }).query = function query(this: unknown, ...args: unknown[]) {
    const [config] = args;
    if (!(config && typeof config === 'object' && countedByPool.has(config))) count();
    return timed(args, (a) => clientQuery.apply(this, a));
  };

  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (req.method === 'GET' && req.url === MEMORY_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(process.memoryUsage()));
      return true;
    }
    if (req.method === 'GET' && req.url === PROFILE_PATH) {
      const entries = [...profile.values()].sort((a, b) => b.totalMs - a.totalMs);
      profile = new Map();
      res.writeHead(200, { 'content-type': 'application/json', [TOTAL_HEADER]: String(total) });
      res.end(JSON.stringify(entries, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
      return true;
    }
    const store: Store = { statements: 0 };
    // Node sends the head through writeHead (explicitly or from the first write/end).
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, ...headArgs: unknown[]) {
      if (!this.headersSent) {
        this.setHeader(HEADER, String(store.statements));
        this.setHeader(TOTAL_HEADER, String(total));
      }
      return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, headArgs);
    } as typeof res.writeHead;
    return requests.run(store, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}
