// races.effective_date and races.season are kept by triggers (migration
// races_effective_date_season): every way a race's date or its meet's dates change must move them.
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { withPgClient } from './pg-client';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  withPgClient(db.url, async (c) => (await c.query<T>(text, values)).rows);

async function derived(raceId: number): Promise<{ effective: string | null; season: number }> {
  const [row] = await sql<{ effective: string | null; season: number }>(
    'SELECT effective_date::text AS effective, season FROM races WHERE id = $1',
    [raceId],
  );
  return row;
}

describe('races.effective_date and races.season', () => {
  let meetId: number;
  let eventId: number;

  beforeAll(async () => {
    [{ id: eventId }] = await sql<{ id: number }>(
      `INSERT INTO events (code, name, sex, kind, unit, direction, wind_affected)
       VALUES ('3000SC', '3000 m steeplechase', 'MALE', 'TRACK', 'TIME', 'LOWER_IS_BETTER', false) RETURNING id`,
    );
    // Tokyo 2020, held in 2021: the year held is the meet's year, its dates come later.
    [{ id: meetId }] = await sql<{ id: number }>(
      "INSERT INTO meets (slug, name, year) VALUES ('tokyo-2020', 'Tokyo 2020 Olympic Games', 2021) RETURNING id",
    );
  });

  const race = async (round: string, date: string | null) => {
    const [{ id }] = await sql<{ id: number }>(
      'INSERT INTO races (meet_id, event_id, round, heat, date) VALUES ($1, $2, $3::"Round", 1, $4::date) RETURNING id',
      [meetId, eventId, round, date],
    );
    return id;
  };

  it('takes the race date, else the meet start, else only the year held', async () => {
    const dated = await race('FINAL', '2021-08-02');
    const undated = await race('HEAT', null);
    expect(await derived(dated)).toEqual({ effective: '2021-08-02', season: 2021 });
    expect(await derived(undated)).toEqual({ effective: null, season: 2021 });

    await sql("UPDATE meets SET start_date = '2021-07-30', end_date = '2021-08-07' WHERE id = $1", [meetId]);
    expect(await derived(undated)).toEqual({ effective: '2021-07-30', season: 2021 });
    expect(await derived(dated)).toEqual({ effective: '2021-08-02', season: 2021 });
  });

  it('follows a corrected race date and a moved meet, and ignores direct writes', async () => {
    const id = await race('SEMI_FINAL', null);
    await sql("UPDATE races SET date = '2021-07-31' WHERE id = $1", [id]);
    expect(await derived(id)).toEqual({ effective: '2021-07-31', season: 2021 });

    await sql('UPDATE races SET date = NULL WHERE id = $1', [id]);
    await sql("UPDATE meets SET start_date = '2020-07-24', end_date = '2020-08-09', year = 2020 WHERE id = $1", [meetId]);
    expect(await derived(id)).toEqual({ effective: '2020-07-24', season: 2020 });

    await sql("UPDATE races SET effective_date = '1999-01-01', season = 1999 WHERE id = $1", [id]);
    expect(await derived(id)).toEqual({ effective: '2020-07-24', season: 2020 });
  });

  it("moves a race to another meet with that meet's dates", async () => {
    const id = await race('QUALIFICATION', null);
    const [{ id: other }] = await sql<{ id: number }>(
      "INSERT INTO meets (slug, name, year, start_date, end_date) VALUES ('paris-2024', 'Paris 2024 Olympic Games', 2024, '2024-07-26', '2024-08-11') RETURNING id",
    );
    await sql('UPDATE races SET meet_id = $2 WHERE id = $1', [id, other]);
    expect(await derived(id)).toEqual({ effective: '2024-07-26', season: 2024 });
  });
});
