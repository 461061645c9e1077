import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const RIVALS = `query ($slug: String!, $first: Int, $after: String, $filter: HeadToHeadFilter) {
  athlete(slug: $slug) {
    rivals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        athlete { slug } races wins losses noDecision
        lastMeeting { race { meet { name } } winner { slug } }
        headToHead { athleteA { slug } athleteB { slug } races winsA winsB }
      }
    }
  }
}`;

const rivals = (slug: string, vars: Record<string, unknown> = {}) => api.query(RIVALS, { slug, first: 20, ...vars });
const summary = (data: any) => data.athlete.rivals.nodes.map((r: any) => [r.athlete.slug, r.races, r.wins, r.losses]);

describe('rivals on the seed data', () => {
  it("lists El Bakkali's opponents, most met first, Serem among them at 2-0", async () => {
    const { data, errors } = await rivals('soufiane-el-bakkali');
    expect(errors).toBeUndefined();
    const list = summary(data);
    expect(data.athlete.rivals.totalCount).toBe(6);
    expect(list.map((r: any) => r[1])).toEqual([2, 2, 1, 1, 1, 1]);
    expect(
      list
        .slice(0, 2)
        .map((r: any) => r[0])
        .sort(),
    ).toEqual(['abraham-kibiwott', 'amos-serem']);
    expect(
      list
        .slice(2)
        .map((r: any) => r[0])
        .sort(),
    ).toEqual(['benjamin-kigen', 'kenneth-rooks', 'lamecha-girma', 'samuel-firewu']);
    expect(list.every((r: any) => r[2] === r[1] && r[3] === 0)).toBe(true);
    const serem = data.athlete.rivals.nodes.find((r: any) => r.athlete.slug === 'amos-serem');
    expect(serem.headToHead).toEqual({
      athleteA: { slug: 'soufiane-el-bakkali' },
      athleteB: { slug: 'amos-serem' },
      races: 2,
      winsA: 2,
      winsB: 0,
    });
  });

  it('gives Serem 0-2 against El Bakkali, behind rivals he has beaten', async () => {
    const { data } = await rivals('amos-serem');
    const list = summary(data);
    expect(list.slice(0, 2).sort()).toEqual([
      ['abraham-kibiwott', 2, 1, 1],
      ['samuel-firewu', 2, 1, 1],
    ]);
    expect(list.slice(2)).toEqual([
      ['soufiane-el-bakkali', 2, 0, 2],
      ['kenneth-rooks', 1, 0, 1],
    ]);
  });
});

describe('rivals on purpose-built data', () => {
  let x: { slug: string };

  // X met Q three times (won 2), P three times (won 1), R once (won), S only in a race X did not start.
  beforeAll(async () => {
    const f = new Fixtures(api.db.prisma);
    const [xa, p, q, r, s] = await Promise.all(['Xavier', 'Papa', 'Quebec', 'Romeo', 'Sierra'].map((n) => f.athlete(`${n} Rival`)));
    x = xa;
    const steeple = await f.event('3000SC');
    const mile = await f.event('1500', { name: '1500 Metres' });
    let day = 1;
    const race = async (eventId = steeple.id) => {
      const meet = await f.meet(`Rivals Meet ${day}`, { date: `2022-03-${String(day++).padStart(2, '0')}` });
      return (await f.race(meet.id, eventId)).id;
    };
    await f.results(await race(), [
      [xa.id, 1, '8:10.00'],
      [q.id, 2, '8:11.00'],
      [p.id, 3, '8:12.00'],
    ]);
    await f.results(await race(), [
      [p.id, 1, '8:09.00'],
      [xa.id, 2, '8:10.00'],
      [q.id, 3, '8:11.00'],
    ]);
    await f.results(await race(mile.id), [
      [p.id, 1, '3:40.00'],
      [q.id, 2, '3:41.00'],
      [xa.id, 3, '3:42.00'],
      [r.id, 4, '3:43.00'],
    ]);
    await f.results(await race(), [
      [s.id, 1, '8:10.00'],
      [xa.id, 'DNS'],
    ]);
  });

  it('orders by meetings, then wins, and leaves out opponents met only in a race not started', async () => {
    const { data, errors } = await rivals(x.slug);
    expect(errors).toBeUndefined();
    expect(summary(data).map((r: any) => r.slice(1))).toEqual([
      [3, 2, 1],
      [3, 1, 2],
      [1, 1, 0],
    ]);
    expect(data.athlete.rivals.nodes.map((r: any) => r.athlete.slug)).toEqual([
      expect.stringMatching(/^quebec-rival/),
      expect.stringMatching(/^papa-rival/),
      expect.stringMatching(/^romeo-rival/),
    ]);
    expect(data.athlete.rivals.nodes[0].lastMeeting.race.meet.name).toBe('Rivals Meet 3');
  });

  it('pages with first and after', async () => {
    const page1 = await rivals(x.slug, { first: 2 });
    expect(page1.data.athlete.rivals).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await rivals(x.slug, { first: 2, after: page1.data.athlete.rivals.pageInfo.endCursor });
    expect(page2.data.athlete.rivals.nodes.map((r: any) => r.athlete.slug)).toEqual([expect.stringMatching(/^romeo-rival/)]);
    expect(page2.data.athlete.rivals.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by event', async () => {
    const { data } = await rivals(x.slug, { filter: { event: { code: '3000SC', sex: 'MALE' } } });
    expect(summary(data).map((r: any) => r.slice(1))).toEqual([
      [2, 2, 0],
      [2, 1, 1],
    ]);
  });

  it('rejects a page over 100', async () => {
    const { errors } = await rivals(x.slug, { first: 101 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('loads the rivals of many athletes at once', async () => {
    const { data, errors } = await api.query('{ athletes(search: "rival", first: 10) { nodes { slug rivals(first: 5) { totalCount } } } }');
    expect(errors).toBeUndefined();
    const counts = Object.fromEntries(data.athletes.nodes.map((a: any) => [a.slug.split('-')[0], a.rivals.totalCount]));
    expect(counts).toEqual({ papa: 3, quebec: 3, romeo: 3, sierra: 0, xavier: 3 });
  });
});
