// Apollo Server behind Express: the request handed to executeHTTPGraphQLRequest (Apollo's entry
// point for integrations) and its response written back. What @as-integrations/express5 does,
// except that the response is written with `res.end`: Express's `res.send` copied every body
// into a Buffer and hashed it into an ETag (SHA-1 over a meet's 150 KB of results, for a POST
// that no client revalidates), about 2 % of a large query's server CPU.
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The URL's query string, `?` included (Apollo reads GET operations from it); '' without one. */
export function searchOf(url: string): string {
  const hash = url.indexOf('#');
  const target = hash === -1 ? url : url.slice(0, hash);
  const start = target.indexOf('?');
  return start === -1 ? '' : target.slice(start);
}

export function graphqlHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (req: IncomingMessage) => Promise<TContext> | TContext,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return (req: Request, res: Response, next: NextFunction) => {
    if (!('body' in req)) {
      // A mounting mistake, not a client's: the JSON parser must come first.
      res.status(500).type('text/plain').end('`req.body` is not set: mount express.json() before the GraphQL handler.');
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    server
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: searchOf(req.url), body: req.body },
        context: async () => context(req),
      })
      .then(async (response) => {
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') {
          res.end(response.body.string); // Node sets Content-Length from the whole body
          return;
        }
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };
}
