import { Client } from 'pg';

/**
 * Runs `fn` on a single, short-lived `pg` connection (admin work: create or drop a database,
 * read migration status) and always closes it. A lost server must not crash the process,
 * so connection errors surface through `fn`'s queries only.
 */
export async function withPgClient<T>(connectionString: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
