// All or nothing, for real: `npm run import` (the script, as a child process) is killed
// with SIGKILL in the middle of a large import, and the database must hold exactly what it
// held before. The script is bundled from source with esbuild, so the test never runs a
// stale build.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { generateResultsFile } from '../../../scripts/bench-import';
import { createDatabase, type Database } from '../../db/client';
import { seedDatabase } from '../../db/seed/seed';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { importFile } from './import-file';

const ROOT = join(__dirname, '..', '..', '..');
const TABLES = [
  'sources',
  'meets',
  'meet_sources',
  'meet_aliases',
  'races',
  'athletes',
  'athlete_aliases',
  'athlete_external_ids',
  'performances',
  'performance_sources',
  'entries',
  'audit_log',
];

let database: TestDatabase;
let db: Database;
let dir: string;
let script: string;
let file: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ connectionString: database.url, maxConnections: 2 });
  await seedDatabase(db.prisma);
  dir = mkdtempSync(join(tmpdir(), 'athletics-kill-test-'));
  file = join(dir, 'results.csv');
  await generateResultsFile(file, 150_000, 2000);
  // Inside the project, so that the bundle's external packages resolve from node_modules.
  const out = join(ROOT, 'node_modules', '.cache', 'athletics-tests');
  mkdirSync(out, { recursive: true });
  script = join(out, `import-${process.pid}.js`);
  buildSync({
    entryPoints: [join(ROOT, 'scripts', 'import.ts')],
    bundle: true,
    platform: 'node',
    packages: 'external',
    outfile: script,
    logLevel: 'error',
  });
}, 120_000);

afterAll(async () => {
  await db?.close();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (script) rmSync(script, { force: true });
});

/** Every row of every table the import writes to, fingerprinted. */
async function contents(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
    );
    out[table] = `${rows[0].n} rows, ${rows[0].h}`;
  }
  return out;
}

/** Runs the import script and SIGKILLs it when its log shows `trigger`. */
function importKilledWhen(trigger: RegExp): Promise<{ signal: NodeJS.Signals | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const watch = (chunk: Buffer) => {
      log += chunk.toString();
      if (trigger.test(log) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, log }));
  });
}

async function importConnections(): Promise<number> {
  const { rows } = await db.pool.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'athletics-import' AND datname = current_database()",
  );
  return rows[0].n;
}

describe('an import killed in the middle', () => {
  it.each([
    ['after its first progress output, while rows are being checked and staged', /"msg":"progress"/],
    ['while it writes the performances (meets, races and athletes already inserted)', /"phase":"writing performances"/],
  ])(
    'leaves the database exactly as it was: killed %s',
    async (_when, trigger) => {
      const before = await contents();
      const { signal, log } = await importKilledWhen(trigger);
      // What the script said, when it ended some other way (e.g. it failed at start).
      if (signal !== 'SIGKILL') console.log(log);
      expect(signal).toBe('SIGKILL');
      expect(log).not.toMatch(/committing|Imported\./);
      expect(await contents()).toEqual(before);
      // PostgreSQL ends the dead client's session (rolling back its transaction) once it notices.
      for (let i = 0; i < 300 && (await importConnections()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await importConnections()).toBe(0);
    },
    180_000,
  );

  it('leaves no lock behind: the next import runs', async () => {
    const report = await importFile(database.url, join(ROOT, 'seeds', 'example-results.csv'));
    expect(report).toMatchObject({ ok: true, errorCount: 0, performances: { created: 0, matched: 17 } });
  });
});
