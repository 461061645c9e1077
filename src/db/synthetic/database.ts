// Creating and dropping whole databases on the server of a connection string (the loader
// and the benchmark make their own databases).
import { withPgClient } from '../pg-client';

/** The same server, database `postgres`: where CREATE/DROP DATABASE are issued from. */
export function maintenanceUrl(connectionString: string): string {
  const url = new URL(connectionString);
  url.pathname = '/postgres';
  return url.toString();
}

export function databaseName(connectionString: string): string {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''));
  if (!name) throw new Error('The connection string names no database');
  return name;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Creates the database when it does not exist; true when it was created. */
export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const name = databaseName(connectionString);
  return withPgClient(maintenanceUrl(connectionString), async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  });
}

export async function dropDatabase(connectionString: string): Promise<void> {
  const name = databaseName(connectionString);
  await withPgClient(maintenanceUrl(connectionString), (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
