import { isAbsolute, join } from 'node:path';
import { projectRoot } from '../db/project-root';

export interface ServerConfig {
  port: number;
  /** Interface to listen on; undefined listens on all (IPv4 and IPv6), so localhost works either way. */
  host: string | undefined;
  /** An external PostgreSQL; when absent the embedded PGlite is used. */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Seed an external database on start (the embedded one is seeded when empty). */
  seed: boolean;
  production: boolean;
}

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): ServerConfig {
  const dataDir = env.DATA_DIR || join('.data', 'pglite');
  return {
    port: port(env.PORT),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir),
    seed: argv.includes('--seed') || env.SEED === 'true' || env.SEED === '1',
    production: env.NODE_ENV === 'production',
  };
}
