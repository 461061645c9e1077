// The importer through the command-line path (a pg connection, COPY): identity rules for
// athletes and meets, contradictions with stored data, and reading CSV.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '../../db/client';
import { seedDatabase } from '../../db/seed/seed';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { Fixtures } from '../../../test/support/fixtures';
import { COLUMNS } from './import-format';
import { importFile } from './import-file';
import type { ImportReport } from './importer';

let database: TestDatabase;
let db: Database;
let dir: string;
let fixtures: Fixtures;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ connectionString: database.url, maxConnections: 2 });
  await seedDatabase(db.prisma);
  fixtures = new Fixtures(db.prisma);
  dir = mkdtempSync(join(tmpdir(), 'athletics-import-test-'));
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

type Row = Partial<Record<(typeof COLUMNS)[number]['name'], string>>;
let fileNo = 0;

/** Writes rows as CSV (every column, in the documented order) and imports the file. */
async function importRows(rows: Row[], options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = [COLUMNS.map((c) => c.name).join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c.name])).join(','))].join('\n');
  return importText(csv, options);
}

async function importText(text: string, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const file = join(dir, `rows-${++fileNo}.csv`);
  writeFileSync(file, text);
  return importFile(database.url, file, options);
}

const meet = (over: Row = {}): Row => ({
  meet_name: 'Identity Meeting 2025',
  meet_start_date: '2025-06-01',
  meet_end_date: '2025-06-02',
  event: '3000SC',
  sex: 'MALE',
  source: 'identity-test',
  ...over,
});

const messages = (report: ImportReport) => report.errors.map((e) => `${e.line} ${e.column}: ${e.message}`);

