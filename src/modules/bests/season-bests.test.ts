// seasonBestsOfResults against the rule written as SQL (DISTINCT ON over every legal mark, as
// the bests were read before), on a synthetic dataset with everything the rule must get
// right: winds over the limit and unknown, indoor seasons, hand times, DNF/DQ/NM, equal marks.
import type { Database } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { SqlReader } from '../../db/sql-reader';
import { loadSyntheticDataset } from '../../db/synthetic/loader';
import { openTestDatabase, type OpenTestDatabase } from '../../../test/support/database';
import { createServices, type Services } from '../../app/services';

// The rule as one SQL statement: the reference the JavaScript must agree with.
const REFERENCE = (athleteIds: number[]) => Prisma.sql`
  SELECT DISTINCT ON (p.athlete_id, r.event_id, r.season, m.indoor, p.precision = 'TENTHS_HAND')
         p.id AS "performanceId", p.athlete_id AS "athleteId", r.event_id AS "eventId", r.season, m.indoor,
         p.precision = 'TENTHS_HAND' AS hand, p.mark_text AS "markText", r.effective_date AS date,
         COALESCE(p.wind_mps, r.wind_mps)::float8 AS "windMps"
    FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id JOIN events e ON e.id = r.event_id
   WHERE p.athlete_id = ANY(${athleteIds}::int[])
     AND p.status = 'FINISHED' AND p.mark_value IS NOT NULL AND p.precision IS NOT NULL
     AND NOT COALESCE(e.wind_affected AND NOT m.indoor AND COALESCE(p.wind_mps, r.wind_mps) > 2.0, false)
   ORDER BY p.athlete_id, r.event_id, r.season, m.indoor, p.precision = 'TENTHS_HAND',
            CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN p.mark_value ELSE -p.mark_value END,
            COALESCE(r.effective_date, make_date(m.year, 1, 1)), p.id`;

describe('seasonBestsOfResults', () => {
  let open: OpenTestDatabase;
  let db: Database;
  let services: Services;

  beforeAll(async () => {
    open = await openTestDatabase((_, url) =>
      loadSyntheticDataset({ connectionString: url, athletes: 300, performances: 12_000, seed: 'season-bests' }),
    );
    db = open.db;
    services = createServices(db.prisma, db.pool);
  });

  afterAll(() => open?.close());

  it('agrees with the rule in SQL for every athlete, and the data has the cases that matter', async () => {
    const ids = (await db.pool.query<{ id: number }>('SELECT id FROM athletes ORDER BY id')).rows.map((row) => row.id);
    const expected = await new SqlReader(db.pool).rows<Record<string, unknown>>(REFERENCE(ids));
    const actual = (await services.bests.seasonBestsOf(ids)).flat().map((best) => ({
      performanceId: best.performanceId,
      athleteId: best.athleteId,
      eventId: best.eventId,
      season: best.season,
      indoor: best.indoor,
      hand: best.hand,
      markText: best.mark.text,
      date: best.date,
      windMps: best.windMps,
    }));
    const key = (row: Record<string, unknown>) => `${row.athleteId}:${row.eventId}:${row.season}:${row.indoor}:${row.hand}`;
    const sort = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(expected.length).toBeGreaterThan(1000);
    expect(sort(actual)).toEqual(sort(expected));

    // What makes the comparison worth having: marks the rule must leave out or rank apart.
    const {
      rows: [cases],
    } = await db.pool.query(`
      SELECT count(*) FILTER (WHERE COALESCE(p.wind_mps, r.wind_mps) > 2.0 AND e.wind_affected AND NOT m.indoor) AS assisted,
             count(*) FILTER (WHERE m.indoor) AS indoor, count(*) FILTER (WHERE p.precision = 'TENTHS_HAND') AS hand,
             count(*) FILTER (WHERE p.status <> 'FINISHED') AS unfinished
        FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id JOIN events e ON e.id = r.event_id`);
    for (const count of Object.values(cases)) expect(Number(count)).toBeGreaterThan(0);
  });
});
