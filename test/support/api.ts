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
  stop(): Promise<void>;
}

/** A real server on a fresh, migrated database of its own (seeded unless told not to). */
export async function startTestApi(options: { seed?: boolean; production?: boolean } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const db = createDatabase({ connectionString: database.url, maxConnections: 5 });
  if (options.seed !== false) await seedDatabase(db.prisma);
  let server: ApiServer;
  try {
    // Queries compile at first sight, so every test also checks graphql-jit's answers.
    server = await startApiServer({ prisma: db.prisma, pool: db.pool, port: 0, host: '127.0.0.1', production: options.production, compileOnSighting: 1 });
  } catch (error) {
    await db.close();
    await database.drop();
    throw error;
  }
  return {
    url: server.url,
    db,
    async query(query, variables) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<GraphQLResponse>;
    },
    async stop() {
      await server.stop();
      await db.close();
      await database.drop();
    },
  };
}