describe('athlete identity', () => {
  it('matches a known alias with the same country, and completes the country of the only namesake stored without one', async () => {
    const report = await importRows([
      meet({ place: '1', athlete: 'Bakkali', athlete_country: 'MAR', mark: '8:10.00' }),
      meet({ place: '2', athlete: 'Amos Serem', athlete_country: 'KEN', mark: '8:11.00' }),
    ]);
    expect(messages(report)).toEqual([]);
    expect(report.athletes).toEqual({ created: 0, matched: 2, updated: 1 });
    const bakkali = await db.prisma.athlete.findUniqueOrThrow({
      where: { slug: 'soufiane-el-bakkali' },
      include: { performances: { include: { race: { include: { meet: true } } } } },
    });
    expect(bakkali.performances.map((p) => p.race.meet.name)).toContain('Identity Meeting 2025');
    // The stored Amos Serem has no known country and is the only one: the file completes it.
    expect(await db.prisma.athlete.findUniqueOrThrow({ where: { slug: 'amos-serem' } })).toMatchObject({ countryCode: 'KEN' });
    expect(await db.prisma.athlete.count({ where: { displayName: 'Amos Serem' } })).toBe(1);
    expect(report.decisions.map((d) => [d.rule, d.name, d.matched])).toEqual([
      ['ALIAS', 'Bakkali', 'soufiane-el-bakkali'],
      ['UNKNOWN_COUNTRY', 'Amos Serem', 'amos-serem'],
    ]);
  });

  it("completes a stored athlete's unknown date of birth", async () => {
    const report = await importRows([
      meet({
        meet_name: 'Identity Meeting 2025 B',
        place: '1',
        athlete: 'Lamecha Girma',
        athlete_country: 'ETH',
        athlete_birth_date: '2000-11-26',
        mark: '8:05.00',
      }),
    ]);
    expect(messages(report)).toEqual([]);
    expect(report.athletes).toEqual({ created: 0, matched: 1, updated: 1 });
    const girma = await db.prisma.athlete.findUniqueOrThrow({ where: { slug: 'lamecha-girma' } });
    expect(girma.birthDate?.toISOString().slice(0, 10)).toBe('2000-11-26');
  });

  it('tells namesakes apart by date of birth, and reports a row that cannot say which one it means', async () => {
    const report = await importRows([
      meet({
        meet_name: 'Namesake Meeting 2025',
        place: '1',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        athlete_birth_date: '1999-01-01',
        mark: '8:20.00',
      }),
      meet({
        meet_name: 'Namesake Meeting 2025',
        place: '2',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        athlete_birth_date: '2001-05-05',
        mark: '8:21.00',
      }),
      meet({
        meet_name: 'Namesake Meeting 2025',
        heat: '1',
        round: 'HEAT',
        place: '3',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        mark: '8:30.00',
      }),
    ]);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^4 athlete_birth_date: the file names 2 different athletes called "Alex Namesake" \(KEN\)/),
    ]);
    expect(await db.prisma.athlete.count({ where: { displayName: 'Alex Namesake' } })).toBe(0);

    const good = await importRows([
      meet({
        meet_name: 'Namesake Meeting 2025',
        place: '1',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        athlete_birth_date: '1999-01-01',
        mark: '8:20.00',
      }),
      meet({
        meet_name: 'Namesake Meeting 2025',
        place: '2',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        athlete_birth_date: '2001-05-05',
        mark: '8:21.00',
      }),
    ]);
    expect(good.athletes.created).toBe(2);
    const slugs = (await db.prisma.athlete.findMany({ where: { displayName: 'Alex Namesake' }, orderBy: { id: 'asc' } })).map(
      (a) => a.slug,
    );
    expect(slugs).toEqual(['alex-namesake', 'alex-namesake-2']);

    // Now two are stored: a row without a date of birth is ambiguous, one with a date picks its person.
    const ambiguous = await importRows([
      meet({ meet_name: 'Namesake Meeting 2025 B', place: '1', athlete: 'alex NAMESAKE', athlete_country: 'KEN', mark: '8:40.00' }),
    ]);
    expect(messages(ambiguous)).toEqual([
      expect.stringMatching(/^2 athlete: "alex NAMESAKE" \(KEN\) matches 2 stored athletes \(alex-namesake, alex-namesake-2\): ambiguous/),
    ]);
    const dated = await importRows([
      meet({
        meet_name: 'Namesake Meeting 2025 B',
        place: '1',
        athlete: 'Alex Namesake',
        athlete_country: 'KEN',
        athlete_birth_date: '2001-05-05',
        mark: '8:40.00',
      }),
    ]);
    expect(dated.athletes).toEqual({ created: 0, matched: 1, updated: 0 });
  });
});

describe('the country competed for', () => {
  it("stores each row's athlete_country as the performance's country; the athlete keeps their own", async () => {
    // Invented athletes and marks.
    const report = await importRows([
      meet({ meet_name: 'Country Meeting 2025', place: '1', athlete: 'Invented Runner One', athlete_country: 'KEN', mark: '8:20.00' }),
      meet({ meet_name: 'Country Meeting 2025', place: '2', athlete: 'Invented Runner Two', mark: '8:21.00' }),
      meet({ meet_name: 'Country Meeting 2025', place: '3', athlete: 'Bakkali', athlete_country: 'MAR', mark: '8:22.00' }),
    ]);
    expect(messages(report)).toEqual([]);
    const rows = await db.prisma.performance.findMany({
      where: { race: { meet: { name: 'Country Meeting 2025' } } },
      include: { athlete: true },
      orderBy: { place: 'asc' },
    });
    expect(rows.map((p) => [p.athlete.displayName, p.countryCode, p.athlete.countryCode])).toEqual([
      ['Invented Runner One', 'KEN', 'KEN'],
      ['Invented Runner Two', null, null],
      ['Soufiane El Bakkali', 'MAR', 'MAR'],
    ]);
  });
});

