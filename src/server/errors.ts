// What clients see of errors: their own mistakes in full, our failures without internals.
// A failure is logged in full under an error id; the response carries only the id.
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { classifyDatabaseError } from './database-errors';
import { currentRequestId, defaultLogger, type Logger } from './logger';

/** Codes whose message is written for the client and shown as is. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_FOUND',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // Ours: limits (src/server/limits) and the HTTP layer (src/server/http).
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
]);

export interface ErrorFormatOptions {
  production: boolean;
  logger?: Logger;
  /** The statement timeout, to say it in TIMEOUT messages. */
  statementTimeoutMs?: number;
}

/** "Did you mean ...?" reveals field, type and enum value names: production leaves it out. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?/g, '');
}

/**
 * Client mistakes that graphql-js or Apollo report without a code (they would otherwise be
 * masked as internal errors): graphql-js giving up on a variable with too many bad values,
 * and Apollo's HTTP-level refusals that carry only a 4xx status.
 */
function unlabelledClientError(formatted: GraphQLFormattedError, original: unknown): { code: string; message: string } | undefined {
  if (/^Too many errors processing variables/.test(formatted.message)) return { code: 'BAD_USER_INPUT', message: formatted.message };
  const status = original instanceof GraphQLError ? (original.extensions?.http as { status?: number } | undefined)?.status : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) return { code: 'BAD_REQUEST', message: formatted.message };
  return undefined;
}

export function createErrorFormatter(options: ErrorFormatOptions) {
  const logger = options.logger ?? defaultLogger();
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    formatError(formatted, error, options.production, logger, options.statementTimeoutMs);
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  logger: Logger = defaultLogger(),
  statementTimeoutMs?: number,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (tokens) {
    // graphql-js's own wording ("more that N tokens") says neither that it is a limit nor which.
    const maximum = Number(tokens[1]);
    return {
      message: `Query has more than ${maximum} tokens, the limit; parsing stopped`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
  }
  const original = unwrapResolverError(error);
  const clientMistake = unlabelledClientError(formatted, original);
  if (clientMistake) {
    return { message: clientMistake.message, locations: formatted.locations, extensions: { code: clientMistake.code } };
  }
  const errorId = randomUUID();
  const where = { locations: formatted.locations, path: formatted.path };
  const requestId = currentRequestId();

  switch (classifyDatabaseError(original)) {
    case 'unavailable':
      logger.warn({ errorId, requestId, err: original, path: formatted.path }, 'database unavailable');
      return {
        message: `The database is unavailable at the moment; retry shortly (error id ${errorId})`,
        ...where,
        extensions: { code: 'SERVICE_UNAVAILABLE', errorId },
      };
    case 'timeout': {
      const limit = statementTimeoutMs ? ` of ${statementTimeoutMs} ms` : '';
      logger.warn({ errorId, requestId, err: original, path: formatted.path }, 'statement timeout');
      return {
        message: `A database statement ran longer than the limit${limit} and was cancelled; ask for less (error id ${errorId})`,
        ...where,
        extensions: { code: 'TIMEOUT', errorId, ...(statementTimeoutMs ? { timeoutMs: statementTimeoutMs } : {}) },
      };
    }
    case 'unstorable-text':
      return {
        message: 'A string argument holds a character the database cannot store (such as U+0000)',
        ...where,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    default:
  }

  // An unexpected failure: log it in full under an id the client can quote.
  logger.error({ errorId, requestId, err: original, path: formatted.path }, (original as Error)?.message ?? 'internal error');
  if (!production) return { ...formatted, extensions: { ...formatted.extensions, errorId } };
  return {
    message: `Internal server error (error id ${errorId})`,
    ...where,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
