// Which failures mean "the database is away" (retry shortly) or "the statement ran too long",
// whatever layer reports them: pg itself, pg-pool, or Prisma wrapping the driver adapter's
// DriverAdapterError (checked with @prisma/adapter-pg 7.10 against a cut TCP connection,
// a refused one and pg_terminate_backend).

export type DatabaseFailure = 'unavailable' | 'timeout' | 'unstorable-text';

/** SQLSTATEs: 08xxx connection exceptions, 57P01-57P03 shutdown/crash/starting up, 53300 too many connections. */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300)$/;
/** 57014 query_canceled: statement_timeout (or a cancel request). */
const TIMEOUT_SQLSTATES = new Set(['57014']);
/** 22021 invalid byte sequence (U+0000 in text), 22P05 untranslatable character. */
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);
/** Node socket errors. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** Prisma: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'DatabaseDoesNotExist',
]);
/** Messages pg and pg-pool use for connections lost or never made. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /connect ECONNREFUSED/i,
  /read ECONNRESET/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

interface Inspectable {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  originalCode?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

/** Every error reachable from `error` through cause, originalError, Prisma's meta and AggregateError. */
function* chain(error: unknown, depth = 0): Generator<Inspectable> {
  if (!error || typeof error !== 'object' || depth > 8) return;
  const e = error as Inspectable;
  yield e;
  yield* chain(e.cause, depth + 1);
  yield* chain(e.originalError, depth + 1);
  yield* chain(e.meta?.driverAdapterError, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors.slice(0, 5)) yield* chain(inner, depth + 1);
}

export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : typeof e.originalCode === 'string' ? e.originalCode : undefined;
    if (code && TIMEOUT_SQLSTATES.has(code)) return 'timeout';
    if (code && UNSTORABLE_TEXT_SQLSTATES.has(code)) return 'unstorable-text';
    if (code && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_ERRNOS.has(code) || UNAVAILABLE_PRISMA_CODES.has(code))) {
      return 'unavailable';
    }
    if (typeof e.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return 'unavailable';
    const message = typeof e.message === 'string' ? e.message : '';
    if (/canceling statement due to statement timeout/i.test(message)) return 'timeout';
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
  }
  return undefined;
}
