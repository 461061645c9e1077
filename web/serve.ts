// Serves the built example page (web/dist) and proxies /graphql to the API, so the page and
// its API share one origin: no CORS needed, and the API server stays as it is.
//   npm run web:build && npm run web:preview      # API_URL (default http://localhost:4000/graphql), PORT (5173)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';

export const WEB_DIST = join(__dirname, 'dist');

export interface WebServer {
  /** The page's URL. */
  url: string;
  stop(): Promise<void>;
}

export interface WebServerOptions {
  /** The API's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  apiUrl: string;
  port?: number;
  host?: string;
  distDir?: string;
}

// Request headers worth passing on (Apollo's CSRF prevention looks at content-type).
const FORWARDED = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'];

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.raw({ type: () => true, limit: '1mb' }), async (req: express.Request, res: express.Response) => {
    const target = new URL(options.apiUrl);
    target.search = new URL(req.originalUrl, 'http://proxy').search;
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const upstream = await fetch(target, {
        method: req.method,
        headers,
        // GraphQL over HTTP bodies are UTF-8 JSON.
        body: ['GET', 'HEAD'].includes(req.method) || !Buffer.isBuffer(req.body) ? undefined : req.body.toString('utf8'),
      });
      res.status(upstream.status);
      const type = upstream.headers.get('content-type');
      if (type) res.setHeader('content-type', type);
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.status(502).json({ errors: [{ message: `API unreachable at ${options.apiUrl}: ${(error as Error).message}` }] });
    }
  });
  app.use(express.static(options.distDir ?? WEB_DIST, { index: 'index.html' }));

  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

if (require.main === module) {
  const apiUrl = process.env.API_URL ?? 'http://localhost:4000/graphql';
  startWebServer({ apiUrl, port: Number(process.env.PORT ?? 5173), host: process.env.HOST }).then((web) => {
    console.log(`example page at ${web.url} (API: ${apiUrl})`);
  });
}
