// Structured logs (pino, JSON lines on stdout). Internal errors are logged here in full under
// an error id; clients only ever see the id. Each HTTP request has an id (x-request-id), kept
// in AsyncLocalStorage so that logs written while serving it can name it.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger. LOG_LEVEL picks the level; under Jest (NODE_ENV=test) only warnings
 * and worse are written, so that test output stays readable. `destination` (default stdout)
 * lets tests read the lines.
 */
export function createLogger(
  level = process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  destination?: DestinationStream,
): Logger {
  const options = { level, base: { service: 'athletics-graph' } };
  return destination ? pino(options, destination) : pino(options);
}

let shared: Logger | undefined;

/** One logger per process, created on first use. */
export function defaultLogger(): Logger {
  shared ??= createLogger();
  return shared;
}

/** What is known of the HTTP request being served. */
export interface RequestScope {
  requestId: string;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operationName?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the HTTP request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
