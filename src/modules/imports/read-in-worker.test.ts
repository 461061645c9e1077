// The read pass shared with a worker thread (read-in-worker.ts) must be invisible: the same
// report, the same errors in the same order, and the same rows written as when one thread
// reads the file. Runs the compiled worker: `npm test` builds dist/ first (pretest).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '../../db/client';
import { projectRoot } from '../../db/project-root';
import { seedDatabase } from '../../db/seed/seed';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { COLUMNS } from './import-format';
import { importFile } from './import-file';
import type { ImportReport } from './importer';

const WORKER = join(projectRoot(), 'dist', 'src', 'modules', 'imports', 'read-worker.js');

let database: TestDatabase;
let db: Database;
let dir: string;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first`);
  database = await createTestDatabase();
  db = createDatabase({ connectionString: database.url, maxConnections: 2 });
  await seedDatabase(db.prisma);
  dir = mkdtempSync(join(tmpdir(), 'athletics-read-worker-test-'));
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

type Row = Partial<Record<(typeof COLUMNS)[number]['name'], string>>;
const NAMES = [
  'Kibiwott, Abraham',
  'Soufiané El Bakkali',
  'Getnet Wale',
  'Lamecha Girma',
  'Ryuji Miura',
  'Avinash Sable',
  'Hillary Bor',
  'Leonard Bett',
  'Daniel Arce',
  'Ahmed Jaziri',
  'Ala Zoghlami',
  'Osama Zoghlami',
];
const COUNTRIES = ['KEN', 'MAR', 'ETH', 'JPN', 'FRA', 'USA'];

/** A few thousand valid rows over many meets and races: quoted names, notes, DNFs, titles over two lines. */
function validRows(meets: number): Row[] {
  const rows: Row[] = [];
  for (let m = 0; m < meets; m++) {
    const start = `20${String(10 + (m % 15)).padStart(2, '0')}-0${1 + (m % 9)}-1${m % 9}`;
    for (const sex of ['MALE', 'FEMALE']) {
      for (const [round, heat] of [
        ['HEAT', '1'],
        ['HEAT', '2'],
        ['FINAL', '1'],
      ]) {
        for (let k = 0; k < NAMES.length; k++) {
          const dnf = (m + k) % 17 === 0;
          rows.push({
            meet_name: `Worker Meeting ${m}`,
            meet_start_date: start,
            meet_city: `City ${m % 7}`,
            meet_country: COUNTRIES[m % COUNTRIES.length],
            event: '3000SC',
            sex,
            round,
            heat,
            place: dnf ? undefined : String(k + 1),
            athlete: `${NAMES[k]}${sex === 'FEMALE' ? ' W' : ''}`,
            athlete_country: COUNTRIES[k % COUNTRIES.length],
            athlete_birth_date: k % 3 === 0 ? `199${k % 10}-0${1 + (k % 9)}-1${k % 9}` : undefined,
            mark: dnf ? undefined : `8:${String(10 + k).padStart(2, '0')}.${String((m * 7 + k) % 100).padStart(2, '0')}`,
            status: dnf ? 'DNF' : undefined,
            notes: !dnf && k % 4 === 0 ? 'SB' : !dnf && k % 9 === 0 ? 'PB SB' : undefined,
            source: `worker://meeting-${m}.pdf`,
            source_title: k === 0 && round === 'FINAL' ? `Results of meeting ${m},\nfinal "official"` : undefined,
          });
        }
      }
    }
  }
  return rows;
}

function csv(rows: Row[], corrupt: (line: string, i: number) => string = (l) => l): string {
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.map((c) => c.name).join(','), ...rows.map((r, i) => corrupt(COLUMNS.map((c) => cell(r[c.name])).join(','), i))].join(
    '\r\n',
  );
}

let fileNo = 0;
function write(text: string, ext = 'csv'): string {
  const file = join(dir, `rows-${++fileNo}.${ext}`);
  writeFileSync(file, text);
  return file;
}

const withoutTime = ({ durationMs: _d, ...report }: ImportReport) => report;

async function bothWays(file: string, dryRun = true): Promise<[ImportReport, ImportReport]> {
  const one = await importFile(database.url, file, { dryRun, readWorker: null });
  const two = await importFile(database.url, file, { dryRun, readWorker: WORKER });
  return [one, two];
}

