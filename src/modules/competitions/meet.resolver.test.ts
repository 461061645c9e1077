import { startTestApi, type TestApi } from '../../../test/support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const MEET = `query ($slug: String!) {
  meet(slug: $slug) {
    name year startDate championship { slug awardsMedals } country { code } sources { reference title }
    races(first: 10) {
      totalCount
      nodes {
        name round status date season
        event { code unit direction }
        results(first: 100) { nodes { place placeText status photoFinish athlete { slug } mark { text value } sources { reference } } }
        entries(first: 100) { nodes { athlete { slug } sources { reference } } }
      }
    }
  }
}`;

describe('meet', () => {
  it('gives Silesia 2024 in official order: the photo finish, not the equal time, decides', async () => {
    const { data, errors } = await api.query(MEET, { slug: 'silesia-2024' });
    expect(errors).toBeUndefined();
    const [race] = data.meet.races.nodes;
    expect(race.name).toBe("Men's 3000 Metres Steeplechase Final");
    expect(race.results.nodes.map((r: any) => [r.placeText, r.athlete.slug, r.mark.text, r.photoFinish])).toEqual([
      ['1', 'soufiane-el-bakkali', '8:04.29', true],
      ['2', 'amos-serem', '8:04.29', true],
      ['3', 'samuel-firewu', '8:04.34', false],
      ['4', 'abraham-kibiwott', '8:08.21', false],
    ]);
    expect(race.results.nodes[0].mark.value).toBe(race.results.nodes[1].mark.value);
    for (const result of race.results.nodes) {
      expect(result.sources.map((s: any) => s.reference)).toEqual(['serem-bakkali-brussels-preview']);
    }
  });

  it('gives the Brussels 2024 final as a scheduled race with its entries and no results', async () => {
    const { data } = await api.query(MEET, { slug: 'brussels-2024' });
    const [race] = data.meet.races.nodes;
    expect(race).toMatchObject({ status: 'SCHEDULED', date: '2024-09-13', season: 2024, results: { nodes: [] } });
    expect(race.entries.nodes.map((e: any) => e.athlete.slug).sort()).toEqual(['amos-serem', 'soufiane-el-bakkali']);
    expect(race.entries.nodes[0].sources[0].reference).toBe('serem-bakkali-brussels-preview');
    expect(data.meet.country.code).toBe('BEL');
  });

  it("keeps an edition's name apart from when it was held: Tokyo 2020 was in 2021", async () => {
    const { data } = await api.query(MEET, { slug: 'tokyo-2020' });
    expect(data.meet).toMatchObject({ name: 'Tokyo 2020', year: 2021, startDate: null, championship: { slug: 'olympic-games' } });
    const [race] = data.meet.races.nodes;
    expect(race.season).toBe(2021);
    expect(race.results.nodes.map((r: any) => [r.place, r.athlete.slug, r.mark.text])).toEqual([
      [1, 'soufiane-el-bakkali', '8:08.90'],
      [2, 'lamecha-girma', '8:10.38'],
      [3, 'benjamin-kigen', '8:11.45'],
    ]);
  });

  it('gives every fact of the article about the other meets', async () => {
    const podium = async (slug: string) => {
      const { data } = await api.query(MEET, { slug });
      expect(data.meet.sources.length).toBeGreaterThan(0);
      return data.meet.races.nodes[0].results.nodes.map((r: any) => `${r.place} ${r.athlete.slug} ${r.mark?.text ?? '-'}`);
    };
    expect(await podium('paris-2024')).toEqual([
      '1 soufiane-el-bakkali 8:06.05',
      '2 kenneth-rooks 8:06.41',
      '3 abraham-kibiwott 8:06.47',
      '14 amos-serem 8:19.74',
    ]);
    expect(await podium('eugene-2022')).toEqual(['1 soufiane-el-bakkali 8:25.13']);
    expect(await podium('budapest-2023')).toEqual(['1 soufiane-el-bakkali 8:03.53']);
    expect(await podium('nairobi-2021')).toEqual(['1 amos-serem 8:30.72']);
    expect(await podium('accra-2023')).toEqual(['1 samuel-firewu 8:24.30', '2 amos-serem 8:25.77']);
    expect(await podium('african-u20-championships-2021')).toEqual(['1 amos-serem -']);
  });

  it('lists meets by year held, latest first, and filters by championship', async () => {
    const { data } = await api.query('{ meets(championship: "olympic-games") { nodes { slug year } } }');
    expect(data.meets.nodes).toEqual([
      { slug: 'paris-2024', year: 2024 },
      { slug: 'tokyo-2020', year: 2021 },
    ]);
    const unknown = await api.query('{ meets(championship: "nope") { totalCount } }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'championship' });
  });
});

describe('championship', () => {
  it('lists its editions, latest held first', async () => {
    const { data, errors } = await api.query(`{
      championship(slug: "world-championships") { name level ageCategory awardsMedals editions(first: 10) { nodes { name year city } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.championship).toEqual({
      name: 'World Athletics Championships',
      level: 'WORLD',
      ageCategory: 'SENIOR',
      awardsMedals: true,
      editions: {
        nodes: [
          { name: 'Budapest 2023', year: 2023, city: 'Budapest' },
          { name: 'Eugene 2022', year: 2022, city: 'Eugene' },
        ],
      },
    });
  });

  it('knows which series award medals and which age category they are for', async () => {
    const { data } = await api.query('{ championships(first: 100) { nodes { slug awardsMedals ageCategory } } }');
    const bySlug = Object.fromEntries(data.championships.nodes.map((c: any) => [c.slug, c]));
    expect(bySlug['diamond-league'].awardsMedals).toBe(false);
    expect(bySlug['world-u20-championships']).toMatchObject({ awardsMedals: true, ageCategory: 'U20' });
  });

  it('reads a meet, its races, and their results with their athletes in three statements, and answers their fields from them', async () => {
    const query = `query ($slug: String!) { meet(slug: $slug) { races(first: 10) { nodes {
      name season event { code } results(first: 100) { nodes { placeText mark { text unit } athlete { slug country { code } } } } } } } }`;
    await api.query(query, { slug: 'silesia-2024' }); // reference tables (events, countries) read once per server
    const spy = jest.spyOn(api.db.pool, 'query');
    try {
      const { data, errors } = await api.query(query, { slug: 'silesia-2024' });
      expect(errors).toBeUndefined();
      const [race] = data.meet.races.nodes;
      expect(race.results.nodes.map((r: any) => [r.placeText, r.athlete.slug, r.athlete.country?.code, r.mark.unit])).toEqual([
        ['1', 'soufiane-el-bakkali', 'MAR', 'TIME'],
        ['2', 'amos-serem', undefined, 'TIME'], // the seed gives the Kenyans no country
        ['3', 'samuel-firewu', 'ETH', 'TIME'],
        ['4', 'abraham-kibiwott', undefined, 'TIME'],
      ]);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });
});
