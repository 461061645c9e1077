// npm run bench:import -- [--rows 1000000] [--athletes 2000] [--keep]
//
// Generates a valid results file (deterministic: the same arguments give the same file)
// in a temporary folder, imports it into a fresh PostgreSQL database created for the run
// (migrated and seeded, then dropped) with the import script in a process of its own (as
// `npm run import` runs it), and prints rows/s, wall time and the import's peak memory.
// The server is TEST_DATABASE_ADMIN_URL or DATABASE_URL (any database on it that may
// CREATE DATABASE), by default postgres://postgres@127.0.0.1:5432/postgres.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDatabase } from '../src/db/seed/seed';
import { formatMark } from '../src/domain';
import { COLUMNS, type ColumnName } from '../src/modules/imports/import-format';
import { fileSize } from '../src/modules/imports/import-file';
import { withPgClient } from '../src/db/pg-client';

const GIVEN = [
  'Aben',
  'Baro',
  'Cheru',
  'Dalo',
  'Emet',
  'Faro',
  'Gebi',
  'Hani',
  'Ileo',
  'Jato',
  'Kemo',
  'Lani',
  'Moro',
  'Nabi',
  'Oket',
  'Pira',
  'Quro',
  'Rono',
  'Sabo',
  'Tura',
];
const FAMILY = [
  'Abeta',
  'Bolen',
  'Cirwo',
  'Dumak',
  'Ekaro',
  'Fesin',
  'Gatur',
  'Hobel',
  'Imuta',
  'Jorek',
  'Kalim',
  'Lotem',
  'Masur',
  'Nerok',
  'Osman',
  'Pelut',
  'Ramek',
  'Sitan',
  'Tobar',
  'Umeka',
];
// Codes the seed data defines (the import accepts known countries only).
const COUNTRIES = ['BEL', 'ETH', 'FRA', 'GHA', 'HUN', 'JPN', 'KEN', 'MAR', 'USA'];
const FIELD = 12; // athletes a race
const RACES_PER_SEX = 4; // heats 1-3 and the final

function args(argv: string[]): { rows: number; athletes: number; keep: boolean } {
  const out = { rows: 1_000_000, athletes: 2000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') out.rows = Number(argv[++i]);
    else if (argv[i] === '--athletes') out.athletes = Number(argv[++i]);
    else if (argv[i] === '--keep') out.keep = true;
  }
  if (!Number.isInteger(out.rows) || out.rows < 1) throw new Error('--rows must be a positive whole number');
  if (!Number.isInteger(out.athletes) || out.athletes < 2 * FIELD) throw new Error(`--athletes must be at least ${2 * FIELD}`);
  return out;
}

