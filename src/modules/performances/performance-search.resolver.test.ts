// The analysts' search on the seed data (the article's results).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { EXAMPLES_DIR } from '../../app/example-operations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const SEARCH = `query (
  $athlete: String, $athleteId: ID, $country: String, $event: String, $sex: Sex, $eventId: ID, $meet: String, $meetId: ID,
  $championship: String, $season: Int, $from: Date, $to: Date, $indoor: Boolean, $round: [Round!], $maxPlace: Int,
  $markAtLeast: String, $status: [PerformanceStatus!], $orderBy: PerformanceOrder, $first: Int = 100, $after: String
) {
  performances(
    athlete: $athlete, athleteId: $athleteId, country: $country, event: $event, sex: $sex, eventId: $eventId, meet: $meet,
    meetId: $meetId, championship: $championship, season: $season, from: $from, to: $to, indoor: $indoor, round: $round,
    maxPlace: $maxPlace, markAtLeast: $markAtLeast, status: $status, orderBy: $orderBy, first: $first, after: $after
  ) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { place athlete { slug } mark { text value } race { season meet { slug } } }
  }
}`;

const search = (variables: Record<string, unknown>) => api.query(SEARCH, variables);

/** "meet place athlete mark" lines, in the order returned. */
async function lines(variables: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await search(variables);
  expect(errors).toBeUndefined();
  return data.performances.nodes.map((p: any) => `${p.race.meet.slug} ${p.place} ${p.athlete.slug} ${p.mark?.text ?? '-'}`);
}

const STEEPLE = { event: '3000SC', sex: 'MALE' };

describe('performances filters on the seed data', () => {
  it('3000SC men, season 2024, top 3: Silesia, Paris, and the African Games held in Accra in 2024', async () => {
    const found = await lines({ ...STEEPLE, season: 2024, maxPlace: 3 });
    expect(found.sort()).toEqual([
      // "African Games 2023" was held in 2024: its season is 2024.
      'accra-2023 1 samuel-firewu 8:24.30',
      'accra-2023 2 amos-serem 8:25.77',
      'paris-2024 1 soufiane-el-bakkali 8:06.05',
      'paris-2024 2 kenneth-rooks 8:06.41',
      'paris-2024 3 abraham-kibiwott 8:06.47',
      'silesia-2024 1 soufiane-el-bakkali 8:04.29',
      'silesia-2024 2 amos-serem 8:04.29',
      'silesia-2024 3 samuel-firewu 8:04.34',
    ]);
  });

  it('adds filters with AND: the same minus the African Games with championship "diamond-league"', async () => {
    const found = await lines({ ...STEEPLE, season: 2024, maxPlace: 3, championship: 'diamond-league' });
    expect(found).toHaveLength(3);
    expect(found.every((line) => line.startsWith('silesia-2024'))).toBe(true);
  });

  it('markAtLeast "8:06.05" in 2024, best mark first, equal marks in a stable order', async () => {
    const variables = { ...STEEPLE, season: 2024, markAtLeast: '8:06.05', orderBy: { field: 'MARK' } };
    const expected = [
      'silesia-2024 1 soufiane-el-bakkali 8:04.29',
      'silesia-2024 2 amos-serem 8:04.29',
      'silesia-2024 3 samuel-firewu 8:04.34',
      'paris-2024 1 soufiane-el-bakkali 8:06.05',
    ];
    expect(await lines(variables)).toEqual(expected);
    expect(await lines(variables)).toEqual(expected);
    const { data } = await search(variables);
    expect(data.performances.totalCount).toBe(4);
  });

  it('the markAtLeast threshold is inclusive and exact: "8:06.04" leaves out 8:06.05', async () => {
    const found = await lines({ ...STEEPLE, season: 2024, markAtLeast: '8:06.04' });
    expect(found.sort()).toEqual([
      'silesia-2024 1 soufiane-el-bakkali 8:04.29',
      'silesia-2024 2 amos-serem 8:04.29',
      'silesia-2024 3 samuel-firewu 8:04.34',
    ]);
  });

  it('puts Tokyo 2020 in season 2021, not 2020', async () => {
    expect(await lines({ season: 2020 })).toEqual([]);
    const found = await lines({ season: 2021, championship: 'olympic-games' });
    expect(found.sort()).toEqual([
      'tokyo-2020 1 soufiane-el-bakkali 8:08.90',
      'tokyo-2020 2 lamecha-girma 8:10.38',
      'tokyo-2020 3 benjamin-kigen 8:11.45',
    ]);
    const { data } = await search({ season: 2021 });
    expect(data.performances.nodes.every((p: any) => p.race.season === 2021)).toBe(true);
    expect(data.performances.totalCount).toBe(5); // Tokyo 3, Nairobi 1, African U20 1
  });

  it('filters by country of the athlete', async () => {
    const found = await lines({ country: 'eth' });
    expect(found.sort()).toEqual([
      'accra-2023 1 samuel-firewu 8:24.30',
      'silesia-2024 3 samuel-firewu 8:04.34',
      'tokyo-2020 2 lamecha-girma 8:10.38',
    ]);
  });

  it('filters by championship: the Olympic finals of Paris and Tokyo', async () => {
    const { data } = await search({ championship: 'olympic-games' });
    const meets = data.performances.nodes.map((p: any) => p.race.meet.slug);
    expect(meets.filter((m: string) => m === 'paris-2024')).toHaveLength(4);
    expect(meets.filter((m: string) => m === 'tokyo-2020')).toHaveLength(3);
    expect(data.performances.totalCount).toBe(7);
  });

  it('filters by athlete slug or id, and by meet slug or id', async () => {
    const bySlug = await lines({ athlete: 'amos-serem' });
    expect(bySlug).toHaveLength(5);
    const { data: athlete } = await api.query('{ athlete(slug: "amos-serem") { id } }');
    expect(await lines({ athleteId: athlete.athlete.id })).toEqual(bySlug);

    expect(await lines({ athlete: 'amos-serem', meet: 'paris-2024' })).toEqual(['paris-2024 14 amos-serem 8:19.74']);
    const { data: meet } = await api.query('{ meet(slug: "silesia-2024") { id } }');
    expect(await lines({ meetId: meet.meet.id, orderBy: { field: 'PLACE' } })).toEqual([
      'silesia-2024 1 soufiane-el-bakkali 8:04.29',
      'silesia-2024 2 amos-serem 8:04.29',
      'silesia-2024 3 samuel-firewu 8:04.34',
      'silesia-2024 4 abraham-kibiwott 8:08.21',
    ]);
  });

  it('filters by event id; an event of the other sex has no results', async () => {
    const { data } = await api.query('{ events(first: 100) { nodes { id code sex } } }');
    const id = (sex: string) => data.events.nodes.find((e: any) => e.code === '3000SC' && e.sex === sex).id;
    const men = await search({ eventId: id('MALE') });
    expect(men.data.performances.totalCount).toBe(17);
    const women = await search({ eventId: id('FEMALE') });
    expect(women.data.performances.totalCount).toBe(0);
    expect((await search({ eventId: id('MALE'), sex: 'FEMALE' })).data.performances.totalCount).toBe(0);
    expect((await search({ sex: 'MALE' })).data.performances.totalCount).toBe(17);
  });

  it('filters by round and indoor', async () => {
    expect((await search({ round: ['FINAL'] })).data.performances.totalCount).toBe(17);
    expect((await search({ round: ['HEAT', 'SEMI_FINAL'] })).data.performances.totalCount).toBe(0);
    expect((await search({ indoor: false })).data.performances.totalCount).toBe(17);
    expect((await search({ indoor: true })).data.performances.totalCount).toBe(0);
  });

  it('orders by date, most recent first by default (undated meets by the year held)', async () => {
    const { data } = await search({});
    const seasons = data.performances.nodes.map((p: any) => p.race.season);
    expect(seasons).toHaveLength(17);
    expect(seasons).toEqual([...seasons].sort((a, b) => b - a));
    const ascending = await search({ orderBy: { field: 'DATE', direction: 'ASC' } });
    expect(ascending.data.performances.nodes.map((p: any) => p.race.season)).toEqual([...seasons].reverse().sort((a, b) => a - b));
  });

  it("lists an athlete's results in the same order as Athlete.performances (most recent first, same-year ties by race)", async () => {
    const { data } = await api.query('{ athlete(slug: "amos-serem") { performances(first: 20) { nodes { id } } } }');
    const { data: searched } = await api.query('{ performances(athlete: "amos-serem") { nodes { id race { meet { slug } } } } }');
    expect(searched.performances.nodes.map((p: any) => p.id)).toEqual(data.athlete.performances.nodes.map((p: any) => p.id));
    // Silesia came after Paris (the seed lists meets in the order held; neither is dated).
    const meets = searched.performances.nodes.map((p: any) => p.race.meet.slug);
    expect(meets.indexOf('silesia-2024')).toBeLessThan(meets.indexOf('paris-2024'));
  });

  it('orders by place with performances without a mark still ranked by place', async () => {
    const found = await lines({ athlete: 'amos-serem', orderBy: { field: 'PLACE', direction: 'DESC' } });
    expect(found[0]).toBe('paris-2024 14 amos-serem 8:19.74');
    expect(found).toContain('african-u20-championships-2021 1 amos-serem -');
  });
});

describe('Performance.behindWinner', () => {
  const BEHIND = `query ($meet: String!) {
    performances(meet: $meet, orderBy: { field: PLACE }) { nodes { athlete { slug } behindWinner { text value unit precision decimal } } }
  }`;
  const behind = async (meet: string) => {
    const { data, errors } = await api.query(BEHIND, { meet });
    expect(errors).toBeUndefined();
    return Object.fromEntries(data.performances.nodes.map((p: any) => [p.athlete.slug, p.behindWinner]));
  };

  it('Serem is 13.69 behind in Paris, 0.00 in Silesia (same time as the winner)', async () => {
    const paris = await behind('paris-2024');
    expect(paris['amos-serem']).toEqual({ text: '13.69', value: 13690, unit: 'TIME', precision: 'HUNDREDTHS', decimal: 13.69 });
    expect(paris['soufiane-el-bakkali'].text).toBe('0.00');
    expect(paris['kenneth-rooks'].text).toBe('0.36');
    const silesia = await behind('silesia-2024');
    expect(silesia['amos-serem']).toMatchObject({ text: '0.00', value: 0 });
    expect(silesia['abraham-kibiwott']).toMatchObject({ text: '3.92', value: 3920 });
  });

  it('is null without a mark', async () => {
    const u20 = await behind('african-u20-championships-2021');
    expect(u20['amos-serem']).toBeNull();
  });
});

describe('performances bad input', () => {
  const error = async (variables: Record<string, unknown>) => {
    const { data, errors } = await search(variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return errors![0];
  };

  it('markAtLeast without an event filter', async () => {
    const e = await error({ season: 2024, markAtLeast: '8:10.00' });
    expect(e.extensions?.argumentName).toBe('markAtLeast');
    expect(e.message).toMatch(/needs an event filter/);
  });

  it("an unparsable markAtLeast, with the parser's message and reason", async () => {
    const e = await error({ ...STEEPLE, markAtLeast: '8.04.29' });
    expect(e.extensions).toMatchObject({ argumentName: 'markAtLeast', reason: 'DOT_SEPARATOR' });
    expect(e.message).toBe(
      'markAtLeast: Invalid time mark "8.04.29": use ":" between hours, minutes and seconds, not "."; expected a time such as "9.572", "13.45", "10.5h", "8:04.29", "3:45", "2:03:00" or "2:03:00.12"',
    );
  });

  it('an unknown event, an event code held for both sexes without sex, an unknown event id', async () => {
    expect((await error({ event: 'NOSUCH', sex: 'MALE' })).extensions?.argumentName).toBe('event');
    const both = await error({ event: '3000SC' });
    expect(both.extensions?.argumentName).toBe('sex');
    expect(both.message).toMatch(/held for MALE and FEMALE/);
    const ghost = Buffer.from('Event:999999').toString('base64url');
    expect((await error({ eventId: ghost })).extensions?.argumentName).toBe('eventId');
    expect((await error({ event: '3000SC', sex: 'MALE', eventId: ghost })).extensions?.argumentName).toBe('event');
  });

  it('unknown slugs, and both a slug and an id', async () => {
    expect((await error({ athlete: 'nobody' })).extensions?.argumentName).toBe('athlete');
    expect((await error({ meet: 'nowhere-2024' })).extensions?.argumentName).toBe('meet');
    expect((await error({ championship: 'nothing' })).extensions?.argumentName).toBe('championship');
    const id = Buffer.from('Athlete:1').toString('base64url');
    expect((await error({ athlete: 'amos-serem', athleteId: id })).extensions?.argumentName).toBe('athlete');
    expect((await error({ athleteId: Buffer.from('Meet:1').toString('base64url') })).extensions?.argumentName).toBe('athleteId');
  });

  it('ordering by MARK without an event', async () => {
    expect((await error({ season: 2024, orderBy: { field: 'MARK' } })).extensions?.argumentName).toBe('orderBy');
  });

  it('first over 100 or negative', async () => {
    for (const first of [101, -1]) {
      const e = await error({ first });
      expect(e.extensions?.argumentName).toBe('first');
      expect(e.message).toMatch(/between 0 and 100/);
    }
  });

  it('a cursor not issued, or issued for another ordering', async () => {
    expect((await error({ after: 'not-a-cursor' })).extensions?.argumentName).toBe('after');
    const forged = Buffer.from(JSON.stringify(['DATE:DESC', "'; drop table performances; --", 1])).toString('base64url');
    expect((await error({ after: forged })).extensions?.argumentName).toBe('after');
    const badDate = Buffer.from(JSON.stringify(['DATE:DESC', '2024-13-45', 1, 1])).toString('base64url');
    expect((await error({ after: badDate })).extensions?.argumentName).toBe('after');
    const nullDate = Buffer.from(JSON.stringify(['DATE:DESC', null, 1, 1])).toString('base64url');
    expect((await error({ after: nullDate })).extensions?.argumentName).toBe('after');
    const { data } = await search({ first: 1 });
    const cursor = data.performances.pageInfo.endCursor;
    const other = await error({ after: cursor, orderBy: { field: 'PLACE' } });
    expect(other).toMatchObject({ extensions: { argumentName: 'after' } });
    expect(other.message).toMatch(/another ordering/);
  });

  it('impossible values: bad country, season, date range, place, empty lists', async () => {
    expect((await error({ country: 'Kenya' })).extensions?.argumentName).toBe('country');
    expect((await error({ season: 24 })).extensions?.argumentName).toBe('season');
    expect((await error({ from: '2024-09-01', to: '2024-08-01' })).extensions?.argumentName).toBe('from');
    expect((await error({ maxPlace: 0 })).extensions?.argumentName).toBe('maxPlace');
    expect((await error({ round: [] })).extensions?.argumentName).toBe('round');
    expect((await error({ status: [] })).extensions?.argumentName).toBe('status');
  });
});

describe('examples', () => {
  const example = (name: string) => api.query(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));

  it('30-analyst-filter answers on the seed data with its default variables', async () => {
    const { data, errors } = await example('30-analyst-filter.graphql');
    expect(errors).toBeUndefined();
    expect(data.performances.totalCount).toBe(4);
    expect(data.performances.nodes.map((p: any) => `${p.athlete.displayName} ${p.mark.text} ${p.behindWinner.text}`)).toEqual([
      'Soufiane El Bakkali 8:04.29 0.00',
      'Amos Serem 8:04.29 0.00',
      'Samuel Firewu 8:04.34 0.05',
      'Soufiane El Bakkali 8:06.05 0.00',
    ]);
  });

  it('31-parse-mark reads "8:04.29" as 484290 ms', async () => {
    const { data, errors } = await example('31-parse-mark.graphql');
    expect(errors).toBeUndefined();
    expect(data.parseMark).toEqual({ text: '8:04.29', value: 484290, unit: 'TIME', precision: 'HUNDREDTHS', decimal: 484.29 });
  });
});
