// Express's own error and 404 pages are HTML with stack traces; these answer in GraphQL's
// error shape instead, and never show internals.
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { currentRequestId, type Logger } from '../logger';
import { sendGraphQLError } from './graphql-error-body';

interface HttpError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  limit?: number;
  message?: string;
}

/** Body-parser failures (by their `type`) as the client should hear them. */
function describe(error: HttpError, maxBodyBytes: number): { status: number; code: string; message: string } | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Request body is larger than the limit of ${maxBodyBytes} bytes` };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'Request body is not valid JSON (a GraphQL request is a JSON object: {"query": "..."})',
      };
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Encoding (use identity, gzip or deflate)' };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported charset (send UTF-8 JSON)' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'Request body ended before its announced length' };
    default:
      return undefined;
  }
}

export function jsonErrorHandler(options: { maxBodyBytes: number; logger: Logger }): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) return next(error); // Express closes the connection
    const e = (error ?? {}) as HttpError;
    const known = describe(e, options.maxBodyBytes);
    if (known) return sendGraphQLError(res, known.status, known.code, known.message);
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // e.g. a malformed percent-encoding in the path (URIError, 400)
      return sendGraphQLError(res, status, 'BAD_REQUEST', e.expose && e.message ? e.message : 'Bad request');
    }
    const errorId = randomUUID();
    options.logger.error({ errorId, requestId: currentRequestId(), err: error, method: req.method, url: req.path }, 'unhandled HTTP error');
    sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal server error (error id ${errorId})`, { errorId });
  };
}

export function notFound(graphqlPath: string): RequestHandler {
  return (req, res) => {
    sendGraphQLError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path.slice(0, 200)}; the GraphQL API is at ${graphqlPath}`);
  };
}
