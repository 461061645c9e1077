// Parameter pools for the benchmark, chosen from the data with SQL: many different
// athletes, pairs, seasons, meets, so that no class is measured on one cached request.
// The choice is deterministic (ordered by a hash of ids), and cached in .data/bench/
// under the dataset's source reference (the data is deterministic too).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { formatMark, type MarkDirection, type MarkUnit } from '../../src/domain';

export interface Pools {
  athletes: Array<{ slug: string; season: number; performances: number }>;
  pairs: Array<{ a: string; b: string; meetings: number }>;
  topLists: Array<{ code: string; sex: string; season: number }>;
  series: string[];
  meets: Array<{ slug: string; races: number }>;
  filters: Array<{ code: string; sex: string; from: string; to: string; mark: string }>;
  /** For the statement-count checks: list lengths far apart. */
  constancy: {
    smallMeet: { slug: string; races: number };
    largeMeet: { slug: string; races: number };
    fewResults: { slug: string; performances: number };
    manyResults: { slug: string; performances: number };
    fewMeetings: { a: string; b: string; meetings: number };
    manyMeetings: { a: string; b: string; meetings: number };
  };
}

export const POPULAR_EVENTS = ['100', '200', '400', '800', '1500', '5000', '10000', '110H', '100H', 'LJ', 'HJ', 'SP', 'JT'];

export async function loadPools(client: Client, cacheDir: string, reference: string, log: (m: string) => void): Promise<Pools> {
  const file = join(cacheDir, `pools-${createHash('sha256').update(reference).digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Pools;
  log('Choosing benchmark parameters from the data (once per dataset; the pair search takes a while)');
  const pools = await choosePools(client);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(pools));
  return pools;
}

async function choosePools(client: Client): Promise<Pools> {
  const rows = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;

  // Athletes: a hashed sample of everyone with a few results, plus the busiest careers.
  const athletes = await rows<{ slug: string; season: number; performances: number }>(`
    WITH sample AS (
      (SELECT id FROM athletes ORDER BY md5('bench' || id) LIMIT 2500)
      UNION (SELECT athlete_id FROM performances GROUP BY athlete_id ORDER BY count(*) DESC, athlete_id LIMIT 300)
    )
    SELECT a.slug, max(COALESCE(extract(year FROM COALESCE(r.date, m.start_date))::int, m.year)) AS season, count(*)::int AS performances
      FROM sample s JOIN athletes a ON a.id = s.id JOIN performances p ON p.athlete_id = a.id
      JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id
     GROUP BY a.id HAVING count(*) >= 3 ORDER BY md5('order' || a.id)`);

  // Pairs who met at least 20 times.
  const pairs = await rows<{ a: string; b: string; meetings: number }>(`
    WITH busy AS (SELECT athlete_id FROM performances GROUP BY athlete_id HAVING count(*) >= 50),
    met AS (
      SELECT x.athlete_id AS a, y.athlete_id AS b, count(*)::int AS meetings
        FROM performances x JOIN performances y ON y.race_id = x.race_id AND y.athlete_id > x.athlete_id
       WHERE x.athlete_id IN (SELECT athlete_id FROM busy) AND y.athlete_id IN (SELECT athlete_id FROM busy)
       GROUP BY 1, 2 HAVING count(*) >= 20)
    SELECT pa.slug AS a, pb.slug AS b, met.meetings FROM met
      JOIN athletes pa ON pa.id = met.a JOIN athletes pb ON pb.id = met.b
     ORDER BY md5('pair' || met.a || '-' || met.b) LIMIT 300`);
  if (pairs.length === 0) throw new Error('No pair of athletes met 20 times: is the dataset the reference one?');

  const seasons = await rows<{ lo: number; hi: number }>(`SELECT min(year) AS lo, max(year) AS hi FROM meets`);
  const { lo, hi } = seasons[0];
  const events = await rows<{ code: string; sex: string; unit: MarkUnit; direction: MarkDirection }>(
    `SELECT code, sex, unit, direction FROM events WHERE code = ANY($1) ORDER BY code, sex`,
    [POPULAR_EVENTS],
  );
  const topLists: Pools['topLists'] = [];
  for (let season = lo; season <= hi; season++) for (const e of events) topLists.push({ code: e.code, sex: e.sex, season });

  const series = (await rows<{ slug: string }>(`SELECT slug FROM championships WHERE awards_medals ORDER BY slug`)).map((r) => r.slug);

  const meets = await rows<{ slug: string; races: number }>(`
    SELECT m.slug, count(*)::int AS races FROM meets m JOIN races r ON r.meet_id = m.id
     GROUP BY m.id HAVING count(*) BETWEEN 5 AND 100 ORDER BY md5('meet' || m.id) LIMIT 1500`);

  // Analyst filters: a popular event, a window of one to four years, a mark about as good
  // as the event's best 2%.
  const thresholds = await rows<{ code: string; sex: string; unit: MarkUnit; direction: MarkDirection; value: number }>(
    `
    SELECT e.code, e.sex, e.unit, e.direction,
           CASE WHEN e.direction = 'LOWER_IS_BETTER'
                THEN percentile_disc(0.02) WITHIN GROUP (ORDER BY p.mark_value)
                ELSE percentile_disc(0.98) WITHIN GROUP (ORDER BY p.mark_value) END AS value
      FROM performances p JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id
     WHERE e.code = ANY($1) AND p.status = 'FINISHED' AND p.precision <> 'TENTHS_HAND'
     GROUP BY e.id ORDER BY e.code, e.sex`,
    [POPULAR_EVENTS],
  );
  const filters: Pools['filters'] = [];
  let k = 0;
  for (let start = lo; start <= hi; start++) {
    for (const t of thresholds) {
      const years = 1 + (k++ % 4);
      const end = Math.min(hi, start + years - 1);
      const precision = t.unit === 'TIME' ? 'HUNDREDTHS' : t.unit === 'POINTS' ? 'POINTS' : 'CENTIMETRES';
      filters.push({ code: t.code, sex: t.sex, from: `${start}-01-01`, to: `${end}-12-31`, mark: formatMark(t.value, t.unit, precision) });
    }
  }

  // Both championship editions, so that they need the same kinds of rows (a championship, rounds).
  const nearest = async (target: number) =>
    (
      await rows<{ slug: string; races: number }>(
        `
      SELECT m.slug, count(*)::int AS races FROM meets m JOIN races r ON r.meet_id = m.id
       WHERE m.championship_id IS NOT NULL GROUP BY m.id ORDER BY abs(count(*) - $1), m.id LIMIT 1`,
        [target],
      )
    )[0];
  const sorted = [...athletes].sort((a, b) => a.performances - b.performances);
  const byMeetings = [...pairs].sort((a, b) => a.meetings - b.meetings);
  return {
    athletes,
    pairs,
    topLists,
    series,
    meets,
    filters,
    constancy: {
      smallMeet: await nearest(10),
      largeMeet: await nearest(100),
      fewResults: { slug: sorted[0].slug, performances: sorted[0].performances },
      manyResults: { slug: sorted[sorted.length - 1].slug, performances: sorted[sorted.length - 1].performances },
      fewMeetings: byMeetings[0],
      manyMeetings: byMeetings[byMeetings.length - 1],
    },
  };
}
