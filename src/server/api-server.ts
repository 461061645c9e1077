// HTTP: Express 5 with Apollo Server 5 at /graphql, the in-browser IDE on GET, and health.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { PrismaClient } from '../db/client';
import { createContext, type Context } from './context';
import { formatError } from './errors';
import { ideRouter } from './ide/ide.router';
import { exampleTabs } from './example-operations';
import { appSchema } from './schema';
import { createServices } from './services';

export interface ApiServerOptions {
  prisma: PrismaClient;
  port: number;
  host?: string;
  /** Hides internal error details (stack traces, SQL) from responses. */
  production?: boolean;
}

export interface ApiServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  const httpServer = createServer(app);
  const services = createServices(options.prisma);
  const apollo = new ApolloServer<Context>({
    schema: await appSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: (formatted, error) => formatError(formatted, error, Boolean(options.production)),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(ideRouter({ endpoint: GRAPHQL_PATH, title: 'Athletics graph', defaultTabs: exampleTabs() }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(options.prisma, services, req) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : 'localhost';
  return {
    url: `http://${displayHost}:${port}${GRAPHQL_PATH}`,
    httpServer,
    // Apollo's drain plugin closes the HTTP server after in-flight requests finish.
    stop: () => apollo.stop(),
  };
}
