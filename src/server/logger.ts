// Structured logs (pino, JSON lines on stdout). Internal errors are logged here in full under
// an error id; clients only ever see the id.
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The process logger. LOG_LEVEL picks the level; under Jest (NODE_ENV=test) only warnings
 * and worse are written, so that test output stays readable.
 */
export function createLogger(level = process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'warn' : 'info')): Logger {
  return pino({ level, base: { service: 'athletics-graph' } });
}

let shared: Logger | undefined;

/** One logger per process, created on first use. */
export function defaultLogger(): Logger {
  shared ??= createLogger();
  return shared;
}
