import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const H2H = `query ($a: AthleteRef!, $b: AthleteRef!, $filter: HeadToHeadFilter) {
  headToHead(athleteA: $a, athleteB: $b, filter: $filter) {
    athleteA { slug } athleteB { slug } races winsA winsB noDecision leader { slug }
    lastMeeting { race { meet { name } } }
    meetings(first: 100) {
      totalCount
      nodes {
        decision margin { text value unit decimal } winner { slug }
        race { round meet { name } }
        performanceA { place status mark { text } }
        performanceB { place status mark { text } }
      }
    }
  }
}`;

const h2h = async (a: object, b: object, filter?: object) => {
  const response = await api.query(H2H, { a, b, filter });
  return response;
};

const meetingAt = (data: any, meet: string) => data.headToHead.meetings.nodes.find((m: any) => m.race.meet.name === meet);

describe('headToHead on the seed data', () => {
  it('gives El Bakkali a 2-0 lead over Serem: Silesia (equal times, decided by place) and Paris', async () => {
    const { data, errors } = await h2h({ slug: 'amos-serem' }, { slug: 'soufiane-el-bakkali' });
    expect(errors).toBeUndefined();
    expect(data.headToHead).toMatchObject({
      athleteA: { slug: 'amos-serem' },
      athleteB: { slug: 'soufiane-el-bakkali' },
      races: 2,
      winsA: 0,
      winsB: 2,
      noDecision: 0,
      leader: { slug: 'soufiane-el-bakkali' },
    });
    expect(data.headToHead.meetings.totalCount).toBe(2);
    expect(data.headToHead.meetings.nodes.map((m: any) => m.race.meet.name).sort()).toEqual(['Paris 2024', 'Silesia 2024']);
  });

  it('counts Silesia 2024 for El Bakkali although both ran 8:04.29, with a margin of 0.00', async () => {
    const { data } = await h2h({ slug: 'amos-serem' }, { slug: 'soufiane-el-bakkali' });
    expect(meetingAt(data, 'Silesia 2024')).toEqual({
      decision: 'PLACE',
      margin: { text: '0.00', value: 0, unit: 'TIME', decimal: 0 },
      winner: { slug: 'soufiane-el-bakkali' },
      race: { round: 'FINAL', meet: { name: 'Silesia 2024' } },
      performanceA: { place: 2, status: 'FINISHED', mark: { text: '8:04.29' } },
      performanceB: { place: 1, status: 'FINISHED', mark: { text: '8:04.29' } },
    });
  });

  it('gives the Paris 2024 margin as 13.69 s', async () => {
    const { data } = await h2h({ slug: 'amos-serem' }, { slug: 'soufiane-el-bakkali' });
    expect(meetingAt(data, 'Paris 2024')).toMatchObject({
      margin: { text: '13.69', value: 13690, unit: 'TIME', decimal: 13.69 },
      winner: { slug: 'soufiane-el-bakkali' },
      performanceA: { place: 14, mark: { text: '8:19.74' } },
    });
  });

  it('does not count Brussels 2024, which is only scheduled', async () => {
    const { data } = await h2h({ slug: 'amos-serem' }, { slug: 'soufiane-el-bakkali' });
    expect(meetingAt(data, 'Brussels 2024')).toBeUndefined();
  });

  it('mirrors the record when the athletes are swapped, and takes global ids', async () => {
    const { data: ids } = await api.query('{ a: athlete(slug: "soufiane-el-bakkali") { id } b: athlete(slug: "amos-serem") { id } }');
    const { data, errors } = await h2h({ id: ids.a.id }, { id: ids.b.id });
    expect(errors).toBeUndefined();
    expect(data.headToHead).toMatchObject({ races: 2, winsA: 2, winsB: 0, athleteA: { slug: 'soufiane-el-bakkali' } });
  });

  it('gives an empty record for athletes who never met', async () => {
    const { data } = await h2h({ slug: 'lamecha-girma' }, { slug: 'amos-serem' });
    expect(data.headToHead).toMatchObject({ races: 0, winsA: 0, winsB: 0, noDecision: 0, leader: null, lastMeeting: null });
  });
});