describe('height cards and series', () => {
  // Invented athletes, heights and marks.
  const hj = (over: Row): Row => meet({ meet_name: 'Trials Meeting 2025', event: 'HJ', source: 'trials-test', ...over });
  const lj = (over: Row): Row => meet({ meet_name: 'Trials Meeting 2025', event: 'LJ', source: 'trials-test', ...over });
  const rows = [
    hj({ place: '1', athlete: 'Invented Jumper One', mark: '2.24', height_card: '2.15:o 2.20:O 2.24:xo 2.27:xxx' }),
    hj({ place: '2', athlete: 'Invented Jumper Two', mark: '2.24', height_card: '2.15:o 2.20:o 2.24:o 2.27:xxx' }),
    lj({ place: '1', athlete: 'Invented Leaper One', mark: '8.10', wind: '+0.3', series: '8.10@+0.3 x 7.90@-0.2 -' }),
  ];

  it('stores the trials, warns of places that contradict countback, and changes nothing on re-import', async () => {
    const report = await importRows(rows);
    expect(messages(report)).toEqual([]);
    expect(report.warnings).toEqual([
      { line: 3, index: null, column: 'height_card', message: expect.stringContaining('countback (rule 26.8) against line 2') },
    ]);
    const one = await db.prisma.performance.findFirstOrThrow({ where: { athlete: { displayName: 'Invented Jumper One' } } });
    expect(one.markText).toBe('2.24');
    const heights = await db.prisma.$queryRaw<Array<{ height_text: string; trials: string }>>`
      SELECT height_text, trials FROM height_attempts WHERE performance_id = ${one.id} ORDER BY height_value`;
    expect(heights.map((h) => `${h.height_text}:${h.trials}`).join(' ')).toBe('2.15:o 2.20:o 2.24:xo 2.27:xxx');
    const leaper = await db.prisma.performance.findFirstOrThrow({ where: { athlete: { displayName: 'Invented Leaper One' } } });
    const series = await db.prisma.$queryRaw<Array<{ outcome: string; mark_text: string | null }>>`
      SELECT outcome::text, mark_text FROM field_attempts WHERE performance_id = ${leaper.id} ORDER BY number`;
    expect(series.map((t) => t.mark_text ?? t.outcome)).toEqual(['8.10', 'FOUL', '7.90', 'PASS']);

    const again = await importRows(rows);
    expect(messages(again)).toEqual([]);
    expect(again.performances).toEqual({ created: 0, matched: 3, updated: 0 });
    expect(await db.prisma.$queryRaw`SELECT count(*)::int AS n FROM height_attempts WHERE performance_id = ${one.id}`).toEqual([{ n: 4 }]);

    const other = await importRows([{ ...rows[0], height_card: '2.20:o 2.24:xo 2.27:xxx' }]);
    expect(messages(other)).toEqual([expect.stringMatching(/^2 height_card: this result is stored with another height card/)]);
  });

  it('reports a card or series that disagrees with the mark, a bad cell, or the wrong event, naming line and column', async () => {
    const report = await importRows([
      hj({
        meet_name: 'Trials Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '1',
        athlete: 'Invented Jumper One',
        mark: '2.27',
        height_card: '2.20:o 2.24:xo 2.27:xxx',
      }),
      hj({
        meet_name: 'Trials Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '2',
        athlete: 'Invented Jumper Two',
        mark: '2.20',
        height_card: '2.24:o 2.20:o',
      }),
      lj({
        meet_name: 'Trials Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '1',
        athlete: 'Invented Leaper One',
        mark: '8.00',
        series: '7.95 x',
      }),
      lj({
        meet_name: 'Trials Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '2',
        athlete: 'Invented Leaper Two',
        mark: '7.00',
        height_card: '7.00:o',
      }),
    ]);
    expect(report.ok).toBe(false);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^2 height_card: the highest height cleared is 2.24, but the mark is 2.27/),
      expect.stringMatching(/^3 height_card: 2.20 comes after 2.24/),
      expect.stringMatching(/^4 series: the best measured trial is 7.95, but the mark is 8.00/),
      expect.stringMatching(/^5 height_card: LJ is not a vertical jump/),
    ]);
  });
});

