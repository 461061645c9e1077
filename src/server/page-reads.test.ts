// Pages read with what they show (src/db/related-rows.ts): a top list, an analyst's page, a
// head-to-head and an athlete's profile each cost one statement (the analyst's count one more),
// and what the loaders took in from it answers exactly what separate reads would.
import { startTestApi, type TestApi } from '../../test/support/api';
import { encodeGlobalId } from '../modules/common/relay';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const SHOWN = 'placeText status mark { text unit } athlete { slug country { code } } race { name season meet { slug name } }';

/** Runs a query twice (the first warms the server's reference tables) and counts the second's statements. */
async function statementsOf(query: string, variables: Record<string, unknown> = {}) {
  const first = await api.query(query, variables);
  expect(first.errors).toBeUndefined();
  const spy = jest.spyOn(api.db.pool, 'query');
  try {
    const again = await api.query(query, variables);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    return { statements: spy.mock.calls.length, data: again.data };
  } finally {
    spy.mockRestore();
  }
}

describe('pages read with what they show', () => {
  it('a top list is one statement, its performances, athletes, races and meets included', async () => {
    const { statements, data } = await statementsOf(`{ topList(event: { code: "3000SC", sex: MALE }, season: 2024, first: 10) {
      nodes { rank athlete { slug country { code } } performance { ${SHOWN} } } } }`);
    expect(statements).toBe(1);
    const [first] = data.topList.nodes;
    expect(first.rank).toBe(1);
    expect(first.performance.athlete.slug).toBe(first.athlete.slug);
    expect(first.performance.race.meet.slug).toEqual(expect.any(String));
  });

  it("an analyst's first page is one statement, its count included; a later page counts in a second", async () => {
    const page = (fields: string, after?: string) =>
      `{ performances(event: "3000SC", sex: MALE, orderBy: { field: MARK }, first: 3${after ? `, after: "${after}"` : ''}) { ${fields} } }`;
    const first = await statementsOf(page(`totalCount pageInfo { endCursor } nodes { ${SHOWN} }`));
    expect(first.statements).toBe(1);
    const { totalCount, nodes, pageInfo } = first.data.performances;
    expect(nodes).toHaveLength(3);
    expect(totalCount).toBeGreaterThan(3);
    // The count of the whole list, not of what follows a cursor: the same on every page.
    const second = await statementsOf(page('totalCount nodes { id }', pageInfo.endCursor));
    expect(second.statements).toBe(2);
    expect(second.data.performances.totalCount).toBe(totalCount);
    // Asked for through a fragment, it is still counted with the page; not asked for, never.
    const fragment = await statementsOf(page('... on PerformanceConnection { totalCount } nodes { id }'));
    expect([fragment.statements, fragment.data.performances.totalCount]).toEqual([1, totalCount]);
    expect((await statementsOf(page('nodes { id }'))).statements).toBe(1);
    const {
      rows: [counted],
    } = await api.db.pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM performances p JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id
        WHERE e.code = '3000SC' AND e.sex = 'MALE'`,
    );
    expect(totalCount).toBe(counted.count);
  });

  it("an analyst's first page with nothing to show counts 0", async () => {
    const { statements, data } =
      await statementsOf(`{ performances(event: "3000SC", sex: MALE, from: "1900-01-01", to: "1900-12-31", first: 5) {
      totalCount nodes { id } } }`);
    expect([statements, data.performances.totalCount, data.performances.nodes]).toEqual([1, 0, []]);
  });

  it('a head-to-head is the athletes and one statement, places shared or not read off it', async () => {
    const { statements, data } =
      await statementsOf(`{ headToHead(athleteA: { slug: "amos-serem" }, athleteB: { slug: "soufiane-el-bakkali" }) {
      winsA winsB meetings(first: 10) { nodes { race { name meet { slug } } performanceA { ${SHOWN} } performanceB { ${SHOWN} } } } } }`);
    expect(statements).toBe(2);
    const silesia = data.headToHead.meetings.nodes.find((m: any) => m.race.meet.slug === 'silesia-2024');
    expect([silesia.performanceA.placeText, silesia.performanceB.placeText]).toEqual(['2', '1']);
  });

  it('takes shared places from the page: "1=" for both athletes placed first', async () => {
    const {
      rows: [second],
    } = await api.db.pool.query<{ id: number; race_id: number; slug: string }>(
      `SELECT p.id, p.race_id, m.slug FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id
        WHERE p.place = 2 ORDER BY p.id LIMIT 1`,
    );
    // A tie is tied in both rows (the database refuses place 1 twice otherwise): one statement.
    await api.db.pool.query('UPDATE performances SET place = 1, tied = true WHERE race_id = $1 AND (id = $2 OR place = 1)', [
      second.race_id,
      second.id,
    ]);
    try {
      const { data } = await statementsOf(
        `query ($meet: String!) { performances(meet: $meet, first: 100) { nodes { placeText race { id } } } }`,
        {
          meet: second.slug,
        },
      );
      const race = encodeGlobalId('Race', second.race_id);
      const texts = data.performances.nodes.filter((n: any) => n.race.id === race).map((n: any) => n.placeText);
      expect(texts.filter((text: string | null) => text === '1=')).toHaveLength(2);
      expect(texts).not.toContain('1');
    } finally {
      await api.db.pool.query(
        'UPDATE performances SET place = CASE WHEN id = $2 THEN 2 ELSE place END, tied = false WHERE race_id = $1 AND place = 1',
        [second.race_id, second.id],
      );
    }
  });
});

describe("an athlete's profile", () => {
  const PROFILE = `displayName aliases country { code }
    personalBests { event { code } mark { text } indoor performance { placeText race { name meet { slug } } } }
    seasonBests(season: 2024) { event { code } mark { text } date }
    medals(first: 10) { totalCount nodes { medal place shared championship { name } } }
    performances(first: 3) { totalCount nodes { ${SHOWN} } }`;

  it('is one statement: the athlete, aliases and every result, by slug or by id', async () => {
    const bySlug = await statementsOf(`{ athlete(slug: "soufiane-el-bakkali") { id ${PROFILE} } }`);
    expect(bySlug.statements).toBe(1);
    const athlete = bySlug.data.athlete;
    expect(athlete.aliases.length).toBeGreaterThan(0);
    expect(athlete.performances.totalCount).toBeGreaterThan(3);
    expect(athlete.personalBests.length).toBeGreaterThan(0);
    const byId = await statementsOf(`query ($id: ID!) { athlete(id: $id) { id ${PROFILE} } }`, { id: athlete.id });
    expect(byId).toEqual(bySlug);
  });

  it('answers what the separate reads answer (the same athlete reached through node)', async () => {
    const fused = await statementsOf(`{ athlete(slug: "amos-serem") { id ${PROFILE} } }`);
    const separate = await statementsOf(`query ($id: ID!) { node(id: $id) { ... on Athlete { id ${PROFILE} } } }`, {
      id: fused.data.athlete.id,
    });
    expect(separate.statements).toBeGreaterThan(1);
    expect(separate.data.node).toEqual(fused.data.athlete);
  });

  it('reads no results for a query that shows none', async () => {
    const plain = await statementsOf('{ athlete(slug: "amos-serem") { displayName } }');
    expect(plain.statements).toBe(1);
    const spy = jest.spyOn(api.db.pool, 'query');
    try {
      await api.query('{ athlete(slug: "amos-serem") { displayName } }');
      expect(String((spy.mock.calls[0][0] as unknown as { text: string }).text)).not.toContain('performances');
    } finally {
      spy.mockRestore();
    }
  });

  it('gives an athlete with no results and no aliases empty lists, and an unknown slug null', async () => {
    await api.db.pool.query(`INSERT INTO athletes (slug, given_name, family_name, display_name, search_name, sex, updated_at)
      VALUES ('no-results-yet', 'No', 'Results', 'No Results', 'no results', 'FEMALE', now())`);
    try {
      const { statements, data } = await statementsOf(
        `{ athlete(slug: "no-results-yet") { ${PROFILE} } missing: athlete(slug: "nobody-at-all") { ${PROFILE} } }`,
      );
      expect(statements).toBe(1);
      expect(data.missing).toBeNull();
      expect(data.athlete).toMatchObject({
        displayName: 'No Results',
        aliases: [],
        personalBests: [],
        seasonBests: [],
        medals: { totalCount: 0, nodes: [] },
        performances: { totalCount: 0, nodes: [] },
      });
    } finally {
      await api.db.pool.query(`DELETE FROM athletes WHERE slug = 'no-results-yet'`);
    }
  });
});