describe('headToHead bad input', () => {
  const expectBad = (response: any, argumentName: string, message: RegExp) => {
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(response.errors?.[0].message).toMatch(message);
  };

  it('rejects the same athlete twice, also when named once by id and once by slug', async () => {
    expectBad(await h2h({ slug: 'amos-serem' }, { slug: 'amos-serem' }), 'athleteB', /same athlete/);
    const { data } = await api.query('{ athlete(slug: "amos-serem") { id } }');
    expectBad(await h2h({ id: data.athlete.id }, { slug: 'amos-serem' }), 'athleteB', /same athlete/);
  });

  it('rejects an unknown slug or id', async () => {
    expectBad(await h2h({ slug: 'nobody' }, { slug: 'amos-serem' }), 'athleteA', /no athlete has the slug "nobody"/);
    expectBad(await h2h({ slug: 'amos-serem' }, { id: encodeGlobalId('Athlete', 999999) }), 'athleteB', /no athlete has the id/);
    expectBad(await h2h({ slug: 'amos-serem' }, { id: encodeGlobalId('Meet', 1) }), 'athleteB', /expected the id of a Athlete/);
  });

  it('rejects both id and slug, or neither', async () => {
    const { data } = await api.query('{ athlete(slug: "amos-serem") { id } }');
    expectBad(
      await h2h({ id: data.athlete.id, slug: 'amos-serem' }, { slug: 'soufiane-el-bakkali' }),
      'athleteA',
      /exactly one of id, slug/,
    );
    expectBad(await h2h({ slug: 'amos-serem' }, {}), 'athleteB', /exactly one of id, slug/);
  });

  it('rejects a bad filter', async () => {
    const a = { slug: 'amos-serem' };
    const b = { slug: 'soufiane-el-bakkali' };
    expectBad(await h2h(a, b, { event: { code: '3000SC' } }), 'filter.event', /code and sex/);
    expectBad(await h2h(a, b, { event: { code: 'XYZ', sex: 'MALE' } }), 'filter.event', /no event/);
    expectBad(await h2h(a, b, { from: '2024-12-31', to: '2024-01-01' }), 'filter', /is after/);
    const response = await h2h(a, b, { from: '2024-02-30' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('headToHead on purpose-built data', () => {
  let a: { id: number; slug: string };
  let b: { id: number; slug: string };
  let mile: number;

  // Nine meetings of A and B, and a DNS:
  //   2021 (undated)   A 1st, B 2nd                      A
  //   2022-05-01       both 3rd (shared place)           -
  //   2023-06-01       both 8:10.00, B 1st, A 2nd        B (by place)
  //   2023-07-01       A DNF, B 3rd                      B
  //   2023-08-01       both DNF                          -
  //   2023-09-01       A DNS                             (no meeting)
  //   2024-05-01       A 1st, B DQ                       A
  //   2024-06-01       1500m: A 1st, B 2nd               A
  //   2024-08-01       championship heat: A 1st, B 2nd   A
  //   2024-08-01       championship final: B 1st, A 2nd  B
  beforeAll(async () => {
    const f = new Fixtures(api.db.prisma);
    a = await f.athlete('Alpha Runner');
    b = await f.athlete('Bravo Runner');
    const steeple = await f.event('3000SC');
    mile = (await f.event('1500', { name: '1500 Metres' })).id;
    const race = async (
      name: string,
      opts: { date?: string; year?: number; eventId?: number; round?: 'FINAL' | 'HEAT'; championshipId?: number } = {},
    ) => {
      const meet = await f.meet(name, { date: opts.date, year: opts.year, championshipId: opts.championshipId });
      return (await f.race(meet.id, opts.eventId ?? steeple.id, { round: opts.round, heat: 1 })).id;
    };
    await f.results(await race('Undated 2021', { year: 2021 }), [
      [a.id, 1, '8:20.00'],
      [b.id, 2, '8:21.00'],
    ]);
    await f.results(await race('Dead Heat', { date: '2022-05-01' }), [
      [a.id, 3, '8:12.00'],
      [b.id, 3, '8:12.00'],
    ]);
    await f.results(await race('Photo Finish', { date: '2023-06-01' }), [
      [b.id, 1, '8:10.00'],
      [a.id, 2, '8:10.00'],
    ]);
    await f.results(await race('Fall', { date: '2023-07-01' }), [
      [b.id, 3, '8:20.00'],
      [a.id, 'DNF'],
    ]);
    await f.results(await race('Heat Wave', { date: '2023-08-01' }), [
      [a.id, 'DNF'],
      [b.id, 'DNF'],
    ]);
    await f.results(await race('Late Withdrawal', { date: '2023-09-01' }), [
      [b.id, 1, '8:15.00'],
      [a.id, 'DNS'],
    ]);
    await f.results(await race('Disqualification', { date: '2024-05-01' }), [
      [a.id, 1, '8:05.00'],
      [b.id, 'DQ'],
    ]);
    await f.results(await race('Mile Night', { date: '2024-06-01', eventId: mile }), [
      [a.id, 1, '3:35.00'],
      [b.id, 2, '3:36.12'],
    ]);
    const champs = await f.championship('Test Championships');
    const meet = await f.meet('Test Championships 2024', { date: '2024-08-01', championshipId: champs.id });
    const heat = await f.race(meet.id, steeple.id, { round: 'HEAT', heat: 1 });
    const final = await f.race(meet.id, steeple.id, { round: 'FINAL' });
    await f.results(heat.id, [
      [a.id, 1, '8:15.00'],
      [b.id, 2, '8:15.50'],
    ]);
    await f.results(final.id, [
      [b.id, 1, '8:08.00'],
      [a.id, 2, '8:09.00'],
    ]);
  });

  const ab = (filter?: object) => h2h({ slug: a.slug }, { slug: b.slug }, filter);
  const meets = (data: any) => data.headToHead.meetings.nodes.map((m: any) => m.race.meet.name);

  it('counts every race both ran, most recent first, a heat and a final of one meet apart, and no DNS', async () => {
    const { data, errors } = await ab();
    expect(errors).toBeUndefined();
    expect(data.headToHead).toMatchObject({ races: 9, winsA: 4, winsB: 3, noDecision: 2, leader: { slug: a.slug } });
    expect(meets(data)).toEqual([
      'Test Championships 2024',
      'Test Championships 2024',
      'Mile Night',
      'Disqualification',
      'Heat Wave',
      'Fall',
      'Photo Finish',
      'Dead Heat',
      'Undated 2021',
    ]);
    expect(data.headToHead.meetings.nodes.slice(0, 2).map((m: any) => m.race.round)).toEqual(['FINAL', 'HEAT']);
    expect(data.headToHead.lastMeeting.race.meet.name).toBe('Test Championships 2024');
  });

  it('decides a tie in time by place', async () => {
    expect(meetingAt((await ab()).data, 'Photo Finish')).toMatchObject({
      decision: 'PLACE',
      winner: { slug: b.slug },
      margin: { text: '0.00', value: 0 },
      performanceA: { place: 2, mark: { text: '8:10.00' } },
      performanceB: { place: 1, mark: { text: '8:10.00' } },
    });
  });

  it('gives a finisher the win over a DNF, and a DQ nothing', async () => {
    const { data } = await ab();
    expect(meetingAt(data, 'Fall')).toMatchObject({
      decision: 'STATUS',
      winner: { slug: b.slug },
      margin: null,
      performanceA: { status: 'DNF', place: null, mark: null },
    });
    expect(meetingAt(data, 'Disqualification')).toMatchObject({
      decision: 'STATUS',
      winner: { slug: a.slug },
      margin: null,
      performanceB: { status: 'DQ' },
    });
  });

  it('counts two DNFs and a shared place as meetings nobody won', async () => {
    const { data } = await ab();
    expect(meetingAt(data, 'Heat Wave')).toMatchObject({ decision: 'NONE', winner: null, margin: null });
    expect(meetingAt(data, 'Dead Heat')).toMatchObject({ decision: 'NONE', winner: null, margin: { text: '0.00' } });
  });

  it('does not count a race one of them did not start', async () => {
    expect(meetingAt((await ab()).data, 'Late Withdrawal')).toBeUndefined();
  });

  it('filters by event, by code and sex or by id', async () => {
    const byCode = await ab({ event: { code: '3000sc', sex: 'MALE' } });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data.headToHead).toMatchObject({ races: 8, winsA: 3, winsB: 3, noDecision: 2 });
    expect(meets(byCode.data)).not.toContain('Mile Night');
    const byId = await ab({ event: { id: encodeGlobalId('Event', mile) } });
    expect(meets(byId.data)).toEqual(['Mile Night']);
  });

  it('filters by dates: an undated race only when its whole year is inside the range', async () => {
    const since2024 = await ab({ from: '2024-01-01' });
    expect(meets(since2024.data)).toEqual(['Test Championships 2024', 'Test Championships 2024', 'Mile Night', 'Disqualification']);
    expect(since2024.data.headToHead).toMatchObject({ winsA: 3, winsB: 1 });
    const until2023 = await ab({ to: '2023-12-31' });
    expect(meets(until2023.data)).toEqual(['Heat Wave', 'Fall', 'Photo Finish', 'Dead Heat', 'Undated 2021']);
    const window = await ab({ from: '2021-06-01', to: '2023-07-01' });
    expect(meets(window.data)).toEqual(['Fall', 'Photo Finish', 'Dead Heat']);
    const year2021 = await ab({ from: '2021-01-01', to: '2021-12-31' });
    expect(meets(year2021.data)).toEqual(['Undated 2021']);
  });

  it('filters finals only and championships only', async () => {
    const finals = await ab({ finalsOnly: true });
    expect(finals.data.headToHead.races).toBe(8);
    expect(finals.data.headToHead.meetings.nodes.every((m: any) => m.race.round === 'FINAL')).toBe(true);
    const champs = await ab({ championshipsOnly: true });
    expect(champs.data.headToHead).toMatchObject({ races: 2, winsA: 1, winsB: 1 });
    const both = await ab({ championshipsOnly: true, finalsOnly: true });
    expect(both.data.headToHead).toMatchObject({ races: 1, winsA: 0, winsB: 1 });
  });

  it('pages the meetings', async () => {
    const first = await api.query(
      'query ($a: AthleteRef!, $b: AthleteRef!, $after: String) { headToHead(athleteA: $a, athleteB: $b) { meetings(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { race { meet { name } } } } } }',
      { a: { slug: a.slug }, b: { slug: b.slug } },
    );
    const page1 = first.data.headToHead.meetings;
    expect(page1).toMatchObject({ totalCount: 9, pageInfo: { hasNextPage: true } });
    const second = await api.query(
      'query ($a: AthleteRef!, $b: AthleteRef!, $after: String) { headToHead(athleteA: $a, athleteB: $b) { meetings(first: 10, after: $after) { pageInfo { hasNextPage } nodes { race { meet { name } } } } } }',
      { a: { slug: a.slug }, b: { slug: b.slug }, after: page1.pageInfo.endCursor },
    );
    expect(second.data.headToHead.meetings.nodes.map((m: any) => m.race.meet.name)).toEqual([
      'Heat Wave',
      'Fall',
      'Photo Finish',
      'Dead Heat',
      'Undated 2021',
    ]);
    expect(second.data.headToHead.meetings.pageInfo.hasNextPage).toBe(false);
  });
});