describe('combined events', () => {
  // Invented athletes and marks; the points are the scoring tables' for these marks (combined-events.ts).
  const COMPONENTS =
    '100:10.50@+0.2=975;LJ:7.40@+0.4=908;SP:14.00=728;HJ:2.00=803;400:48.00=909;110H:14.50@-0.1=911;DT:42.00=705;PV:4.80=849;JT:60.00=738;1500:4:40.00=680';
  const dec = (over: Row): Row => meet({ meet_name: 'Combined Meeting 2025', event: 'DEC', source: 'combined-test', ...over });

  it('stores the components with computed and published points, and warns of points that disagree', async () => {
    const rows = [dec({ place: '1', athlete: 'Invented Decathlete One', mark: '8200', components: COMPONENTS })];
    const report = await importRows(rows);
    expect(messages(report)).toEqual([]);
    expect(report.warnings.map((w) => `${w.line} ${w.column}: ${w.message}`)).toEqual([
      '2 components: LJ: published 908 points, the scoring tables give 910 for 7.40',
      '2 mark: the total is published as 8200 points; the components score 8208',
    ]);
    const p = await db.prisma.performance.findFirstOrThrow({ where: { athlete: { displayName: 'Invented Decathlete One' } } });
    expect(p.markText).toBe('8200');
    const stored = await db.prisma.$queryRaw<Array<{ discipline: string; points: number; published_points: number | null }>>`
      SELECT discipline, points, published_points FROM combined_components WHERE performance_id = ${p.id} ORDER BY position`;
    expect(stored.slice(0, 2)).toEqual([
      { discipline: '100', points: 975, published_points: 975 },
      { discipline: 'LJ', points: 910, published_points: 908 },
    ]);
    expect(stored).toHaveLength(10);
    const again = await importRows(rows);
    expect(messages(again)).toEqual([]);
    expect(again.performances).toEqual({ created: 0, matched: 1, updated: 0 });
    const other = await importRows([{ ...rows[0], components: COMPONENTS.replace('SP:14.00=728', 'SP:14.01') }]);
    expect(messages(other)).toEqual([expect.stringMatching(/^2 components: this result is stored with other components/)]);
  });

  it('reports components out of order, incomplete for a finisher, or on another event', async () => {
    const report = await importRows([
      dec({
        meet_name: 'Combined Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '1',
        athlete: 'Invented Decathlete One',
        mark: '8208',
        components: COMPONENTS.replace('100:10.50@+0.2=975;LJ', 'LJ'),
      }),
      dec({
        meet_name: 'Combined Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '2',
        athlete: 'Invented Decathlete Two',
        mark: '975',
        components: '100:10.50=975',
      }),
      dec({
        meet_name: 'Combined Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        status: 'DNF',
        athlete: 'Invented Decathlete Three',
        components: '100:10.50;LJ:NM=0;SP:DNS',
      }),
      meet({
        meet_name: 'Combined Meeting 2026',
        meet_start_date: '2026-06-01',
        meet_end_date: '2026-06-01',
        place: '1',
        athlete: 'Invented Runner One',
        mark: '8:30.00',
        components: '100:10.50',
      }),
    ]);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^2 components: discipline 1 is 100, not LJ/),
      expect.stringMatching(/^3 components: a finisher's components give all 10 disciplines/),
      expect.stringMatching(/^5 components: 3000SC is not a combined event/),
    ]);
  });
});

