import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import type { Sex } from '../../db/generated/enums';

let api: TestApi;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestApi();
  f = new Fixtures(api.db.prisma);
});
afterAll(() => api?.stop());

const LIST = `query ($event: EventRef!, $season: Int!, $indoor: Boolean = false, $allMarks: Boolean = false, $handTimes: Boolean = false, $first: Int = 20, $after: String) {
  topList(event: $event, season: $season, indoor: $indoor, allMarks: $allMarks, handTimes: $handTimes, first: $first, after: $after) {
    totalCount
    edges { cursor node { rank athlete { displayName } mark { text value precision } season indoor date windMps windStatus
      performance { race { meet { name year } } } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const ALL_TIME = `query ($event: EventRef!, $indoor: Boolean = false, $allMarks: Boolean = false, $first: Int = 20, $after: String) {
  allTimeList(event: $event, indoor: $indoor, allMarks: $allMarks, first: $first, after: $after) {
    totalCount
    edges { cursor node { rank athlete { displayName } mark { text } season indoor performance { race { meet { name } } } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const SC = { code: '3000SC', sex: 'MALE' };
type Line = [rank: number, name: string, mark: string];
const lines = (list: any): Line[] => list.edges.map((e: any) => [e.node.rank, e.node.athlete.displayName, e.node.mark.text]);

async function topList(vars: Record<string, unknown>) {
  const { data, errors } = await api.query(LIST, vars);
  expect(errors).toBeUndefined();
  return data.topList;
}

async function allTime(vars: Record<string, unknown>) {
  const { data, errors } = await api.query(ALL_TIME, vars);
  expect(errors).toBeUndefined();
  return data.allTimeList;
}

describe('top list on the seed data', () => {
  it("ranks the 2024 men's 3000m steeplechase one mark per athlete, equal marks sharing rank 1", async () => {
    const list = await topList({ event: SC, season: 2024 });
    expect(lines(list)).toEqual([
      [1, 'Soufiane El Bakkali', '8:04.29'],
      [1, 'Amos Serem', '8:04.29'],
      [3, 'Samuel Firewu', '8:04.34'],
      [4, 'Kenneth Rooks', '8:06.41'],
      [5, 'Abraham Kibiwott', '8:06.47'],
    ]);
    expect(list.totalCount).toBe(5);
    expect(list.edges[0].node).toMatchObject({
      season: 2024,
      indoor: false,
      date: null,
      windMps: null,
      windStatus: 'NOT_APPLICABLE',
      mark: { value: 484290, precision: 'HUNDREDTHS' },
      performance: { race: { meet: { name: 'Silesia 2024' } } },
    });
    // Kibiwott's best is his Paris bronze, not his Silesia 8:08.21.
    expect(list.edges[4].node.performance.race.meet.name).toBe('Paris 2024');
  });

  it('lists every mark with allMarks, the African Games held in Accra in 2024 included', async () => {
    const list = await topList({ event: SC, season: 2024, allMarks: true });
    expect(list.totalCount).toBe(10);
    expect(lines(list).slice(0, 7)).toEqual([
      [1, 'Soufiane El Bakkali', '8:04.29'],
      [1, 'Amos Serem', '8:04.29'],
      [3, 'Samuel Firewu', '8:04.34'],
      [4, 'Soufiane El Bakkali', '8:06.05'],
      [5, 'Kenneth Rooks', '8:06.41'],
      [6, 'Abraham Kibiwott', '8:06.47'],
      [7, 'Abraham Kibiwott', '8:08.21'],
    ]);
    expect(
      lines(list)
        .slice(7)
        .map(([, name, mark]) => `${name} ${mark}`),
    ).toEqual(['Amos Serem 8:19.74', 'Samuel Firewu 8:24.30', 'Amos Serem 8:25.77']);
  });

  it('counts the Tokyo 2020 final in the 2021 season, not 2020', async () => {
    const list2021 = await topList({ event: SC, season: 2021 });
    expect(lines(list2021)).toEqual([
      [1, 'Soufiane El Bakkali', '8:08.90'],
      [2, 'Lamecha Girma', '8:10.38'],
      [3, 'Benjamin Kigen', '8:11.45'],
      [4, 'Amos Serem', '8:30.72'],
    ]);
    expect(list2021.edges[0].node.performance.race.meet).toEqual({ name: 'Tokyo 2020', year: 2021 });
    expect((await topList({ event: SC, season: 2020 })).totalCount).toBe(0);
  });

  it("has no indoor marks and no women's marks in the seed", async () => {
    expect((await topList({ event: SC, season: 2024, indoor: true })).totalCount).toBe(0);
    expect((await topList({ event: { code: '3000SC', sex: 'FEMALE' }, season: 2024 })).totalCount).toBe(0);
  });

  it("ranks the all-time list by each athlete's best", async () => {
    const list = await allTime({ event: SC });
    expect(lines(list)).toEqual([
      [1, 'Soufiane El Bakkali', '8:03.53'],
      [2, 'Amos Serem', '8:04.29'],
      [3, 'Samuel Firewu', '8:04.34'],
      [4, 'Kenneth Rooks', '8:06.41'],
      [5, 'Abraham Kibiwott', '8:06.47'],
      [6, 'Lamecha Girma', '8:10.38'],
      [7, 'Benjamin Kigen', '8:11.45'],
    ]);
    expect(list.edges[0].node).toMatchObject({ season: 2023, performance: { race: { meet: { name: 'Budapest 2023' } } } });
    // Every mark: 16 legal ones (Serem's African U20 win has no time).
    expect((await allTime({ event: SC, allMarks: true, first: 100 })).totalCount).toBe(16);
  });

  it('pages the all-time list of every mark without gaps or repeats, ranks counted over the whole list', async () => {
    const whole = await allTime({ event: SC, allMarks: true, first: 100 });
    const seen: any[] = [];
    let after: string | undefined;
    for (let pages = 0; ; pages++) {
      const page = await allTime({ event: SC, allMarks: true, first: 4, after });
      expect(page.totalCount).toBe(16);
      expect(page.pageInfo.hasPreviousPage).toBe(Boolean(after));
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(5);
    }
    expect(seen.map((e) => e.cursor)).toEqual(whole.edges.map((e: any) => e.cursor));
    expect(lines({ edges: seen })).toEqual(lines(whole));
  });

  it('finds the event by global id too', async () => {
    const { data } = await api.query('{ events(first: 100) { nodes { id code sex } } }');
    const id = data.events.nodes.find((e: any) => e.code === '3000SC' && e.sex === 'MALE').id;
    expect(lines(await topList({ event: { id }, season: 2024 }))[0]).toEqual([1, 'Soufiane El Bakkali', '8:04.29']);
  });
});

describe('bad input', () => {
  const error = async (query: string, vars: Record<string, unknown>) => (await api.query(query, vars)).errors?.[0];

  it('rejects an unknown event, naming the argument', async () => {
    const e = await error(LIST, { event: { code: '3000XX', sex: 'MALE' }, season: 2024 });
    expect(e).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'event' } });
    expect(e?.message).toMatch(/no event with code "3000XX" for sex MALE/);
    const mixed = await error(ALL_TIME, { event: { code: '3000SC', sex: 'MIXED' } });
    expect(mixed).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'event' } });
  });

  it('rejects an event named by half a key or by two', async () => {
    for (const event of [{ code: '3000SC' }, { sex: 'MALE' }, {}, { id: 'RXZlbnQ6MQ', code: '3000SC', sex: 'MALE' }]) {
      expect(await error(ALL_TIME, { event })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'event' } });
    }
    const meetId = Buffer.from('Meet:1').toString('base64url');
    expect((await error(ALL_TIME, { event: { id: meetId } }))?.message).toMatch(/expected the id of a Event/);
    const missing = Buffer.from('Event:999999').toString('base64url');
    expect((await error(ALL_TIME, { event: { id: missing } }))?.message).toMatch(/no event has the id/);
  });

  it('rejects a cursor it did not issue and pages over 100', async () => {
    const forged = Buffer.from(JSON.stringify(['x', '2024-01-01', 'a', 1])).toString('base64url');
    for (const after of ['junk', forged]) {
      expect(await error(ALL_TIME, { event: SC, after })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
    }
    expect(await error(ALL_TIME, { event: SC, first: 101 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  });

  it('rejects a season no meet can have', async () => {
    for (const season of [0, -5, 99999]) {
      expect(await error(LIST, { event: SC, season })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'season' } });
    }
  });
});

