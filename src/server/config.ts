import { isAbsolute, join } from 'node:path';
import { projectRoot } from '../db/project-root';
import type { ExecutorKind } from '../runtime/execution/jit-executor';

/** Bounds on what one request may ask for, and on how often a client may ask (see README, "Limits"). */
export interface Limits {
  /** Highest query cost: connection items a query can return, each connection multiplying what it holds. */
  maxCost: number;
  /** Deepest nesting of fields (introspection excepted: graphql-js bounds it itself). */
  maxDepth: number;
  /** Most aliased fields in an operation, fragments included. */
  maxAliases: number;
  /** Most tokens in a document; the parser stops at the limit. */
  maxTokens: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Requests a client may make per window (token bucket: a burst of `max`, refilled evenly); 0 turns it off. */
  rateLimitMax: number;
  rateLimitWindowSeconds: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxCost: 5000,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxBodyBytes: 1024 * 1024,
  rateLimitMax: 600,
  rateLimitWindowSeconds: 60,
});

export interface ServerConfig {
  port: number;
  /** Interface to listen on; undefined listens on all (IPv4 and IPv6), so localhost works either way. */
  host: string | undefined;
  /** An external PostgreSQL; when absent the embedded PGlite is used. */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Seed an external database on start (the embedded one is seeded when empty). */
  seed: boolean;
  production: boolean;
  limits: Limits;
  /** PostgreSQL statement_timeout of every pooled connection, ms (0: none). PGlite ignores it. */
  statementTimeoutMs: number;
  /** Connections to the external PostgreSQL (the embedded one gets fewer). */
  poolMax: number;
  /** How long a request waits to connect, or for a free pooled connection, before SERVICE_UNAVAILABLE. */
  connectTimeoutMs: number;
  /** PostgreSQL max_parallel_workers_per_gather of the pool's connections. */
  parallelWorkers: number;
  /** On SIGTERM/SIGINT, how long in-flight requests get before their connections are closed. */
  shutdownGraceMs: number;
  /** Express "trust proxy": whose X-Forwarded-For to believe for client IPs (default: nobody's). */
  trustProxy: boolean | number | string;
  logLevel: string;
  /** Reads by keys are prepared once per connection (DB_PREPARED_STATEMENTS=0 turns it off). */
  preparedStatements: boolean;
  /** 'jit' compiles queries seen twice (graphql-jit); 'graphql-js' interprets every request. */
  executor: ExecutorKind;
}

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

/** A whole number from the environment, at least `min`, or the default when unset. */
function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** A switch from the environment: 1/true/on or 0/false/off, else the default when unset. */
function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'on'].includes(value)) return true;
  if (['0', 'false', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false, on/off), got "${env[name]}"`);
}

function executor(value: string | undefined): ExecutorKind {
  if (value === undefined || value === '' || value === 'jit') return 'jit';
  if (value === 'graphql-js') return 'graphql-js';
  throw new ConfigError(`GRAPHQL_EXECUTOR must be "jit" or "graphql-js", got "${value}"`);
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function readLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    maxCost: whole(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost),
    maxDepth: whole(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: whole(env, 'MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, 0),
    maxTokens: whole(env, 'MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxBodyBytes: whole(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    rateLimitMax: whole(env, 'RATE_LIMIT_MAX', DEFAULT_LIMITS.rateLimitMax, 0),
    rateLimitWindowSeconds: whole(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_LIMITS.rateLimitWindowSeconds),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): ServerConfig {
  const dataDir = env.DATA_DIR || join('.data', 'pglite');
  return {
    port: port(env.PORT),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir),
    seed: argv.includes('--seed') || env.SEED === 'true' || env.SEED === '1',
    production: env.NODE_ENV === 'production',
    limits: readLimits(env),
    statementTimeoutMs: whole(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 0),
    poolMax: whole(env, 'DB_POOL_MAX', 10),
    connectTimeoutMs: whole(env, 'DB_CONNECT_TIMEOUT_MS', 5000),
    parallelWorkers: whole(env, 'DB_PARALLEL_WORKERS', 0, 0),
    shutdownGraceMs: whole(env, 'SHUTDOWN_GRACE_MS', 10_000, 0),
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL || 'info',
    executor: executor(env.GRAPHQL_EXECUTOR),
    preparedStatements: onOff(env, 'DB_PREPARED_STATEMENTS', true),
  };
}