describe('meets and races', () => {
  it('finds a stored meet without dates by name and year, and completes it', async () => {
    const report = await importRows([
      {
        ...meet(),
        meet_name: 'Nairobi 2021',
        meet_start_date: '2021-08-17',
        meet_end_date: '2021-08-22',
        meet_country: 'KEN',
        championship: 'world-u20-championships',
        race_date: '2021-08-20',
        place: '1',
        athlete: 'Amos Serem',
        mark: '8:30.72',
      },
    ]);
    expect(messages(report)).toEqual([]);
    expect(report.meets).toEqual({ created: 0, matched: 1, updated: 1 });
    expect(report.races).toEqual({ created: 0, matched: 1, updated: 1 });
    expect(report.performances).toEqual({ created: 0, matched: 1, updated: 0 });
    const nairobi = await db.prisma.meet.findUniqueOrThrow({ where: { slug: 'nairobi-2021' }, include: { races: true } });
    expect(nairobi.startDate?.toISOString().slice(0, 10)).toBe('2021-08-17');
    expect(nairobi.races[0].date?.toISOString().slice(0, 10)).toBe('2021-08-20');
  });

  it('reports values that contradict the stored meet or an earlier row', async () => {
    const report = await importRows([
      {
        ...meet(),
        meet_name: 'Paris 2024',
        meet_year: '2024',
        meet_start_date: undefined,
        meet_end_date: undefined,
        meet_city: 'Lyon',
        place: '1',
        athlete: 'Soufiane El Bakkali',
        athlete_country: 'MAR',
        mark: '8:06.05',
      },
      meet({
        meet_name: 'Contradiction Meeting 2025',
        meet_city: 'Oslo',
        place: '1',
        athlete: 'Kenneth Rooks',
        athlete_country: 'USA',
        mark: '8:10.00',
      }),
      meet({
        meet_name: 'Contradiction Meeting 2025',
        meet_city: 'Bergen',
        place: '2',
        athlete: 'Samuel Firewu',
        athlete_country: 'ETH',
        mark: '8:11.00',
      }),
    ]);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^2 meet_city: Paris 2024 \(2024\) is stored with city "Paris", the file gives "Lyon"/),
      expect.stringMatching(/^4 meet_city: "Bergen" contradicts line 3, which gives "Oslo"/),
    ]);
  });

  it('refuses results for a cancelled race, and two stored meets it cannot tell apart', async () => {
    const cancelledMeet = await fixtures.meet('Cancelled Meeting 2025', { date: '2025-07-01' });
    const event = await db.prisma.event.findFirstOrThrow({ where: { code: '3000SC', sex: 'MALE' } });
    await fixtures.race(cancelledMeet.id, event.id, { status: 'CANCELLED' });
    await fixtures.meet('Twin Meeting', { year: 2025 });
    await fixtures.meet('Twin Meeting', { year: 2025 });
    const report = await importRows([
      meet({
        meet_name: 'Cancelled Meeting 2025',
        meet_start_date: '2025-07-01',
        meet_end_date: undefined,
        place: '1',
        athlete: 'Kenneth Rooks',
        athlete_country: 'USA',
        mark: '8:10.00',
      }),
      meet({
        meet_name: 'Twin Meeting',
        meet_year: '2025',
        meet_start_date: undefined,
        meet_end_date: undefined,
        place: '1',
        athlete: 'Kenneth Rooks',
        athlete_country: 'USA',
        mark: '8:10.00',
      }),
    ]);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^2 null: the 3000SC final 1 of Cancelled Meeting 2025 is stored as CANCELLED/),
      expect.stringMatching(/^3 meet_name: "Twin Meeting" \(2025\) matches 2 stored meets/),
    ]);
  });

  it('reports the same athlete twice in a race: in a run of rows, in scattered rows, and under an alias', async () => {
    const row = (over: Row) => meet({ meet_name: 'Twice Meeting 2025', mark: '8:10.00', ...over });
    const report = await importRows([
      row({ place: '1', athlete: 'Kenneth Rooks', athlete_country: 'USA' }),
      row({ place: '2', athlete: 'Kenneth Rooks', athlete_country: 'USA' }), // line 3: same run
      row({ round: 'HEAT', heat: '1', place: '1', athlete: 'Samuel Firewu', athlete_country: 'ETH' }),
      row({ place: '3', athlete: 'Samuel Firewu', athlete_country: 'ETH' }),
      row({ round: 'HEAT', heat: '1', place: '2', athlete: 'Samuel Firewu', athlete_country: 'ETH' }), // line 6: the heat again, later
      row({ place: '4', athlete: 'Soufiane El Bakkali', athlete_country: 'MAR' }),
      row({ place: '5', athlete: 'El Bakkali', athlete_country: 'MAR' }), // line 8: an alias of line 7
    ]);
    expect(messages(report)).toEqual([
      '3 athlete: the same athlete in the same race as line 2',
      '6 athlete: the same athlete in the same race as line 4',
      '8 athlete: the same athlete in the same race as line 7',
    ]);
  });

  it('refuses a date of birth that is not before the race', async () => {
    const report = await importRows([
      meet({
        meet_name: 'Young Meeting 2025',
        race_date: '2025-06-01',
        place: '1',
        athlete: 'Newborn Runner',
        athlete_country: 'KEN',
        athlete_birth_date: '2025-06-01',
        mark: '8:10.00',
      }),
    ]);
    expect(messages(report)).toEqual(['2 athlete_birth_date: born 2025-06-01, not before the race (2025-06-01)']);
  });
});