// Purpose-built data: each test has an event of its own, so the lists do not mix.
let eventCounter = 0;
async function newEvent(kind: 'sprint' | 'jump' | 'distance', sex: Sex = 'MALE') {
  const code = `T${++eventCounter}-${kind}`;
  if (kind === 'jump') return f.event(code, { sex, kind: 'FIELD', unit: 'DISTANCE', windAffected: true });
  return f.event(code, { sex, windAffected: kind === 'sprint' });
}

const athletes = new Map<string, number>();
async function athlete(name: string): Promise<number> {
  if (!athletes.has(name)) athletes.set(name, (await f.athlete(name)).id);
  return athletes.get(name) as number;
}

type Row = [name: string, mark: string | null, opts?: { windMps?: number | null; status?: 'DNF' | 'DQ' | 'NM' | 'DNS' }];
async function race(eventId: number, opts: { date: string; indoor?: boolean; windMps?: number }, rows: Row[]) {
  const meet = await f.meet(`Meet ${opts.date}`, { date: opts.date, indoor: opts.indoor });
  const r = await f.race(meet.id, eventId, { date: opts.date, windMps: opts.windMps });
  let place = 0;
  for (const [name, mark, o = {}] of rows) {
    const finished = !o.status;
    await f.result(r.id, await athlete(name), {
      place: finished ? ++place : null,
      mark: finished ? mark : null,
      status: o.status ?? 'FINISHED',
      windMps: o.windMps ?? null,
    });
  }
  return r;
}

