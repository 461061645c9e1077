import { createDatabase, type Database } from '../../src/db/client';
import { seedDatabase } from '../../src/db/seed/seed';
import { startApiServer, type ApiServer } from '../../src/server/api-server';
import { createTestDatabase } from './database';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
}

export interface TestApi {
  url: string;
  db: Database;
  /** POSTs an operation and returns the parsed body (whatever the HTTP status). */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same with `Authorization: Bearer <bearer>` (none for null), and the HTTP status beside the body. */
  queryAs(
    bearer: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data?: any; errors?: any[] }>;
  stop(): Promise<void>;
}

async function post(url: string, bearer: string | null, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

/** A real server on a fresh, migrated database of its own (seeded unless told not to). */
export async function startTestApi(options: { seed?: boolean; production?: boolean } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const db = createDatabase({ connectionString: database.url, maxConnections: 5 });
  if (options.seed !== false) await seedDatabase(db.prisma);
  let server: ApiServer;
  try {
    // Queries compile at first sight, so every test also checks graphql-jit's answers.
    server = await startApiServer({
      prisma: db.prisma,
      pool: db.pool,
      port: 0,
      host: '127.0.0.1',
      production: options.production,
      compileOnSighting: 1,
    });
  } catch (error) {
    await db.close();
    await database.drop();
    throw error;
  }
  return {
    url: server.url,
    db,
    async query(query, variables) {
      const { status: _status, ...body } = await post(server.url, null, query, variables);
      return body;
    },
    queryAs: (bearer, query, variables) => post(server.url, bearer, query, variables),
    async stop() {
      await server.stop();
      await db.close();
      await database.drop();
    },
  };
}
