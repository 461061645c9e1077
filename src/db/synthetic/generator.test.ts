// The synthetic generator: deterministic (same seed, same rows), loads under the schema's
// constraints, and produces results that obey the sport's rules.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { parseMark, type MarkUnit } from '../../domain';
import { createSyntheticDataset } from './generator';
import { loadSyntheticDataset, NonEmptyDatabaseError } from './loader';

const PARAMS = { athletes: 200, performances: 5000, seed: 'test-1' };

// One checksum per table, over every column, in id order.
const CHECKSUMS = `
  SELECT 'athletes' AS t, md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) AS sum FROM athletes x UNION ALL
  SELECT 'athlete_aliases', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM athlete_aliases x UNION ALL
  SELECT 'events', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM events x UNION ALL
  SELECT 'championships', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM championships x UNION ALL
  SELECT 'meets', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM meets x UNION ALL
  SELECT 'races', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM races x UNION ALL
  SELECT 'performances', md5(COALESCE(string_agg(x::text, E'\\n' ORDER BY x.id), '')) FROM performances x`;

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const one = async (url: string, sql: string): Promise<number> => Number(Object.values((await query(url, sql))[0])[0]);

describe('synthetic dataset', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await loadSyntheticDataset({ connectionString: first.url, ...PARAMS });
    await loadSyntheticDataset({ connectionString: second.url, ...PARAMS });
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('is the same, row for row, for the same seed', async () => {
    const a = await query<{ t: string; sum: string }>(first.url, CHECKSUMS);
    const b = await query<{ t: string; sum: string }>(second.url, CHECKSUMS);
    expect(a).toHaveLength(7);
    expect(b).toEqual(a);
  });

  it('differs for another seed', () => {
    const marks = (seed: string) => {
      const out: Array<number | null> = [];
      for (const batch of createSyntheticDataset({ ...PARAMS, seed }).batches()) out.push(...batch.performances.map((p) => p.markValue));
      return out.join(',');
    };
    expect(marks('test-1')).toBe(marks('test-1'));
    expect(marks('test-2')).not.toBe(marks('test-1'));
  });

  it('has exactly the athletes and performances asked for', async () => {
    expect(await one(first.url, 'SELECT count(*) FROM athletes')).toBe(PARAMS.athletes);
    expect(await one(first.url, 'SELECT count(*) FROM performances')).toBe(PARAMS.performances);
    expect(await one(first.url, 'SELECT count(DISTINCT athlete_id) FROM performances')).toBeGreaterThan(PARAMS.athletes * 0.9);
  });

  it('places finishers in the order of their marks, in the direction of the event', async () => {
    const violations = await one(
      first.url,
      `
      SELECT count(*) FROM performances a
        JOIN performances b ON b.race_id = a.race_id AND b.place > a.place
        JOIN races r ON r.id = a.race_id JOIN events e ON e.id = r.event_id
       WHERE CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN b.mark_value < a.mark_value ELSE b.mark_value > a.mark_value END`,
    );
    expect(violations).toBe(0);
    // Winners have the best mark of their race.
    const beatenWinners = await one(
      first.url,
      `
      SELECT count(*) FROM performances w JOIN races r ON r.id = w.race_id JOIN events e ON e.id = r.event_id
       WHERE w.place = 1 AND EXISTS (SELECT 1 FROM performances o WHERE o.race_id = w.race_id AND o.status = 'FINISHED'
         AND CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN o.mark_value < w.mark_value ELSE o.mark_value > w.mark_value END)`,
    );
    expect(beatenWinners).toBe(0);
    // Both directions occur (times and distances).
    const directions = await query<{ direction: string }>(
      first.url,
      `
      SELECT DISTINCT e.direction FROM performances p JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id ORDER BY 1`,
    );
    expect(directions.map((d) => d.direction).sort()).toEqual(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
  });

  it('gives equal marks to shared places and to photo finishes, and places only to finishers', async () => {
    const shared = await query<{ same: boolean }>(
      first.url,
      `
      SELECT a.mark_value = b.mark_value AS same FROM performances a
        JOIN performances b ON b.race_id = a.race_id AND b.place = a.place AND b.id > a.id`,
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((row) => row.same)).toBe(true);
    const photo = await query<{ tied: boolean }>(
      first.url,
      `
      SELECT EXISTS (SELECT 1 FROM performances o WHERE o.race_id = p.race_id AND o.id <> p.id AND o.mark_value = p.mark_value) AS tied
        FROM performances p WHERE p.photo_finish`,
    );
    expect(photo.length).toBeGreaterThan(0);
    expect(photo.every((row) => row.tied)).toBe(true);
    expect(
      await one(
        first.url,
        `SELECT count(*) FROM performances WHERE status <> 'FINISHED' AND (place IS NOT NULL OR mark_value IS NOT NULL)`,
      ),
    ).toBe(0);
    expect(
      await one(first.url, `SELECT count(*) FROM performances WHERE status = 'FINISHED' AND (place IS NULL OR mark_value IS NULL)`),
    ).toBe(0);
  });

  it('has non-finishers, indoor meets, wind-assisted and hand-timed marks, and PB/SB notes', async () => {
    const statuses = await query<{ status: string; n: string }>(
      first.url,
      'SELECT status, count(*) AS n FROM performances GROUP BY status',
    );
    const count = new Map(statuses.map((s) => [s.status, Number(s.n)]));
    for (const status of ['DNF', 'DNS', 'DQ', 'NM']) expect(count.get(status) ?? 0).toBeGreaterThan(0);
    expect(
      await one(
        first.url,
        `SELECT count(*) FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id WHERE m.indoor`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await one(
        first.url,
        `
      SELECT count(*) FROM performances p JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id
       WHERE e.wind_affected AND COALESCE(p.wind_mps, r.wind_mps) > 2.0`,
      ),
    ).toBeGreaterThan(0);
    expect(await one(first.url, `SELECT count(*) FROM performances WHERE precision = 'TENTHS_HAND'`)).toBeGreaterThan(0);
    expect(await one(first.url, `SELECT count(*) FROM performances WHERE 'PB' = ANY(notes)`)).toBeGreaterThan(0);
    expect(await one(first.url, `SELECT count(*) FROM performances WHERE 'SB' = ANY(notes)`)).toBeGreaterThan(0);
    expect(await one(first.url, `SELECT count(*) FROM meets WHERE start_date IS NULL`)).toBeGreaterThan(0);
  });

  it('publishes each mark as text that reads back as its value', async () => {
    const rows = await query<{ mark_text: string; mark_value: number; unit: MarkUnit; precision: string }>(
      first.url,
      `
      SELECT p.mark_text, p.mark_value, e.unit, p.precision FROM performances p
        JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id WHERE p.mark_value IS NOT NULL`,
    );
    const wrong = rows.filter((r) => {
      const parsed = parseMark(r.mark_text, r.unit);
      return parsed.value !== r.mark_value || parsed.precision !== r.precision;
    });
    expect(rows.length).toBeGreaterThan(4000);
    expect(wrong).toEqual([]);
  });

  it('refuses a database that holds data, unless appending', async () => {
    await expect(loadSyntheticDataset({ connectionString: first.url, ...PARAMS })).rejects.toBeInstanceOf(NonEmptyDatabaseError);
    const summary = await loadSyntheticDataset({
      connectionString: second.url,
      athletes: 50,
      performances: 500,
      seed: 'more',
      append: true,
    });
    expect(summary.rows.performances).toBe(500);
    expect(await one(second.url, 'SELECT count(*) FROM performances')).toBe(PARAMS.performances + 500);
    expect(await one(second.url, 'SELECT count(*) FROM athletes')).toBe(PARAMS.athletes + 50);
    // Ids continue after the existing rows; the sequences follow.
    expect(await one(second.url, `SELECT nextval(pg_get_serial_sequence('performances', 'id'))`)).toBe(PARAMS.performances + 501);
  });
});
