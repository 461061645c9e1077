// A real server configured as a test needs it (limits, production mode, statement timeout,
// a database reached through a proxy...), on a fresh seeded database of its own, with raw
// HTTP helpers for requests that are not well-formed GraphQL.
import { createDatabase, type Database } from '../../src/db/client';
import { seedDatabase } from '../../src/db/seed/seed';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../../src/server/api-server';
import { createLogger, type Logger } from '../../src/server/logger';
import { createTestDatabase, type TestDatabase } from './database';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: any;
}

export interface ServerUnderTest {
  url: string;
  origin: string;
  db: Database;
  database: TestDatabase;
  server: ApiServer;
  /** Sends anything; never throws on a status. */
  request(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<RawResponse>;
  /** POSTs a GraphQL operation as JSON. */
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<RawResponse>;
  stop(): Promise<void>;
}

export interface ServerUnderTestOptions extends Partial<Omit<ApiServerOptions, 'prisma' | 'pool' | 'port'>> {
  seed?: boolean;
  /** Connection string for the server's pool (e.g. through a proxy); default: the test database itself. */
  serverConnectionString?: (database: TestDatabase) => Promise<string> | string;
  poolMax?: number;
  connectionTimeoutMs?: number;
}

/** Errors only: the tests provoke warnings (outages, timeouts) on purpose. */
export const quietLogger: Logger = createLogger('error');

export async function startServerUnderTest(options: ServerUnderTestOptions = {}): Promise<ServerUnderTest> {
  const database = await createTestDatabase();
  if (options.seed !== false) {
    const seeding = createDatabase({ connectionString: database.url, maxConnections: 2 });
    try {
      await seedDatabase(seeding.prisma);
    } finally {
      await seeding.close();
    }
  }
  const connectionString = options.serverConnectionString ? await options.serverConnectionString(database) : database.url;
  const db = createDatabase({
    connectionString,
    maxConnections: options.poolMax ?? 5,
    statementTimeoutMs: options.statementTimeoutMs,
    connectionTimeoutMs: options.connectionTimeoutMs,
  });
  let server: ApiServer;
  try {
    server = await startApiServer({
      host: '127.0.0.1',
      connectionString,
      logger: quietLogger,
      compileOnSighting: 1, // every query compiled at first sight: the tests check graphql-jit's answers
      ...options,
      prisma: db.prisma,
      pool: db.pool,
      port: 0,
    });
  } catch (error) {
    await db.close();
    await database.drop();
    throw error;
  }
  const origin = new URL(server.url).origin;
  const request: ServerUnderTest['request'] = async ({ method = 'POST', path = '/graphql', headers = {}, body }) => {
    const response = await fetch(`${origin}${path}`, { method, headers, body: body as BodyInit | undefined });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    url: server.url,
    origin,
    db,
    database,
    server,
    request,
    query: (query, variables, headers = {}) =>
      request({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) }),
    async stop() {
      await server.stop();
      await db.close();
      await database.drop();
    },
  };
}
