import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const TABLE = `query ($championship: String!, $edition: String, $event: String, $sex: Sex) {
  medalTable(championship: $championship, edition: $edition, event: $event, sex: $sex) {
    championship { slug }
    edition { slug }
    rows { rank country { code name } gold silver bronze total }
  }
}`;

const table = async (variables: Record<string, unknown>) => {
  const { data, errors } = await api.query(TABLE, variables);
  expect(errors).toBeUndefined();
  return data.medalTable;
};

/** Rows as [rank, country code or null, gold, silver, bronze, total]. */
const compact = (rows: any[]) => rows.map((r) => [r.rank, r.country?.code ?? null, r.gold, r.silver, r.bronze, r.total]);

describe('medalTable on the seed data', () => {
  it('counts every Olympic edition: MAR 2 golds, ETH and USA a silver each, 2 bronzes to athletes of unknown country', async () => {
    const olympics = await table({ championship: 'olympic-games' });
    expect(olympics.championship.slug).toBe('olympic-games');
    expect(olympics.edition).toBeNull();
    expect(compact(olympics.rows)).toEqual([
      [1, 'MAR', 2, 0, 0, 2],
      [2, 'ETH', 0, 1, 0, 1],
      [2, 'USA', 0, 1, 0, 1],
      [null, null, 0, 0, 2, 2], // Kibiwott (Paris) and Kigen (Tokyo): the article gives no country
    ]);
  });

  it('counts one edition: Paris 2024', async () => {
    const paris = await table({ championship: 'olympic-games', edition: 'paris-2024' });
    expect(paris.edition.slug).toBe('paris-2024');
    expect(compact(paris.rows)).toEqual([
      [1, 'MAR', 1, 0, 0, 1],
      [2, 'USA', 0, 1, 0, 1],
      [null, null, 0, 0, 1, 1],
    ]);
  });

  it('gives the Diamond League no table, and the U20 series its own', async () => {
    expect((await table({ championship: 'diamond-league' })).rows).toEqual([]);
    expect(compact((await table({ championship: 'world-u20-championships' })).rows)).toEqual([[null, null, 1, 0, 0, 1]]);
    expect(compact((await table({ championship: 'world-championships' })).rows)).toEqual([[1, 'MAR', 2, 0, 0, 2]]);
  });

  it('filters by event and sex', async () => {
    expect((await table({ championship: 'olympic-games', event: '3000sc', sex: 'MALE' })).rows).toHaveLength(4);
    expect((await table({ championship: 'olympic-games', event: '3000SC', sex: 'FEMALE' })).rows).toEqual([]);
  });

  it.each([
    [{ championship: 'no-such-series' }, 'championship', /no championship has the slug "no-such-series"/],
    [{ championship: 'olympic-games', edition: 'nowhere-1900' }, 'edition', /no meet has the slug/],
    [{ championship: 'olympic-games', edition: 'budapest-2023' }, 'edition', /"budapest-2023" is not an edition of "olympic-games"/],
    [{ championship: 'olympic-games', event: 'XYZ' }, 'event', /no event has the code "XYZ"/],
  ])('rejects %j naming the argument', async (variables, argumentName, message) => {
    const { errors } = await api.query(TABLE, variables);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName } });
    expect(errors?.[0].message).toMatch(message);
  });
});

