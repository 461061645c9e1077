// The analysts' search on purpose-built data: statuses, a field event, ties across pages, dates.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
let fx: Fixtures;
const athletes: Record<string, number> = {};

const SEARCH = `query ($event: String, $sex: Sex, $status: [PerformanceStatus!], $orderBy: PerformanceOrder, $markAtLeast: String,
  $from: Date, $to: Date, $season: Int, $indoor: Boolean, $round: [Round!], $maxPlace: Int, $first: Int = 100, $after: String) {
  performances(event: $event, sex: $sex, status: $status, orderBy: $orderBy, markAtLeast: $markAtLeast, from: $from, to: $to,
    season: $season, indoor: $indoor, round: $round, maxPlace: $maxPlace, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id place status athlete { displayName } mark { text value } behindWinner { text } race { season } } }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const { data, errors } = await api.query(SEARCH, variables);
  expect(errors).toBeUndefined();
  return data.performances;
}
const names = (page: any) => page.edges.map((e: any) => e.node.athlete.displayName);

/** Every page of a search, `first` at a time. */
async function walk(variables: Record<string, unknown>, first: number) {
  const seen: any[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await search({ ...variables, first, after });
    expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
    seen.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  fx = new Fixtures(api.db.prisma);
  for (const name of ['Ann A', 'Ben B', 'Cid C', 'Dan D', 'Eve E', 'Fay F', 'Gus G', 'Hal H']) {
    athletes[name] = (await fx.athlete(name)).id;
  }
  const [a, b, c, d, e, f, g, h] = Object.values(athletes);

  // 800m: two finals with equal times across races, and every kind of non-finisher.
  const run = await fx.event('800', { unit: 'TIME' });
  const spring = await fx.meet('Spring 2023', { date: '2023-05-20' });
  const r1 = await fx.race(spring.id, run.id); // undated race: the meet's start date applies
  await fx.results(r1.id, [
    [a, 1, '1:45.00'],
    [b, 2, '1:45.00'],
    [c, 3, '1:46.10'],
    [d, 'DNF'],
    [e, 'DQ'],
    [f, 'DNS'],
  ]);
  const summer = await fx.meet('Summer 2023', { date: '2023-07-01' });
  const r2 = await fx.race(summer.id, run.id, { date: '2023-07-02' });
  await fx.results(r2.id, [
    [c, 1, '1:45.00'],
    [d, 2, '1:45.00'],
    [e, 3, '1:45.50'],
    [g, 4, null],
    [a, 'DQ'],
  ]);
  const heats = await fx.race(summer.id, run.id, { round: 'HEAT', date: '2023-07-01' });
  await fx.results(heats.id, [
    [h, 1, '1:47.00'],
    [b, 2, '1:47.20'],
  ]);
  // Named for 2020, held (and dated) in 2021.
  const late = await fx.meet('Games 2020', { year: 2021 });
  const r3 = await fx.race(late.id, run.id, { date: '2021-08-04' });
  await fx.results(r3.id, [[f, 1, '1:44.00']]);
  const indoor = await fx.meet('Indoor 2024', { date: '2024-02-10', indoor: true });
  const r4 = await fx.race(indoor.id, run.id);
  await fx.results(r4.id, [[g, 1, '1:46.00']]);
  const undated = await fx.meet('Undated 2023', { year: 2023 });
  const r5 = await fx.race(undated.id, run.id);
  await fx.results(r5.id, [[h, 1, '1:48.00']]);

  // Long jump: higher is better; an NM has no mark.
  const lj = await fx.event('LJ', { kind: 'FIELD', unit: 'DISTANCE' });
  const jumps = await fx.race(summer.id, lj.id, { date: '2023-07-01' });
  await fx.results(jumps.id, [
    [a, 1, '8.31'],
    [b, 2, '8.20'],
    [c, 3, '8.20'],
    [d, 4, '7.95'],
    [e, 'NM'],
  ]);
});
afterAll(() => api?.stop());

describe('status filters', () => {
  it('lists only DNF and DQ when asked', async () => {
    const page = await search({ status: ['DNF', 'DQ'], orderBy: { field: 'DATE', direction: 'ASC' } });
    expect(page.edges.map((e: any) => `${e.node.athlete.displayName} ${e.node.status}`)).toEqual(['Dan D DNF', 'Eve E DQ', 'Ann A DQ']);
    expect(page.totalCount).toBe(3);
    expect(page.edges.every((e: any) => e.node.mark === null && e.node.place === null && e.node.behindWinner === null)).toBe(true);
  });

  it('DNS alone, and NM in the field event', async () => {
    expect(names(await search({ status: ['DNS'] }))).toEqual(['Fay F']);
    expect(names(await search({ event: 'LJ', status: ['NM'] }))).toEqual(['Eve E']);
  });

  it('maxPlace leaves out those without a place; FINISHED keeps a finisher without a mark', async () => {
    const podium = await search({ event: '800', maxPlace: 1 });
    expect(podium.totalCount).toBe(6);
    const finished = await search({ event: '800', status: ['FINISHED'] });
    expect(finished.totalCount).toBe(12);
    expect(names(finished)).toContain('Gus G');
  });
});

describe('a field event (higher is better)', () => {
  it('orders by MARK longest first when no direction is given, NM last', async () => {
    const page = await search({ event: 'LJ', orderBy: { field: 'MARK' } });
    expect(page.edges.map((e: any) => e.node.mark?.text ?? 'NM')).toEqual(['8.31', '8.20', '8.20', '7.95', 'NM']);
    expect(names(page)).toEqual(['Ann A', 'Ben B', 'Cid C', 'Dan D', 'Eve E']);
    expect(page.edges.map((e: any) => e.node.behindWinner?.text ?? null)).toEqual(['0.00', '0.11', '0.11', '0.36', null]);
  });

  it('orders shortest first with direction ASC, still NM last', async () => {
    const page = await search({ event: 'LJ', orderBy: { field: 'MARK', direction: 'ASC' } });
    expect(page.edges.map((e: any) => e.node.mark?.text ?? 'NM')).toEqual(['7.95', '8.20', '8.20', '8.31', 'NM']);
  });

  it('markAtLeast means at least this distance', async () => {
    const page = await search({ event: 'LJ', markAtLeast: '8.20', orderBy: { field: 'MARK' } });
    expect(names(page)).toEqual(['Ann A', 'Ben B', 'Cid C']);
  });

  it('rejects a time as a distance threshold', async () => {
    const { errors } = await api.query(SEARCH, { event: 'LJ', markAtLeast: '8:20' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'markAtLeast', reason: 'INVALID_CHARACTERS' });
  });
});

describe('cursor pagination', () => {
  it.each([
    ['MARK best first', { field: 'MARK' }],
    ['MARK worst first', { field: 'MARK', direction: 'DESC' }],
    ['PLACE', { field: 'PLACE' }],
    ['PLACE DESC', { field: 'PLACE', direction: 'DESC' }],
    ['DATE', { field: 'DATE' }],
    ['DATE ASC', { field: 'DATE', direction: 'ASC' }],
  ])('walks every 800m performance once by %s, across equal keys and missing ones', async (_, orderBy) => {
    const all = await search({ event: '800', orderBy, first: 100 });
    expect(all.totalCount).toBe(16);
    for (const size of [1, 2, 3, 5]) {
      const walked = await walk({ event: '800', orderBy }, size);
      expect(walked.map((p) => p.id)).toEqual(all.edges.map((e: any) => e.node.id));
    }
  });

  it('orders equal marks by when they were recorded, marks before no marks', async () => {
    const page = await search({ event: '800', orderBy: { field: 'MARK' } });
    const marks = page.edges.map((e: any) => e.node.mark?.text ?? null);
    expect(marks.slice(0, 6)).toEqual(['1:44.00', '1:45.00', '1:45.00', '1:45.00', '1:45.00', '1:45.50']);
    expect(names(page).slice(1, 5)).toEqual(['Ann A', 'Ben B', 'Cid C', 'Dan D']);
    expect(marks.slice(-6)).toEqual(['1:48.00', null, null, null, null, null]); // a finisher without a mark, DNF, 2 DQ and DNS last
  });

  it('an empty first page still says whether there is more', async () => {
    const page = await search({ event: '800', first: 0 });
    expect(page).toMatchObject({ edges: [], totalCount: 16, pageInfo: { hasNextPage: true } });
  });
});

describe('dates and seasons', () => {
  it('from/to are inclusive on the race date, else the meet start date; undated performances are left out', async () => {
    const may = await search({ event: '800', from: '2023-05-20', to: '2023-05-20' });
    expect(may.totalCount).toBe(6); // the undated race of the meet starting on 20 May
    const july = await search({ event: '800', from: '2023-07-02', to: '2023-07-31' });
    expect(july.totalCount).toBe(5); // the final of 2 July, not the heat of 1 July
    const all2023 = await search({ event: '800', from: '2023-01-01', to: '2023-12-31' });
    expect(all2023.totalCount).toBe(13); // not the undated meet of 2023
    const open = await search({ event: '800', from: '2024-01-01' });
    expect(names(open)).toEqual(['Gus G']);
  });

  it('season is the year of the date, else the year held: "Games 2020" is 2021', async () => {
    expect(names(await search({ season: 2021 }))).toEqual(['Fay F']);
    expect(await search({ season: 2020 })).toMatchObject({ totalCount: 0 });
    expect((await search({ event: '800', season: 2023 })).totalCount).toBe(14); // includes the undated meet held in 2023
  });

  it('indoor and round', async () => {
    expect(names(await search({ indoor: true }))).toEqual(['Gus G']);
    expect(names(await search({ round: ['HEAT'] }))).toEqual(['Hal H', 'Ben B']);
  });

  it("a markAtLeast threshold combines with the date range (the benchmark's query)", async () => {
    const page = await search({ event: '800', from: '2023-01-01', to: '2023-12-31', markAtLeast: '1:45.00', orderBy: { field: 'MARK' } });
    expect(names(page)).toEqual(['Ann A', 'Ben B', 'Cid C', 'Dan D']);
  });
});