/** A small deterministic generator (LCG): the same seed, the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const csvCell = (v: string | number | null) =>
  v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

function athleteName(i: number): string {
  const given = GIVEN[i % GIVEN.length];
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
  const generation = Math.floor(i / (GIVEN.length * FAMILY.length));
  return generation === 0 ? `${given} ${family}` : `${given} ${family} ${['Jr', 'II', 'III', 'IV', 'V'][generation - 1] ?? generation}`;
}

export async function generateResultsFile(file: string, rows: number, athletes: number): Promise<void> {
  const out = createWriteStream(file);
  const rnd = random(20240913);
  const perSex = Math.floor(athletes / 2);
  const birth = (i: number) =>
    i % 3 === 0 ? new Date(Date.UTC(1985, 0, 1) + ((i * 37) % 5000) * 86_400_000).toISOString().slice(0, 10) : null;
  let buffer = `${COLUMNS.map((c) => c.name).join(',')}\n`;
  let written = 0;
  let raceNo = 0;
  for (let meet = 0; written < rows; meet++) {
    const year = 2000 + (meet % 25);
    const start = new Date(Date.UTC(year, 4, 1) + ((meet * 7) % 120) * 86_400_000);
    const day = (d: number) => new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const country = COUNTRIES[meet % COUNTRIES.length];
    const source = `bench://results/meeting-${meet}.pdf`;
    for (const [s, sex] of (['MALE', 'FEMALE'] as const).entries()) {
      for (let r = 0; r < RACES_PER_SEX && written < rows; r++, raceNo++) {
        const final = r === RACES_PER_SEX - 1;
        const first = (raceNo * 7919) % perSex;
        const field = Array.from({ length: FIELD }, (_, k) => s * perSex + ((first + k * 37) % perSex));
        const marks = field.map(() => 480_000 + Math.floor(rnd() * 6000) * 10);
        const order = field.map((_, k) => k).sort((a, b) => marks[a] - marks[b]);
        for (let place = 1; place <= FIELD && written < rows; place++, written++) {
          const k = order[place - 1];
          const a = field[k];
          const dnf = (written + 1) % 50 === 0;
          const notes = written % 25 === 0 ? 'PB SB' : written % 10 === 0 ? 'SB' : '';
          const row: Partial<Record<ColumnName, string | number | null>> = {
            meet_name: `Bench Meeting ${meet}`,
            meet_year: year,
            meet_start_date: day(0),
            meet_end_date: day(1),
            meet_city: `Bench City ${meet % 50}`,
            meet_country: country,
            indoor: 'false',
            event: '3000SC',
            sex,
            round: final ? 'FINAL' : 'HEAT',
            heat: final ? 1 : r + 1,
            race_date: day(final ? 1 : 0),
            place: dnf ? null : place,
            athlete: athleteName(a),
            athlete_country: COUNTRIES[a % COUNTRIES.length],
            athlete_birth_date: birth(a),
            mark: dnf ? null : formatMark(marks[k], 'TIME', 'HUNDREDTHS'),
            status: dnf ? 'DNF' : 'FINISHED',
            notes: dnf ? '' : notes,
            photo_finish: 'false',
            source,
          };
          // By name, so that a new column of the format is simply left empty.
          buffer += `${COLUMNS.map((c) => csvCell(row[c.name] ?? null)).join(',')}\n`;
          if (buffer.length > 1 << 16) {
            if (!out.write(buffer)) await once(out, 'drain');
            buffer = '';
          }
        }
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const { rows, athletes, keep } = args(process.argv.slice(2).filter((a) => a !== '--'));
  const admin = process.env.TEST_DATABASE_ADMIN_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dir = mkdtempSync(join(tmpdir(), 'athletics-bench-'));
  const file = join(dir, 'results.csv');
  const name = `athletics_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    let t = Date.now();
    await generateResultsFile(file, rows, athletes);
    const size = await fileSize(file);
    console.log(
      `Generated ${rows.toLocaleString('en-US')} rows (${athletes} athletes, ${(size / 1e6).toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s: ${file}`,
    );

    await withPgClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
    await migrateDatabase(url.toString());
    const db = createDatabase({ connectionString: url.toString(), maxConnections: 1 });
    try {
      await seedDatabase(db.prisma); // events and countries the rows refer to
    } finally {
      await db.close();
    }

    // Runs start from the same point: the generated file's 186 MB and PostgreSQL's dirty pages
    // and WAL (the new database, earlier runs) are flushed now, not by the kernel's writeback
    // or a checkpoint in the middle of the import (the writeback cost a measured run 2 s; a
    // checkpoint inside it is the likely cause of a 13 s performances INSERT against 9 s).
    const fd = openSync(file, 'r');
    fsyncSync(fd);
    closeSync(fd);
    await withPgClient(url.toString(), (c) => c.query('CHECKPOINT'));

    // The import runs as `npm run import` does, in a process of its own: its wall time and
    // peak memory are the import's alone.
    const script = join(__dirname, 'import.js');
    t = Date.now();
    const child = spawn(process.execPath, [script, file], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    const wall = (Date.now() - t) / 1000;
    const peak = /Peak memory \(RSS\): (\d+) MB/.exec(output)?.[1] ?? '?';
    console.log(
      `\nbench: ${rows.toLocaleString('en-US')} rows in ${wall.toFixed(1)} s wall (the import process, start to exit) = ${Math.round(rows / wall).toLocaleString('en-US')} rows/s; peak RSS of the import process ${peak} MB`,
    );
    if (code !== 0) process.exitCode = 1;
  } finally {
    await withPgClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
    if (keep) console.log(`Kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
