// medalsOfResults against the medal rule written as SQL (as the medals were read before), on
// a synthetic dataset with championships and finals, and a shared silver, a semi-final and a
// final not yet run made out of three of them.
import type { Database } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { SqlReader } from '../../db/sql-reader';
import { loadSyntheticDataset } from '../../db/synthetic/loader';
import { openTestDatabase, type OpenTestDatabase } from '../../../test/support/database';
import { createServices, type Services } from '../../app/services';

const REFERENCE = (athleteIds: number[]) => Prisma.sql`
  SELECT p.id AS "performanceId", p.athlete_id AS "athleteId", r.id AS "raceId", r.event_id AS "eventId",
         m.id AS "meetId", c.id AS "championshipId", c.slug AS "championshipSlug",
         c.level::text AS level, c.age_category::text AS "ageCategory",
         p.place, p.mark_value AS "markValue", p.mark_text AS "markText", p.precision::text AS precision, e.unit::text AS unit,
         EXISTS (SELECT 1 FROM performances o WHERE o.race_id = p.race_id AND o.place = p.place AND o.id <> p.id) AS shared
    FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id
    JOIN championships c ON c.id = m.championship_id JOIN events e ON e.id = r.event_id
   WHERE p.athlete_id = ANY(${athleteIds}::int[])
     AND c.awards_medals AND r.round = 'FINAL' AND r.status = 'COMPLETED' AND p.status = 'FINISHED' AND p.place BETWEEN 1 AND 3
   ORDER BY p.athlete_id, COALESCE(r.date, m.start_date, make_date(m.year, 1, 1)) DESC, r.id DESC, p.id`;

describe('medalsOfResults', () => {
  let open: OpenTestDatabase;
  let db: Database;
  let services: Services;

  beforeAll(async () => {
    open = await openTestDatabase((_, url) =>
      loadSyntheticDataset({ connectionString: url, athletes: 400, performances: 20_000, seed: 'medals' }),
    );
    db = open.db;
    // Cases the generated data may lack at this size, made out of three medal finals: a shared
    // silver, a final turned into a semi-final (no medals), and one not run yet (none either).
    const finals = (
      await db.pool.query<{ id: number }>(`
      SELECT r.id FROM races r JOIN meets m ON m.id = r.meet_id JOIN championships c ON c.id = m.championship_id
       WHERE c.awards_medals AND r.round = 'FINAL' AND r.status = 'COMPLETED'
         AND (SELECT count(*) FROM performances p WHERE p.race_id = r.id AND p.place BETWEEN 1 AND 3) = 3
       ORDER BY r.id LIMIT 3`)
    ).rows.map((row) => row.id);
    expect(finals).toHaveLength(3);
    // A shared silver: tied in both rows (the database refuses place 2 twice otherwise).
    await db.pool.query('UPDATE performances SET place = 2, tied = true WHERE race_id = $1 AND place IN (2, 3)', [finals[0]]);
    await db.pool.query("UPDATE races SET round = 'SEMI_FINAL', heat = 99 WHERE id = $1", [finals[1]]);
    await db.pool.query("UPDATE races SET status = 'SCHEDULED' WHERE id = $1", [finals[2]]);
    services = createServices(db.prisma, db.pool);
  });

  afterAll(() => open?.close());

  it('gives every athlete the medals the SQL rule gives, in the same order, shared ones marked', async () => {
    const ids = (await db.pool.query<{ id: number }>('SELECT id FROM athletes ORDER BY id')).rows.map((row) => row.id);
    const expected = await new SqlReader(db.pool).rows<{ shared: boolean }>(REFERENCE(ids));
    const actual = (await services.medals.medalsFrom(await services.performances.performancesOf(ids))).flat();
    expect(expected.length).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
    expect(actual.filter((medal) => medal.shared).length).toBeGreaterThanOrEqual(2);
  });
});
