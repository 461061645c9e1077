// HTTP: Express 5 with Apollo Server 5 at /graphql, the in-browser IDE on GET, and probes.
//
// What a request meets, in order: a request id and the access log (./http/request-log);
// /healthz and /readyz (never limited); the IDE (GET with Accept: text/html); then for the
// API the rate limit (per API key, else IP), the body limit and JSON parser, and Apollo:
// token limit while parsing, validation (graphql-js's rules, introspection depth included),
// then depth, alias and cost limits before execution (src/server/limits). Charts
// (GET /athletes/<slug>/progression.svg) sit beside the API. Anything the HTTP layer
// refuses is answered in GraphQL's error shape.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Request } from 'express';
import { progressionChartRouter } from './http/progression-chart.router';
import type { Pool } from 'pg';
import type { PrismaClient } from '../db/client';
import { DEFAULT_LIMITS, type Limits } from './config';
import { createContext, type Context } from '../app/context';
import { createErrorFormatter } from './errors';
import { exampleTabs } from '../app/example-operations';
import { CompiledOperations, executingGateway, type ExecutorKind } from '../runtime/execution/jit-executor';
import { clientKey } from './http/client-identity';
import { graphqlHandler } from './http/graphql-handler';
import { databaseReadiness, healthRouter, type ReadinessCheck } from './http/health';
import { jsonErrorHandler, notFound } from './http/http-errors';
import { rateLimit } from './http/rate-limit';
import { operationNamePlugin, rebindRequestScope, requestLog } from './http/request-log';
import { ideRouter } from './ide/ide.router';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { defaultLogger, type Logger } from './logger';
import { httpStatusPlugin } from './plugins/http-status.plugin';
import { appSchema } from '../app/schema';
import { createServices, type Services } from '../app/services';

export interface ApiServerOptions {
  prisma: PrismaClient;
  /** The pg pool under `prisma` (Database.pool): hot read paths query it directly. */
  pool: Pool;
  port: number;
  host?: string;
  /** Hides internal error details (stack traces, SQL, field suggestions) from responses. */
  production?: boolean;
  /** Query, body and rate limits; unset ones take DEFAULT_LIMITS (src/server/config.ts). */
  limits?: Partial<Limits>;
  /** The database's connection string: lets /readyz check that every migration is applied. */
  connectionString?: string;
  /** Replaces the default /readyz check (database ping + migration status). */
  readiness?: ReadinessCheck;
  /** The statement timeout the pool was given, to name it in TIMEOUT errors. */
  statementTimeoutMs?: number;
  /** How long in-flight requests get to finish on stop() before their connections are closed (default 10 s). */
  shutdownGraceMs?: number;
  /** Express "trust proxy" (whose X-Forwarded-For gives the client IP); default false. */
  trustProxy?: boolean | number | string;
  /** What a client's rate limit is counted under; default: API key (Bearer) else IP. */
  identifyClient?: (req: Request) => string;
  logger?: Logger;
  /** 'jit' (default): queries seen twice run compiled by graphql-jit; 'graphql-js': all interpreted. */
  executor?: ExecutorKind;
  /** Prepare reads by keys once per connection (default true; off behind a pooler that cannot keep prepared statements). */
  prepareKeyedStatements?: boolean;
  /** With the 'jit' executor: the sighting of a query that compiles it (default 2; tests use 1). */
  compileOnSighting?: number;
}

export interface ApiServer {
  url: string;
  httpServer: Server;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * The GraphQL context of one request. Authentication hooks in here (createContext gets the
 * request; `bearerToken(req)` in ./http/client-identity reads the API key): a GraphQLError
 * thrown with `extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } }` answers 401.
 */
function contextOf(prisma: PrismaClient, services: Services, req: IncomingMessage): Promise<Context> | Context {
  return createContext(prisma, services, req);
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const production = Boolean(options.production);
  const logger = options.logger ?? defaultLogger();
  const app = express();
  const httpServer = createServer(app);
  // Slow clients cannot hold a connection forever sending headers or a body.
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 30_000;
  const services = createServices(options.prisma, options.pool, { prepareKeyedStatements: options.prepareKeyedStatements });
  const schema = await appSchema();
  const apollo = new ApolloServer<Context>({
    // Hot queries run compiled (src/runtime/execution/jit-executor); graphql-js runs the rest.
    ...((options.executor ?? 'jit') === 'jit'
      ? { gateway: executingGateway(schema, new CompiledOperations(schema, { compileOnSighting: options.compileOnSighting })) }
      : { schema }),
    introspection: true, // the IDE needs it; graphql-js bounds its nesting
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: createErrorFormatter({ production, logger, statementTimeoutMs: options.statementTimeoutMs }),
    parseOptions: { maxTokens: limits.maxTokens },
    // Counts selections with fragments expanded (Apollo's guard against fragment bombs in validation).
    maxRecursiveSelections: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: nothing a client sends is kept in server memory.
    persistedQueries: false,
    // main.ts handles SIGTERM/SIGINT (drain, then close the database).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(limits),
      httpStatusPlugin(),
      operationNamePlugin(),
    ],
  });
  await apollo.start();

  let draining = false;
  const readiness = options.readiness ?? databaseReadiness({ pool: options.pool, connectionString: options.connectionString });

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestLog(logger));
  app.use(healthRouter({ readiness, isDraining: () => draining }));
  app.use(ideRouter({ endpoint: GRAPHQL_PATH, title: 'Athletics graph', defaultTabs: exampleTabs() }));
  app.use(
    GRAPHQL_PATH,
    rateLimit({ max: limits.rateLimitMax, windowSeconds: limits.rateLimitWindowSeconds, identify: options.identifyClient ?? clientKey }),
    express.json({ limit: limits.maxBodyBytes }),
    rebindRequestScope(),
    graphqlHandler(apollo, (req) => contextOf(options.prisma, services, req)),
  );
  app.use(progressionChartRouter(services));
  app.use(notFound(GRAPHQL_PATH));
  app.use(jsonErrorHandler({ maxBodyBytes: limits.maxBodyBytes, logger }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : 'localhost';
  return {
    url: `http://${displayHost}:${port}${GRAPHQL_PATH}`,
    httpServer,
    // Apollo's drain plugin closes the listening socket at once (new connections are refused),
    // waits for in-flight requests, and closes what is left after the grace period.
    stop: () => {
      draining = true;
      return apollo.stop();
    },
  };
}