describe('medalTable rules on purpose-built data', () => {
  let games: { slug: string };
  let editionA: { slug: string };

  beforeAll(async () => {
    const f = new Fixtures(api.db.prisma);
    for (const [code, name] of [
      ['KEN', 'Kenya'],
      ['ETH', 'Ethiopia'],
      ['UGA', 'Uganda'],
      ['BRN', 'Bahrain'],
      ['QAT', 'Qatar'],
      ['SUI', 'Switzerland'],
    ]) {
      await f.country(code, name);
    }
    const steeple = await f.event('3000SC');
    const women1500 = await f.event('1500', { sex: 'FEMALE', name: '1500 Metres' });
    const gamesSeries = await f.championship('Test Games', { level: 'OLYMPIC' });
    games = gamesSeries;
    const a = await f.meet('Games A', { date: '2023-08-01', championshipId: gamesSeries.id });
    editionA = a;
    const b = await f.meet('Games B', { date: '2024-08-01', championshipId: gamesSeries.id });
    const athlete = (name: string, country?: string, sex: 'MALE' | 'FEMALE' = 'MALE') => f.athlete(name, { country, sex });

    // Edition A: a tie for gold (KEN, ETH), so the next place is 3, a bronze (UGA); a DQ (QAT) and a heat winner (SUI) get nothing.
    const heat = await f.race(a.id, steeple.id, { round: 'HEAT', heat: 1 });
    await f.results(heat.id, [[(await athlete('Heat Winner', 'SUI')).id, 1, '8:20.00']]);
    await f.results((await f.race(a.id, steeple.id)).id, [
      [(await athlete('Ken One', 'KEN')).id, 1, '8:10.00'],
      [(await athlete('Eth One', 'ETH')).id, 1, '8:10.00'],
      [(await athlete('Uga Three', 'UGA')).id, 3, '8:11.00'],
      [(await athlete('Qat Dq', 'QAT')).id, 'DQ'],
    ]);
    // Edition B: UGA gold, KEN silver, unknown-country bronze; women's 1500: unknown gold, ETH silver, BRN bronze.
    await f.results((await f.race(b.id, steeple.id)).id, [
      [(await athlete('Uga Two', 'UGA')).id, 1, '8:05.00'],
      [(await athlete('Ken Two', 'KEN')).id, 2, '8:06.00'],
      [(await athlete('Nobody Knows')).id, 3, '8:07.00'],
    ]);
    await f.results((await f.race(b.id, women1500.id)).id, [
      [(await athlete('Unknown Woman', undefined, 'FEMALE')).id, 1, '3:55.00'],
      [(await athlete('Eth Woman', 'ETH', 'FEMALE')).id, 2, '3:56.00'],
      [(await athlete('Brn Woman', 'BRN', 'FEMALE')).id, 3, '3:57.00'],
    ]);

    // A U20 series and a series without medals, with winners of countries absent from the senior table.
    const u20 = await f.championship('Test Games U20', { ageCategory: 'U20' });
    const league = await f.championship('Test League', { level: 'CIRCUIT', awardsMedals: false });
    for (const [series, country] of [
      [u20, 'QAT'],
      [league, 'SUI'],
    ] as const) {
      const meet = await f.meet(`${series.name} 2024`, { date: '2024-07-01', championshipId: series.id });
      await f.results((await f.race(meet.id, steeple.id)).id, [[(await athlete(`${country} Winner`, country)).id, 1, '8:30.00']]);
    }
  });

  it('sorts by gold, silver, bronze then name, shares ranks for equal counts, and lists unknown countries last, unranked', async () => {
    const all = await table({ championship: games.slug });
    expect(compact(all.rows)).toEqual([
      [1, 'ETH', 1, 1, 0, 2], // Ethiopia before Kenya: same counts, so same rank, then by name
      [1, 'KEN', 1, 1, 0, 2],
      [3, 'UGA', 1, 0, 1, 2], // fewer silvers
      [4, 'BRN', 0, 0, 1, 1],
      [null, null, 1, 0, 1, 2], // a gold, yet not ranked: these medals belong to no known country
    ]);
    const codes = all.rows.map((r: any) => r.country?.code);
    expect(codes).not.toContain('QAT'); // DQ, and U20 medals never count in the senior series
    expect(codes).not.toContain('SUI'); // heat winner, and a series without medals
  });

  it('counts a tie for first as two golds and the next place as a bronze in one edition', async () => {
    const a = await table({ championship: games.slug, edition: editionA.slug });
    expect(compact(a.rows)).toEqual([
      [1, 'ETH', 1, 0, 0, 1],
      [1, 'KEN', 1, 0, 0, 1],
      [3, 'UGA', 0, 0, 1, 1],
    ]);
  });

  it('filters by event and sex', async () => {
    const women = await table({ championship: games.slug, event: '1500', sex: 'FEMALE' });
    expect(compact(women.rows)).toEqual([
      [1, 'ETH', 0, 1, 0, 1],
      [2, 'BRN', 0, 0, 1, 1],
      [null, null, 1, 0, 0, 1],
    ]);
  });

  it('gives the U20 series its own table and the series without medals none', async () => {
    const { data } = await api.query('{ championships(first: 100) { nodes { slug name } } }');
    const slugOf = (name: string) => data.championships.nodes.find((c: any) => c.name === name).slug;
    expect(compact((await table({ championship: slugOf('Test Games U20') })).rows)).toEqual([[1, 'QAT', 1, 0, 0, 1]]);
    expect((await table({ championship: slugOf('Test League') })).rows).toEqual([]);
  });
});
