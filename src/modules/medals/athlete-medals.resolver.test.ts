import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const MEDALS = `query ($slug: String!, $championship: String, $level: ChampionshipLevel, $ageCategory: AgeCategory) {
  athlete(slug: $slug) {
    displayName
    medals(first: 50, championship: $championship, level: $level, ageCategory: $ageCategory) {
      totalCount
      nodes {
        medal place shared
        mark { text value unit precision decimal }
        championship { slug ageCategory }
        edition { slug name year }
        event { code sex }
        race { round }
        performance { place status }
        athlete { displayName }
      }
    }
  }
}`;

const medalsOf = async (slug: string, filter: Record<string, unknown> = {}) => {
  const { data, errors } = await api.query(MEDALS, { slug, ...filter });
  expect(errors).toBeUndefined();
  return data.athlete.medals;
};

describe('Athlete.medals on the seed data', () => {
  it('gives El Bakkali two Olympic and two world golds, most recent first, and nothing for Silesia', async () => {
    const medals = await medalsOf('soufiane-el-bakkali');
    expect(medals.totalCount).toBe(4);
    expect(medals.nodes.map((m: any) => [m.edition.slug, m.championship.slug, m.medal, m.mark.text])).toEqual([
      ['paris-2024', 'olympic-games', 'GOLD', '8:06.05'],
      ['budapest-2023', 'world-championships', 'GOLD', '8:03.53'],
      ['eugene-2022', 'world-championships', 'GOLD', '8:25.13'],
      ['tokyo-2020', 'olympic-games', 'GOLD', '8:08.90'],
    ]);
    expect(medals.nodes[3]).toMatchObject({
      place: 1,
      shared: false,
      mark: { value: 488900, unit: 'TIME', precision: 'HUNDREDTHS', decimal: 488.9 },
      edition: { name: 'Tokyo 2020', year: 2021 },
      event: { code: '3000SC', sex: 'MALE' },
      race: { round: 'FINAL' },
      performance: { place: 1, status: 'FINISHED' },
      athlete: { displayName: 'Soufiane El Bakkali' },
    });
    expect(medals.nodes.map((m: any) => m.edition.slug)).not.toContain('silesia-2024');
  });

  it('gives Serem his U20 golds (one with no known mark) and the African Games silver, and no Paris medal', async () => {
    const medals = await medalsOf('amos-serem');
    expect(medals.totalCount).toBe(3);
    const byMeet = Object.fromEntries(medals.nodes.map((m: any) => [m.edition.slug, m]));
    expect(Object.keys(byMeet).sort()).toEqual(['accra-2023', 'african-u20-championships-2021', 'nairobi-2021']);
    expect(byMeet['nairobi-2021']).toMatchObject({ medal: 'GOLD', mark: { text: '8:30.72' }, championship: { ageCategory: 'U20' } });
    expect(byMeet['african-u20-championships-2021']).toMatchObject({ medal: 'GOLD', place: 1, mark: null });
    expect(byMeet['accra-2023']).toMatchObject({ medal: 'SILVER', place: 2, mark: { text: '8:25.77' }, edition: { year: 2024 } });
    // Accra 2023 was held in 2024: it comes first.
    expect(medals.nodes[0].edition.slug).toBe('accra-2023');
  });

  it('filters by championship, level and age category', async () => {
    const olympic = await medalsOf('soufiane-el-bakkali', { championship: 'olympic-games' });
    expect(olympic.nodes.map((m: any) => m.edition.slug)).toEqual(['paris-2024', 'tokyo-2020']);
    const world = await medalsOf('soufiane-el-bakkali', { level: 'WORLD' });
    expect(world.nodes.map((m: any) => m.edition.slug)).toEqual(['budapest-2023', 'eugene-2022']);
    const u20 = await medalsOf('amos-serem', { ageCategory: 'U20' });
    expect(u20.nodes.map((m: any) => m.edition.slug).sort()).toEqual(['african-u20-championships-2021', 'nairobi-2021']);
    const senior = await medalsOf('amos-serem', { ageCategory: 'SENIOR' });
    expect(senior.nodes.map((m: any) => m.edition.slug)).toEqual(['accra-2023']);
    expect((await medalsOf('amos-serem', { championship: 'no-such-series' })).totalCount).toBe(0);
  });

  it('gives no medal to athletes who never placed in the top three of a medal final', async () => {
    expect((await medalsOf('samuel-firewu')).nodes.map((m: any) => [m.edition.slug, m.medal])).toEqual([['accra-2023', 'GOLD']]);
    // Firewu's 3rd place in Silesia is a Diamond League place, not a bronze.
  });

  it('loads the medals of many athletes with one SQL statement (their results)', async () => {
    // Hand-written reads go to the pg pool (src/db/sql-reader.ts); Prisma's own statements may too.
    const spy = jest.spyOn(api.db.pool, 'query');
    try {
      const { data, errors } = await api.query('{ athletes(first: 20) { nodes { slug medals { totalCount nodes { medal } } } } }');
      expect(errors).toBeUndefined();
      const counts = Object.fromEntries(data.athletes.nodes.map((a: any) => [a.slug, a.medals.totalCount]));
      expect(counts).toEqual({
        'abraham-kibiwott': 1,
        'amos-serem': 3,
        'benjamin-kigen': 1,
        'kenneth-rooks': 1,
        'lamecha-girma': 1,
        'samuel-firewu': 1,
        'soufiane-el-bakkali': 4,
      });
      // Medals are picked out of the athletes' results, read for all 20 in one statement.
      const resultReads = spy.mock.calls.filter(([config]) => String((config as { text?: string }).text).includes('"placeShared"'));
      expect(resultReads).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('Athlete.medals rules on purpose-built data', () => {
  const slugsWithMedals = async (ids: Array<{ slug: string }>) => {
    const out: Record<string, string[]> = {};
    for (const { slug } of ids) out[slug] = (await medalsOf(slug)).nodes.map((m: any) => `${m.medal}${m.shared ? '=' : ''}`);
    return out;
  };

  it('gives a shared gold to both, a bronze to the next place (3), and nothing to a DQ or a heat winner', async () => {
    const f = new Fixtures(api.db.prisma);
    const event = await f.event('1500', { name: '1500 Metres' });
    const worlds = await f.championship('Test Worlds');
    const meet = await f.meet('Test Worlds 2025', { date: '2025-08-01', championshipId: worlds.id });
    const [a, b, c, d, dq, heatWinner] = await Promise.all(
      ['Ann Tie', 'Bea Tie', 'Cal Third', 'Dan Fourth', 'Eve Dq', 'Fay Heat'].map((n) => f.athlete(n)),
    );
    const heat = await f.race(meet.id, event.id, { round: 'HEAT', heat: 1 });
    await f.results(heat.id, [
      [heatWinner.id, 1, '3:35.00'],
      [a.id, 2, '3:35.10'],
    ]);
    const final = await f.race(meet.id, event.id, { round: 'FINAL' });
    await f.results(final.id, [
      [a.id, 1, '3:30.00'],
      [b.id, 1, '3:30.00'],
      [c.id, 3, '3:31.00'],
      [d.id, 4, '3:32.00'],
      [dq.id, 'DQ'],
    ]);
    expect(await slugsWithMedals([a, b, c, d, dq, heatWinner])).toEqual({
      [a.slug]: ['GOLD='],
      [b.slug]: ['GOLD='],
      [c.slug]: ['BRONZE'],
      [d.slug]: [],
      [dq.slug]: [],
      [heatWinner.slug]: [],
    });
  });

  it('gives nothing in a series that awards no medals, nor in a final not run', async () => {
    const f = new Fixtures(api.db.prisma);
    const event = await f.event('1500', { name: '1500 Metres' });
    const league = await f.championship('Test League', { level: 'CIRCUIT', awardsMedals: false });
    const leagueMeet = await f.meet('Test League Meeting', { date: '2025-06-01', championshipId: league.id });
    const winner = await f.athlete('Gus League');
    await f.results((await f.race(leagueMeet.id, event.id)).id, [[winner.id, 1, '3:29.00']]);
    const worlds = await f.championship('Test Worlds Cancelled');
    const worldsMeet = await f.meet('Test Worlds 2026', { date: '2026-08-01', championshipId: worlds.id });
    const cancelledWinner = await f.athlete('Hal Cancelled');
    await f.results((await f.race(worldsMeet.id, event.id, { status: 'CANCELLED' })).id, [[cancelledWinner.id, 1, '3:40.00']]);
    expect(await slugsWithMedals([winner, cancelledWinner])).toEqual({ [winner.slug]: [], [cancelledWinner.slug]: [] });
  });

  it('keeps U20 medals apart from senior ones', async () => {
    const f = new Fixtures(api.db.prisma);
    const event = await f.event('1500', { name: '1500 Metres' });
    const u20 = await f.championship('Test U20 Worlds', { ageCategory: 'U20' });
    const senior = await f.championship('Test Senior Worlds');
    const athlete = await f.athlete('Ivo Junior');
    await f.results((await f.race((await f.meet('U20 2022', { date: '2022-07-01', championshipId: u20.id })).id, event.id)).id, [
      [athlete.id, 1, '3:40.00'],
    ]);
    await f.results((await f.race((await f.meet('Senior 2024', { date: '2024-07-01', championshipId: senior.id })).id, event.id)).id, [
      [athlete.id, 2, '3:33.00'],
    ]);
    const all = await medalsOf(athlete.slug);
    expect(all.nodes.map((m: any) => [m.championship.ageCategory, m.medal])).toEqual([
      ['SENIOR', 'SILVER'],
      ['U20', 'GOLD'],
    ]);
    expect((await medalsOf(athlete.slug, { ageCategory: 'SENIOR' })).nodes.map((m: any) => m.medal)).toEqual(['SILVER']);
  });
});
