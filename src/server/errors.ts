// What clients see of errors: their own mistakes in full, our failures without internals.
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'UNAUTHENTICATED', 'FORBIDDEN',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  // An unexpected failure: log it in full under an id the client can quote.
  const errorId = randomUUID();
  const original = unwrapResolverError(error);
  console.error(JSON.stringify({ level: 'error', errorId, message: (original as Error)?.message, stack: (original as Error)?.stack }));
  if (!production) return { ...formatted, extensions: { ...formatted.extensions, errorId } };
  return {
    message: `Internal server error (error id ${errorId})`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
