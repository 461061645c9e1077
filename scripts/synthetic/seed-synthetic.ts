// `npm run seed:synthetic -- --athletes N --performances M --seed S [--database-url URL] [--append|--force]`
// Loads a deterministic synthetic dataset (same arguments, same rows) into a migrated
// PostgreSQL database (created when it does not exist). Refuses a non-empty database
// unless told to --append to it or to --force (empty it first).
import { parseArgs } from 'node:util';
import { ensureDatabase } from '../../src/db/synthetic/database';
import { loadSyntheticDataset, NonEmptyDatabaseError } from '../../src/db/synthetic/loader';
import { createProgress } from '../../src/db/synthetic/progress';
import { redact } from '../../src/db/migrate';

const USAGE = `Usage: npm run seed:synthetic -- --athletes N --performances M --seed S [options]

  --athletes N          athletes to create (at least 20)
  --performances M      performances (results) to create, exactly
  --seed S              PRNG seed: the same arguments always give the same data
  --database-url URL    target database (default: $DATABASE_URL); created when missing
  --first-season YYYY   first season (default 1996)
  --last-season YYYY    last season (default 2025)
  --append              add to a database that already holds data
  --force               empty every table first
  --quiet               no progress output
`;

function wholeNumber(name: string, value: string | undefined, required = true): number | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      athletes: { type: 'string' },
      performances: { type: 'string' },
      seed: { type: 'string' },
      'database-url': { type: 'string' },
      'first-season': { type: 'string' },
      'last-season': { type: 'string' },
      append: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const connectionString = values['database-url'] ?? process.env.DATABASE_URL;
  if (!connectionString) throw new UsageError('give --database-url or set DATABASE_URL');
  if (values.seed === undefined || values.seed === '') throw new UsageError('--seed is required');
  if (values.append && values.force) throw new UsageError('--append and --force exclude each other');
  const athletes = wholeNumber('athletes', values.athletes)!;
  const performances = wholeNumber('performances', values.performances)!;
  const firstSeason = wholeNumber('first-season', values['first-season'], false);
  const lastSeason = wholeNumber('last-season', values['last-season'], false);

  const progress = createProgress(process.stderr, values.quiet);
  const created = await ensureDatabase(connectionString);
  progress.log(
    `${created ? 'Created' : 'Loading into'} ${redact(connectionString)}: ${athletes.toLocaleString('en-US')} athletes, ` +
      `${performances.toLocaleString('en-US')} performances, seed ${values.seed}`,
  );
  const summary = await loadSyntheticDataset({
    connectionString,
    athletes,
    performances,
    seed: values.seed,
    firstSeason,
    lastSeason,
    append: values.append,
    force: values.force,
    progress,
  });
  const rows = Object.entries(summary.rows)
    .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
    .join(', ');
  const s = summary.seconds;
  console.log(`Loaded ${rows}`);
  console.log(
    `Took ${s.total.toFixed(1)} s: migrate ${s.migrate.toFixed(1)} s, generate + COPY ${s.load.toFixed(1)} s, ` +
      `indexes ${s.indexes.toFixed(1)} s, VACUUM ANALYZE ${s.analyze.toFixed(1)} s`,
  );
}

main().catch((error) => {
  if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof NonEmptyDatabaseError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