describe('reading rows in a worker thread', () => {
  it('reports the same errors, in the same order, as one thread, over a file cut into many pieces', async () => {
    const rows = validRows(60);
    // Every kind of bad row, scattered: cell errors, quoting errors, field counts, contradictions, repeats.
    rows[97].mark = 'abc';
    rows[131].place = '0';
    rows[173].event = 'XYZ';
    rows[400].meet_city = 'Elsewhere';
    rows[640] = { ...rows[639] };
    rows[900].status = 'DNF';
    rows[1200].athlete_country = 'ZZZ';
    rows[1500].heat = 'x';
    rows[2000].notes = 'WOW';
    const text = csv(rows, (line, i) =>
      i === 250
        ? line.replace('Worker Meeting', 'Worker"Meeting')
        : i === 333
          ? `${line},extra`
          : i === 1800
            ? `${line.slice(0, 20)}"unclosed`
            : line,
    );
    expect(text.length).toBeGreaterThan(4 * 65_536); // several pieces, checked on both threads
    const [one, two] = await bothWays(write(text));
    expect(one.ok).toBe(false);
    expect(one.errorCount).toBeGreaterThanOrEqual(10);
    expect(withoutTime(two)).toEqual(withoutTime(one));
  });

  it('reads a file whose first line is broken the same way (the next record is then the header)', async () => {
    const text = `"meet_name,broken\r\n${csv(validRows(30))}`;
    const [one, two] = await bothWays(write(text));
    expect(one.errorCount).toBeGreaterThan(1);
    expect(withoutTime(two)).toEqual(withoutTime(one));
  });

  it('reads a JSON file the same way', async () => {
    const rows: Array<Record<string, unknown>> = validRows(8).map((r) => ({ ...r }));
    rows[5].mark = 8.1;
    rows[9].unknown = 'x';
    const [one, two] = await bothWays(write(JSON.stringify(rows, null, 1), 'json'));
    expect(one.errorCount).toBe(2);
    expect(withoutTime(two)).toEqual(withoutTime(one));
  });

  it('writes what one thread writes: a re-import by one thread finds every row already stored', async () => {
    const file = write(csv(validRows(40)));
    const written = await importFile(database.url, file, { readWorker: WORKER });
    expect(written.ok).toBe(true);
    expect(written.performances.created).toBe(40 * 2 * 3 * NAMES.length);
    expect(written.races.created).toBe(40 * 2 * 3);

    const again = await importFile(database.url, file, { readWorker: null });
    expect(again.ok).toBe(true);
    expect([again.meets.created, again.races.created, again.athletes.created, again.sources.created, again.performances.created]).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(again.performances.matched).toBe(written.performances.created);
  });

  it('sends height cards, series and components back beside their rows: the same report and the same stored trials', async () => {
    // Invented athletes and marks; a few rows with extras among many without.
    const rows = validRows(30);
    const extra = (over: Row): Row => ({
      meet_name: 'Worker Field Meeting',
      meet_start_date: '2024-07-01',
      sex: 'MALE',
      source: 'worker://field.pdf',
      ...over,
    });
    rows.splice(
      500,
      0,
      extra({ event: 'HJ', place: '1', athlete: 'Invented Worker Jumper', mark: '2.20', height_card: '2.10:o 2.20:xo 2.25:xxx' }),
      extra({ event: 'HJ', place: '2', athlete: 'Invented Worker Jumper Two', mark: '2.20', height_card: '2.10:o 2.20:o' }),
      extra({ event: 'SP', place: '1', athlete: 'Invented Worker Thrower', mark: '18.00', series: '17.50 x 18.00 -' }),
      extra({ event: 'DEC', place: '1', athlete: 'Invented Worker Decathlete', mark: '1', components: '100:10.50=975', status: 'DNF' }),
    );
    rows[503].mark = undefined;
    rows[503].place = undefined;
    const [one, two] = await bothWays(write(csv(rows)));
    expect(one.errors).toEqual([]);
    expect(one.warnings).toHaveLength(1);
    expect(withoutTime(two)).toEqual(withoutTime(one));
    const written = await importFile(database.url, write(csv(rows)), { readWorker: WORKER });
    expect(written.ok).toBe(true);
    const [n] = await db.prisma.$queryRawUnsafe<Array<{ h: number; f: number; c: number }>>(
      `SELECT (SELECT count(*)::int FROM height_attempts) AS h, (SELECT count(*)::int FROM field_attempts) AS f,
              (SELECT count(*)::int FROM combined_components) AS c`,
    );
    expect(n).toEqual({ h: 5, f: 4, c: 1 });
  });

  it("derives every imported race's effective date and season, though the import inserts races with triggers off", async () => {
    const [wrong] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM races r JOIN meets m ON m.id = r.meet_id
        WHERE m.name LIKE 'Worker Meeting %'
          AND (r.effective_date IS DISTINCT FROM coalesce(r.date, m.start_date)
               OR r.season IS DISTINCT FROM coalesce(extract(year FROM coalesce(r.date, m.start_date))::int, m.year))`,
    );
    const [all] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      "SELECT count(*)::int AS n FROM races r JOIN meets m ON m.id = r.meet_id WHERE m.name LIKE 'Worker Meeting %' AND r.season IS NOT NULL",
    );
    expect(all.n).toBe(40 * 2 * 3);
    expect(wrong.n).toBe(0);
  });
});