describe('reading files', () => {
  it('reads the JSON example file from the command line as the CSV one: all matched', async () => {
    const report = await importFile(database.url, join(__dirname, '..', '..', '..', 'seeds', 'example-results.json'));
    expect(report).toMatchObject({ format: 'JSON', ok: true, rowsRead: 17, errorCount: 0, performances: { created: 0, matched: 17 } });
  });

  it('reports header problems on line 1 and keeps line numbers right across quoted line breaks', async () => {
    const text = [
      'meet_name,meet_year,event,sex,place,athlete,mark,source,colour',
      '"Quoted, Meeting 2025",2025,3000SC,MALE,1,Kenneth Rooks,8:10.00,"a source ""with quotes""\nover two lines",red',
      'Quoted Meeting 2025,2025,3000SC,MALE,2,Abraham Kibiwott,8:1O.00,doc,blue',
    ].join('\n');
    const report = await importText(text);
    expect(messages(report)).toEqual([
      '1 colour: unknown column "colour" (the columns are meet_name, meet_year, meet_start_date, meet_end_date, meet_city, meet_country, championship, indoor, event, sex, round, heat, race_date, race_wind, place, athlete, athlete_country, athlete_birth_date, athlete_id, athlete_external_id, mark, status, notes, wind, photo_finish, source, source_title, height_card, series, components)',
      expect.stringMatching(/^4 mark: Invalid time mark "8:1O.00": only digits/),
    ]);
    expect(report.rowsRead).toBe(2);
  });

  it('reports a missing required column once, and a row with the wrong number of fields', async () => {
    const report = await importText(
      'meet_name,meet_year,event,sex,place,athlete,mark\nX 2025,2025,3000SC,MALE,1,Kenneth Rooks,8:10.00\nX 2025,2025,3000SC\n',
    );
    expect(messages(report)).toEqual([
      '1 source: the required column "source" is missing',
      '2 null: cannot be read without the missing column(s)',
      '3 null: has 3 fields, the header has 7',
    ]);
  });

  it('accepts a qualifier without place or mark, and rejects a finisher without either', async () => {
    const report = await importRows(
      [
        meet({ meet_name: 'Heats Meeting 2025', round: 'HEAT', heat: '2', athlete: 'Kenneth Rooks', athlete_country: 'USA', notes: 'Q' }),
        meet({ meet_name: 'Heats Meeting 2025', round: 'HEAT', heat: '2', athlete: 'Samuel Firewu', athlete_country: 'ETH', notes: 'SB' }),
      ],
      { dryRun: true },
    );
    expect(messages(report)).toEqual([
      '3 place: a finisher needs a place or a mark (or a Q/q note when the source only says the athlete advanced)',
    ]);
  });
});
