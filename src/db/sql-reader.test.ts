import { Pool } from 'pg';
import type { Database } from './client';
import { Prisma } from './generated/client';
import {
  athleteAliasColumns,
  athleteColumns,
  championshipColumns,
  countryColumns,
  entryColumns,
  eventColumns,
  meetColumns,
  performanceColumns,
  raceColumns,
  sourceColumns,
} from './model-columns';
import { SqlReadError, SqlReader, toParameter, withShortArraysInline } from './sql-reader';
import { useGeneratedRowPickers } from '../runtime/rows/row-picker';
import { openTestDatabase, type OpenTestDatabase } from '../../test/support/database';

describe('SqlReader and the model column lists', () => {
  let open: OpenTestDatabase;
  let db: Database;
  let sql: SqlReader;

  beforeAll(async () => {
    open = await openTestDatabase();
    db = open.db;
    // Values the seed may lack: notes (an enum array, with the lower-case 'q'), winds (numeric).
    await db.pool.query(`UPDATE performances SET notes = '{PB,q}', wind_mps = -0.5 WHERE id = (SELECT min(id) FROM performances)`);
    await db.pool.query(`UPDATE races SET wind_mps = 1.2 WHERE id = (SELECT min(id) FROM races)`);
    sql = new SqlReader(db.pool);
  });

  afterAll(() => open?.close());

  // Whatever the seed holds (null dates, decimals, note arrays, enums), a hand-written read
  // gives the very objects Prisma's findMany gives.
  it.each([
    ['athletes', athleteColumns, () => db.prisma.athlete.findMany({ orderBy: { id: 'asc' } })],
    ['athlete_aliases', athleteAliasColumns, () => db.prisma.athleteAlias.findMany({ orderBy: { id: 'asc' } })],
    ['meets', meetColumns, () => db.prisma.meet.findMany({ orderBy: { id: 'asc' } })],
    ['races', raceColumns, () => db.prisma.race.findMany({ orderBy: { id: 'asc' } })],
    ['performances', performanceColumns, () => db.prisma.performance.findMany({ orderBy: { id: 'asc' } })],
    ['events', eventColumns, () => db.prisma.event.findMany({ orderBy: { id: 'asc' } })],
    ['championships', championshipColumns, () => db.prisma.championship.findMany({ orderBy: { id: 'asc' } })],
    ['entries', entryColumns, () => db.prisma.entry.findMany({ orderBy: { id: 'asc' } })],
    ['sources', sourceColumns, () => db.prisma.source.findMany({ orderBy: { id: 'asc' } })],
    ['countries', countryColumns, () => db.prisma.country.findMany({ orderBy: { code: 'asc' } })],
  ] as const)('reads %s as Prisma does', async (table, columns, viaPrisma) => {
    const expected = await viaPrisma();
    expect(expected.length).toBeGreaterThan(0);
    const key = Prisma.raw(table === 'countries' ? 't.code' : 't.id');
    const rows = await sql.rows(Prisma.sql`SELECT ${columns('t')} FROM ${Prisma.raw(table)} t ORDER BY ${key}`);
    expect(rows).toEqual(expected);
  });

  it('covers the value kinds that need care: dates, decimals, note arrays, nulls', async () => {
    const performances = await sql.rows<{ notes: string[]; windMps: unknown }>(
      Prisma.sql`SELECT ${performanceColumns('p')} FROM performances p`,
    );
    expect(performances.some((p) => p.notes.join() === 'PB,q')).toBe(true);
    expect(performances.some((p) => Prisma.Decimal.isDecimal(p.windMps) && String(p.windMps) === '-0.5')).toBe(true);
    const races = await sql.rows<{ date: Date | null; windMps: unknown }>(Prisma.sql`SELECT ${raceColumns('r')} FROM races r`);
    expect(races.some((r) => Prisma.Decimal.isDecimal(r.windMps))).toBe(true);
    expect(races.some((r) => r.date instanceof Date)).toBe(true);
    expect(races.every((r) => r.date === null || r.date.getUTCHours() === 0)).toBe(true);
  });

  it('reads dates, timestamps, bigints and decimals as Prisma does, and sends dates as UTC', async () => {
    const day = new Date('2021-08-01T00:00:00Z');
    const [row] = await sql.rows<{ day: Date; stamp: Date; text: string; big: bigint; dec: Prisma.Decimal }>(Prisma.sql`
      SELECT ${day}::date AS day, '2021-08-01 10:20:30.125'::timestamp AS stamp, ${day}::date::text AS text,
             ${BigInt('9007199254740993')}::int8 AS big, ${new Prisma.Decimal('-1.5')}::numeric AS dec`);
    expect(row.day.toISOString()).toBe('2021-08-01T00:00:00.000Z');
    expect(row.text).toBe('2021-08-01');
    expect(row.stamp.toISOString()).toBe('2021-08-01T10:20:30.125Z');
    expect(row.big).toBe(BigInt('9007199254740993'));
    expect(row.dec.toString()).toBe('-1.5');
    // pg alone would send a Date in the process's local time: a day off west of UTC.
    expect(toParameter([day])).toEqual(['2021-08-01T00:00:00.000Z']);
  });

  it('reads int2 and int4 digit by digit as pg does, to their bounds and random values between', async () => {
    const rows = await sql.rows<{ i2: number; i4: number; t2: string; t4: string }>(Prisma.sql`
      SELECT i2, i4, i2::text AS t2, i4::text AS t4 FROM (
        VALUES (0::int2, 0::int4), (-1, -1), (32767, 2147483647), (-32768, -2147483648), (7, 10)
        UNION ALL SELECT (random() * 65535 - 32768)::int2, (random() * 4294967295 - 2147483648)::int4 FROM generate_series(1, 2000)
      ) v(i2, i4)`);
    expect(rows.slice(0, 5).map((r) => [r.i2, r.i4])).toEqual([
      [0, 0],
      [-1, -1],
      [32767, 2147483647],
      [-32768, -2147483648],
      [7, 10],
    ]);
    for (const r of rows) expect([r.i2, r.i4]).toEqual([parseInt(r.t2, 10), parseInt(r.t4, 10)]);
  });

  it('reads dates and timestamps at UTC, fractions of any length and years before 100 included', async () => {
    const rows = await sql.rows<{ d: Date; t: Date; dt: string; tt: string }>(Prisma.sql`
      SELECT d, t, d::text AS dt, t::text AS tt FROM (VALUES
        ('1896-04-06'::date, '1896-04-06 00:00:00'::timestamp),
        ('2024-02-29', '2024-02-29 23:59:59.999999'),
        ('1999-12-31', '1999-12-31 12:00:00.5'),
        ('0050-03-01', '0050-03-01 01:02:03.04'),
        ('0100-01-01', '0100-01-01 00:00:00'),
        ('9999-12-31', '9999-12-31 00:00:00')
      ) AS v(d, t)`);
    const iso = rows.map((r) => [r.d.toISOString(), r.t.toISOString()]);
    expect(iso).toEqual([
      ['1896-04-06T00:00:00.000Z', '1896-04-06T00:00:00.000Z'],
      ['2024-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
      ['1999-12-31T00:00:00.000Z', '1999-12-31T12:00:00.500Z'],
      ['0050-03-01T00:00:00.000Z', '0050-03-01T01:02:03.040Z'],
      ['0100-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z'],
      ['9999-12-31T00:00:00.000Z', '9999-12-31T00:00:00.000Z'],
    ]);
  });

  it('reads random dates and timestamps as the string parser does', async () => {
    // The reader parses by parts for speed; the string parser is the reference.
    const rows = await sql.rows<{ d: Date; t: Date; dt: string; tt: string }>(Prisma.sql`
      SELECT d, t, d::text AS dt, t::text AS tt FROM (
        SELECT ('0100-01-01'::date + (random() * 3600000)::int) AS d,
               ('1900-01-01'::timestamp + random() * interval '200 years') AS t
          FROM generate_series(1, 2000)) v`);
    for (const r of rows) {
      expect(r.d.toISOString()).toBe(new Date(`${r.dt}T00:00:00Z`).toISOString());
      expect(r.t.toISOString()).toBe(new Date(`${r.tt.replace(' ', 'T')}Z`).toISOString());
    }
  });

  it('reads the same values with DIGIT_PARSERS=off and ROW_PICKERS=off (src/runtime/rows)', async () => {
    const plain = new SqlReader(db.pool, { digitParsers: false });
    const values = Prisma.sql`
      SELECT i2, i4, d, t FROM (VALUES
        (0::int2, 0::int4, '1896-04-06'::date, '1896-04-06 00:00:00'::timestamp),
        (-32768, 2147483647, '0050-03-01', '2024-02-29 23:59:59.999999'),
        (32767, -2147483648, '9999-12-31', '0050-03-01 01:02:03.04')
      ) AS v(i2, i4, d, t)`;
    expect(await plain.rows(values)).toEqual(await sql.rows(values));
    const picked = async (reader: SqlReader) =>
      (
        await reader.rows<Record<string, unknown>>(
          Prisma.sql`SELECT ${performanceColumns('p', 'p_')}, ${raceColumns('r', 'r_')} FROM performances p JOIN races r ON r.id = p.race_id ORDER BY p.id`,
        )
      ).map((row) => performanceColumns.pick(row, 'p_', { race: raceColumns.pick(row, 'r_') }));
    const generated = await picked(sql);
    useGeneratedRowPickers(false);
    try {
      expect(await picked(plain)).toEqual(generated);
    } finally {
      useGeneratedRowPickers(true);
    }
    expect(generated.length).toBeGreaterThan(10);
  });

  it('prepares reads by keys once per connection, under a name two readers of one pool agree on', async () => {
    const pool = new Pool({ connectionString: open.database.url, max: 1 });
    try {
      const prepared = await pool.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
      expect(prepared.rows).toEqual([]);
      const byId = (id: number) => Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.id = ANY(${[id]}::int[])`;
      const [first, second] = [new SqlReader(pool), new SqlReader(pool)];
      const rows = await first.rowsByKeys(byId(1));
      expect(await second.rowsByKeys(byId(2))).toEqual(await first.rows(byId(2)));
      expect(rows).toEqual(await first.rows(byId(1)));
      const after = await pool.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
      expect(after.rows).toEqual([{ name: expect.stringMatching(/^k_/), statement: withShortArraysInline(byId(1)).text }]);
      // Turned off: nothing more is prepared.
      await new SqlReader(pool, { prepareKeyedStatements: false }).rowsByKeys(
        Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.id = ANY(${[1]}::int[])`,
      );
      expect((await pool.query('SELECT name FROM pg_prepared_statements')).rowCount).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('writes short array parameters out as arrays of their elements, and leaves every other parameter as it is', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i);
    const query = Prisma.sql`SELECT 1 FROM t WHERE a = ANY(${[7]}::int[]) AND b = ANY(${['x', 'y']}::text[]) AND c = ${3}
      AND d = ANY(${ten}::int[]) AND e = ANY(${[]}::int[]) AND f = ANY(${[5]}) AND g IN (SELECT unnest(${[9, 8]}::int[], ${[1, 2]}::int[]))`;
    expect(withShortArraysInline(query)).toEqual({
      text: `SELECT 1 FROM t WHERE a = ANY(ARRAY[$1::int]) AND b = ANY(ARRAY[$2::text, $3::text]) AND c = $4
      AND d = ANY($5::int[]) AND e = ANY($6::int[]) AND f = ANY($7) AND g IN (SELECT unnest(ARRAY[$8::int, $9::int], ARRAY[$10::int, $11::int]))`,
      values: [7, 'x', 'y', 3, ten, [], [5], 9, 8, 1, 2],
    });
    // Without short arrays, the statement is Prisma's own.
    const plain = Prisma.sql`SELECT 1 WHERE a = ANY(${ten}::int[]) AND b = ${'y'}`;
    expect(withShortArraysInline(plain)).toEqual({ text: plain.text, values: plain.values });
  });

  it('runs a read of a few keys on the generic plan it keeps, where the array parameter was planned every time', async () => {
    // A table big enough for the planner's estimates to matter: 200 rows per key.
    await db.pool.query(`CREATE TABLE plan_scratch AS SELECT g AS id, g % 1000 AS k FROM generate_series(1, 200000) g;
      CREATE INDEX ON plan_scratch (k); ANALYZE plan_scratch`);
    const pool = new Pool({ connectionString: open.database.url, max: 1 });
    try {
      const reader = new SqlReader(pool);
      const read = (keys: number[]) => Prisma.sql`SELECT count(*)::int AS n FROM plan_scratch WHERE k = ANY(${keys}::int[])`;
      for (let i = 0; i < 10; i++) {
        const keys = [i, i + 10, i + 20];
        expect(await reader.rowsByKeys(read(keys))).toEqual([{ n: 600 }]);
        // The same statement with the array as a parameter, as it was sent before.
        await pool.query({ name: 'as_parameter', text: read(keys).text, values: [keys] });
      }
      const { rows } = await pool.query<{ name: string; generic_plans: string; custom_plans: string }>(
        'SELECT name, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name',
      );
      // PostgreSQL plans the first five executions for their values, then keeps the generic plan:
      // unless, with a parameter array taken to hold 10 keys, the generic plan looks dearer.
      expect(rows.map((row) => [row.name.replace(/^k_.*/, 'reader'), Number(row.generic_plans), Number(row.custom_plans)])).toEqual([
        ['as_parameter', 0, 10],
        ['reader', 5, 5],
      ]);
    } finally {
      await pool.end();
      await db.pool.query('DROP TABLE plan_scratch');
    }
  });

  it('prepares a read anew when a migration changed the type of a column it returns', async () => {
    // Each connection keeps its prepared statements; after the ALTER, PostgreSQL refuses them
    // ("cached plan must not change result type") until they are prepared again.
    await db.pool.query('CREATE TABLE reader_scratch (id int PRIMARY KEY, mark int)');
    const pool = new Pool({ connectionString: open.database.url, max: 2 });
    try {
      await db.pool.query('INSERT INTO reader_scratch VALUES (1, 10), (2, 20)');
      const reader = new SqlReader(pool);
      const read = (id: number) =>
        reader.rowsByKeys<{ id: number; mark: unknown }>(Prisma.sql`SELECT id, mark FROM reader_scratch WHERE id = ANY(${[id]}::int[])`);
      // Both connections prepare the statement.
      expect(await Promise.all([read(1), read(2)])).toEqual([[{ id: 1, mark: 10 }], [{ id: 2, mark: 20 }]]);
      await db.pool.query('ALTER TABLE reader_scratch ALTER COLUMN mark TYPE bigint');
      for (let i = 0; i < 3; i++) {
        expect(await Promise.all([read(1), read(2)])).toEqual([[{ id: 1, mark: 10n }], [{ id: 2, mark: 20n }]]);
      }
    } finally {
      await pool.end();
      await db.pool.query('DROP TABLE reader_scratch');
    }
  });

  it("fails with a SqlReadError that keeps pg's SQLSTATE and error as its cause", async () => {
    const failure = await sql.rows(Prisma.sql`SELECT 1 / ${0}::int`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SqlReadError);
    expect(failure).toMatchObject({ code: '22012', message: 'division by zero' });
    expect((failure as Error).cause).toMatchObject({ code: '22012' });
  });
});