describe('legal marks only', () => {
  it("excludes a wind over +2.0 m/s and keeps +2.0 exactly, the performance's wind before the race's", async () => {
    const event = await newEvent('sprint');
    await race(event.id, { date: '2024-06-01', windMps: 2.1 }, [
      ['Ann Assisted', '9.80'],
      ['Bea Ownwind', '9.81', { windMps: 1.5 }],
    ]);
    await race(event.id, { date: '2024-06-02', windMps: 2.0 }, [
      ['Cat Limit', '9.90'],
      ['Dee Gust', '9.70', { windMps: 2.1 }],
    ]);
    await race(event.id, { date: '2024-06-03' }, [['Eve Unknown', '9.95']]);
    await race(event.id, { date: '2024-06-04', windMps: -0.4 }, [['Ann Assisted', '10.01']]);
    const list = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024 });
    expect(list.edges.map((e: any) => [e.node.athlete.displayName, e.node.mark.text, e.node.windMps, e.node.windStatus])).toEqual([
      ['Bea Ownwind', '9.81', 1.5, 'LEGAL'],
      ['Cat Limit', '9.90', 2, 'LEGAL'],
      ['Eve Unknown', '9.95', null, 'UNKNOWN'],
      ['Ann Assisted', '10.01', -0.4, 'LEGAL'],
    ]);
  });

  it('applies the wind rule to field events with a per-jump wind, and orders them higher first', async () => {
    const event = await newEvent('jump');
    await race(event.id, { date: '2024-07-01' }, [
      ['Gil Long', '8.95', { windMps: 2.1 }],
      ['Hal Far', '8.41', { windMps: 2.0 }],
      ['Ian Near', '7.90', { windMps: 0.3 }],
      ['Jon Foul', null, { status: 'NM' }],
    ]);
    await race(event.id, { date: '2024-07-08' }, [
      ['Gil Long', '8.30', { windMps: 1.1 }],
      ['Ian Near', '8.41', { windMps: -1.0 }],
    ]);
    const list = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024 });
    expect(lines(list)).toEqual([
      [1, 'Hal Far', '8.41'],
      [1, 'Ian Near', '8.41'],
      [3, 'Gil Long', '8.30'],
    ]);
    // Equal marks: the earlier one first.
    expect(list.edges.map((e: any) => e.node.date)).toEqual(['2024-07-01', '2024-07-08', '2024-07-08']);
    const every = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024, allMarks: true });
    expect(lines(every)).toEqual([
      [1, 'Hal Far', '8.41'],
      [1, 'Ian Near', '8.41'],
      [3, 'Gil Long', '8.30'],
      [4, 'Ian Near', '7.90'],
    ]);
  });

  it('excludes DNF, DQ, DNS and NM, and a finish without a mark', async () => {
    const event = await newEvent('distance');
    await race(event.id, { date: '2024-05-05' }, [
      ['Kim Finisher', '13:05.00'],
      ['Lee Quitter', '12:59.00', { status: 'DNF' }],
      ['Max Cheat', '12:50.00', { status: 'DQ' }],
      ['Ned Absent', null, { status: 'DNS' }],
      ['Oz Untimed', null],
    ]);
    const list = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024 });
    expect(lines(list)).toEqual([[1, 'Kim Finisher', '13:05.00']]);
  });

  it('leaves hand times out, and lists them apart on request', async () => {
    const event = await newEvent('sprint');
    await race(event.id, { date: '2024-05-01', windMps: 0.5 }, [
      ['Pat Hand', '9.9h'],
      ['Quin Auto', '10.05'],
    ]);
    await race(event.id, { date: '2024-05-09', windMps: 0.5 }, [['Pat Hand', '10.12']]);
    const auto = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024 });
    expect(lines(auto)).toEqual([
      [1, 'Quin Auto', '10.05'],
      [2, 'Pat Hand', '10.12'],
    ]);
    const hand = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024, handTimes: true });
    expect(hand.edges.map((e: any) => [e.node.rank, e.node.athlete.displayName, e.node.mark.text, e.node.mark.precision])).toEqual([
      [1, 'Pat Hand', '9.9', 'TENTHS_HAND'],
    ]);
  });

  it('keeps indoor and outdoor apart, and the season is the year raced', async () => {
    const event = await newEvent('jump');
    await race(event.id, { date: '2024-02-10', indoor: true }, [
      ['Rae Indoor', '8.20'],
      ['Sam Both', '8.10'],
    ]);
    await race(event.id, { date: '2024-06-10', windMps: 0.8 }, [
      ['Sam Both', '8.00'],
      ['Tim Outdoor', '7.95'],
    ]);
    await race(event.id, { date: '2025-01-20', indoor: true }, [['Rae Indoor', '8.50']]);
    const ref = { code: event.code, sex: 'MALE' };
    expect(lines(await topList({ event: ref, season: 2024 }))).toEqual([
      [1, 'Sam Both', '8.00'],
      [2, 'Tim Outdoor', '7.95'],
    ]);
    const indoor = await topList({ event: ref, season: 2024, indoor: true });
    expect(lines(indoor)).toEqual([
      [1, 'Rae Indoor', '8.20'],
      [2, 'Sam Both', '8.10'],
    ]);
    expect(indoor.edges[0].node).toMatchObject({ indoor: true, windStatus: 'NOT_APPLICABLE' });
    const both = await topList({ event: ref, season: 2024, indoor: null });
    expect(both.edges.map((e: any) => [e.node.athlete.displayName, e.node.mark.text, e.node.indoor])).toEqual([
      ['Rae Indoor', '8.20', true],
      ['Sam Both', '8.10', true],
      ['Tim Outdoor', '7.95', false],
    ]);
    expect(lines(await allTime({ event: ref, indoor: true }))).toEqual([
      [1, 'Rae Indoor', '8.50'],
      [2, 'Sam Both', '8.10'],
    ]);
    expect(lines(await allTime({ event: ref }))).toEqual([
      [1, 'Sam Both', '8.00'],
      [2, 'Tim Outdoor', '7.95'],
    ]);
  });
});

