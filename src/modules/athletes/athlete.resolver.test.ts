import { startTestApi, type TestApi } from '../../../test/support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const SEREM = `query ($slug: String!) {
  athlete(slug: $slug) {
    id displayName country { code } aliases
    performances(first: 20) {
      totalCount
      nodes { place placeText photoFinish mark { text value unit precision decimal } race { season meet { slug name year } } }
    }
  }
}`;

describe('athlete', () => {
  it('returns Amos Serem with his Silesia 2024 and Paris 2024 results', async () => {
    const { data, errors } = await api.query(SEREM, { slug: 'amos-serem' });
    expect(errors).toBeUndefined();
    const athlete = data.athlete;
    expect(athlete.displayName).toBe('Amos Serem');
    expect(athlete.country).toBeNull(); // the article does not say
    const byMeet = Object.fromEntries(athlete.performances.nodes.map((p: any) => [p.race.meet.slug, p]));
    expect(byMeet['silesia-2024']).toMatchObject({
      place: 2,
      placeText: '2',
      photoFinish: true,
      mark: { text: '8:04.29', value: 484290, unit: 'TIME', precision: 'HUNDREDTHS', decimal: 484.29 },
    });
    expect(byMeet['paris-2024']).toMatchObject({ place: 14, mark: { text: '8:19.74', value: 499740 } });
    expect(byMeet['nairobi-2021'].mark.text).toBe('8:30.72');
    expect(byMeet['african-u20-championships-2021']).toMatchObject({ place: 1, mark: null });
    expect(byMeet['accra-2023']).toMatchObject({ place: 2, race: { season: 2024, meet: { year: 2024 } } });
    expect(athlete.performances.totalCount).toBe(5);
  });

  it('lists performances most recent first, by the year held rather than the name', async () => {
    const { data } = await api.query(SEREM, { slug: 'amos-serem' });
    const years = data.athlete.performances.nodes.map((p: any) => p.race.meet.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('finds the same athlete by global id', async () => {
    const { data: bySlug } = await api.query(SEREM, { slug: 'soufiane-el-bakkali' });
    const { data, errors } = await api.query('query ($id: ID!) { athlete(id: $id) { slug } }', { id: bySlug.athlete.id });
    expect(errors).toBeUndefined();
    expect(data.athlete.slug).toBe('soufiane-el-bakkali');
  });

  it('returns null for an unknown slug', async () => {
    const { data, errors } = await api.query('{ athlete(slug: "nobody") { id } }');
    expect(errors).toBeUndefined();
    expect(data.athlete).toBeNull();
  });

  it('rejects both or neither of id and slug', async () => {
    for (const args of ['', '(id: "QXRobGV0ZTox", slug: "amos-serem")']) {
      const { errors } = await api.query(`{ athlete${args} { id } }`);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(/exactly one of id, slug/);
    }
  });

  it('rejects an id of another type or not issued by us', async () => {
    const meet = Buffer.from('Meet:1').toString('base64url');
    const wrong = await api.query('query ($id: ID!) { athlete(id: $id) { id } }', { id: meet });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
    expect(wrong.errors?.[0].message).toMatch(/expected the id of a Athlete, got the id of a Meet/);
    const junk = await api.query('query ($id: ID!) { athlete(id: $id) { id } }', { id: "'; drop table athletes; --" });
    expect(junk.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('athletes search', () => {
  const search = (text: string) => api.query('query ($s: String) { athletes(search: $s) { totalCount nodes { slug } } }', { s: text });

  it.each([
    ['bakkali', 'soufiane-el-bakkali'],
    ['El Bakkali', 'soufiane-el-bakkali'],
    ['SOUFIANE EL BAKKALI', 'soufiane-el-bakkali'],
    ['Soufiané', 'soufiane-el-bakkali'],
    ['bakkali soufiane', 'soufiane-el-bakkali'],
    ['serem', 'amos-serem'],
  ])('"%s" finds %s', async (text, slug) => {
    const { data, errors } = await search(text);
    expect(errors).toBeUndefined();
    expect(data.athletes.nodes.map((a: any) => a.slug)).toEqual([slug]);
  });

  it('finds nobody for a name that is not there', async () => {
    const { data } = await search('bolt');
    expect(data.athletes).toEqual({ totalCount: 0, nodes: [] });
  });

  it('rejects a search with no letters', async () => {
    const { errors } = await search('  ');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'search' });
  });

  it('filters by country', async () => {
    const { data } = await api.query('{ athletes(country: "eth") { nodes { slug } } }');
    expect(data.athletes.nodes.map((a: any) => a.slug).sort()).toEqual(['lamecha-girma', 'samuel-firewu']);
  });
});

describe('athletes pagination', () => {
  const page = (first: number, after?: string) =>
    api.query(
      'query ($first: Int, $after: String) { athletes(first: $first, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
      { first, after },
    );

  it('walks every athlete once, in a stable name order', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await page(3, after);
      expect(errors).toBeUndefined();
      expect(data.athletes.totalCount).toBe(7);
      seen.push(...data.athletes.edges.map((e: any) => e.node.slug));
      if (!data.athletes.pageInfo.hasNextPage) break;
      after = data.athletes.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toEqual([...seen].sort());
  });

  it('allows at most 100 a page', async () => {
    const { errors } = await page(101);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    expect(errors?.[0].message).toMatch(/between 0 and 100/);
  });

  it('rejects a cursor it did not issue', async () => {
    const { errors } = await page(3, 'not-a-cursor');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
