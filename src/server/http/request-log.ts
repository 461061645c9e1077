// Request ids and the access log: each request gets an id (the client's x-request-id when it
// is a sane token, else a new UUID), echoed in the response, and one info line on completion.
// Never logged: the query string (GET operations carry variables there), bodies, headers.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { requestScope, type Logger, type RequestScope } from '../logger';

const SANE_ID = /^[A-Za-z0-9._-]{1,64}$/;

const scopes = new WeakMap<Request, RequestScope>();

/** The client's id if it is a sane token, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_ID.test(header) ? header : randomUUID();
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const scope: RequestScope = { requestId: requestIdFrom(req.headers['x-request-id']) };
    scopes.set(req, scope);
    res.setHeader('x-request-id', scope.requestId);
    res.once('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      const named = typeof body?.operationName === 'string' ? body.operationName.slice(0, 100) : undefined;
      logger.info(
        {
          requestId: scope.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0]!.slice(0, 200),
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          ...((scope.operationName ?? named) ? { operationName: scope.operationName ?? named } : {}),
        },
        'request',
      );
    });
    requestScope.run(scope, () => next());
  };
}

/**
 * Re-enters the request's scope: body parsing resumes on stream events, outside it, so this
 * goes right before Apollo, whose work (error formatting included) then runs inside.
 */
export function rebindRequestScope(): RequestHandler {
  return (req, _res, next) => {
    const scope = scopes.get(req);
    if (!scope) return next();
    requestScope.run(scope, () => next());
  };
}

/** Records the resolved operation name (anonymous documents with one named operation too). */
export function operationNamePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const scope = requestScope.getStore();
          if (scope && operationName) scope.operationName = operationName.slice(0, 100);
        },
      };
    },
  };
}