describe('ties and cursors', () => {
  it('orders equal marks by date, then family name, and keeps its cursors valid when marks are added', async () => {
    const event = await newEvent('distance', 'FEMALE');
    const ref = { code: event.code, sex: 'FEMALE' };
    await race(event.id, { date: '2024-08-02' }, [
      ['Zoe Adams', '8:50.00'],
      ['Amy Zane', '8:50.00'],
      ['Kay Moss', '8:55.00'],
    ]);
    await race(event.id, { date: '2024-08-01' }, [
      ['Una Late', '8:50.00'],
      ['Vi Other', '9:00.00'],
      ['Wyn Last', '9:10.00'],
    ]);
    const whole = await topList({ event: ref, season: 2024 });
    expect(lines(whole)).toEqual([
      [1, 'Una Late', '8:50.00'],
      [1, 'Zoe Adams', '8:50.00'],
      [1, 'Amy Zane', '8:50.00'],
      [4, 'Kay Moss', '8:55.00'],
      [5, 'Vi Other', '9:00.00'],
      [6, 'Wyn Last', '9:10.00'],
    ]);
    // One a page: marks tied on mark and date are split across pages by name.
    const oneByOne: Line[] = [];
    for (let after: string | undefined, i = 0; i < 10; i++) {
      const page = await topList({ event: ref, season: 2024, first: 1, after });
      oneByOne.push(...lines(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(oneByOne).toEqual(lines(whole));
    const first = await topList({ event: ref, season: 2024, first: 2 });
    expect(lines(first)).toEqual(lines(whole).slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // A new mark better than the whole page: the next page still starts right after the cursor.
    await race(event.id, { date: '2024-09-01' }, [['Fay Fast', '8:40.00']]);
    const second = await topList({ event: ref, season: 2024, first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e: any) => e.node.athlete.displayName)).toEqual(['Amy Zane', 'Kay Moss']);
    expect(second.edges.map((e: any) => e.node.rank)).toEqual([2, 5]);
    expect(second.totalCount).toBe(7);
    const rest = await topList({ event: ref, season: 2024, first: 2, after: second.pageInfo.endCursor });
    expect(lines(rest)).toEqual([
      [6, 'Vi Other', '9:00.00'],
      [7, 'Wyn Last', '9:10.00'],
    ]);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const empty = await topList({ event: ref, season: 2024, first: 2, after: rest.pageInfo.endCursor });
    expect(empty).toMatchObject({ totalCount: 7, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("takes an athlete's first mark when they equal their best", async () => {
    const event = await newEvent('distance');
    await race(event.id, { date: '2024-04-02' }, [['Bo Twice', '3:30.00']]);
    await race(event.id, { date: '2024-04-01' }, [['Bo Twice', '3:30.00']]);
    const list = await topList({ event: { code: event.code, sex: 'MALE' }, season: 2024 });
    expect(list.edges.map((e: any) => [e.node.athlete.displayName, e.node.date])).toEqual([['Bo Twice', '2024-04-01']]);
  });
});
