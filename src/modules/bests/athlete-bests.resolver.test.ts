import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { SqlReader } from '../../db/sql-reader';
import { EventService } from '../competitions/event.service';
import { PerformanceService } from '../results/performance.service';

let api: TestApi;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestApi();
  f = new Fixtures(api.db.prisma);
});
afterAll(() => api?.stop());

const BEST =
  'event { code sex } mark { text value precision } season indoor date windMps windStatus performance { place race { meet { name year } } }';
const BESTS = `query ($slug: String!, $season: Int, $indoor: Boolean, $handTimes: Boolean = false) {
  athlete(slug: $slug) {
    personalBests(indoor: $indoor, handTimes: $handTimes) { ${BEST} }
    seasonBests(season: $season, indoor: $indoor, handTimes: $handTimes) { ${BEST} }
  }
}`;
const PROGRESSION = `query ($slug: String!, $event: EventRef!, $indoor: Boolean) {
  athlete(slug: $slug) { progression(event: $event, indoor: $indoor) { ${BEST} } }
}`;

async function bests(slug: string, vars: Record<string, unknown> = {}) {
  const { data, errors } = await api.query(BESTS, { slug, ...vars });
  expect(errors).toBeUndefined();
  return data.athlete;
}

const short = (b: any) => `${b.event.code} ${b.mark.text} ${b.season}${b.indoor ? ' indoor' : ''} ${b.performance.race.meet.name}`;

describe('on the seed data', () => {
  it("gives El Bakkali's 3000m steeplechase PB: 8:03.53 in Budapest 2023", async () => {
    const athlete = await bests('soufiane-el-bakkali');
    expect(athlete.personalBests).toHaveLength(1);
    expect(athlete.personalBests[0]).toMatchObject({
      event: { code: '3000SC', sex: 'MALE' },
      mark: { text: '8:03.53', value: 483530 },
      season: 2023,
      indoor: false,
      windStatus: 'NOT_APPLICABLE',
      performance: { place: 1, race: { meet: { name: 'Budapest 2023', year: 2023 } } },
    });
  });

  it("gives Serem's PB 8:04.29 (Silesia 2024) and his season bests, most recent first", async () => {
    const athlete = await bests('amos-serem');
    expect(athlete.personalBests.map(short)).toEqual(['3000SC 8:04.29 2024 Silesia 2024']);
    // 2024: Silesia, not Paris or Accra; 2021: Nairobi (his African U20 win has no time).
    expect(athlete.seasonBests.map(short)).toEqual(['3000SC 8:04.29 2024 Silesia 2024', '3000SC 8:30.72 2021 Nairobi 2021']);
    expect((await bests('amos-serem', { season: 2024 })).seasonBests.map(short)).toEqual(['3000SC 8:04.29 2024 Silesia 2024']);
    expect((await bests('amos-serem', { season: 2021 })).seasonBests.map(short)).toEqual(['3000SC 8:30.72 2021 Nairobi 2021']);
    expect((await bests('amos-serem', { season: 2023 })).seasonBests).toEqual([]);
    expect((await bests('amos-serem', { indoor: true })).personalBests).toEqual([]);
  });

  it("counts Tokyo 2020 in El Bakkali's 2021 season, and gives his progression oldest first", async () => {
    const { data, errors } = await api.query(PROGRESSION, { slug: 'soufiane-el-bakkali', event: { code: '3000SC', sex: 'MALE' } });
    expect(errors).toBeUndefined();
    expect(data.athlete.progression.map(short)).toEqual([
      '3000SC 8:08.90 2021 Tokyo 2020',
      '3000SC 8:25.13 2022 Eugene 2022',
      '3000SC 8:03.53 2023 Budapest 2023',
      '3000SC 8:04.29 2024 Silesia 2024',
    ]);
    expect((await bests('soufiane-el-bakkali', { season: 2020 })).seasonBests).toEqual([]);
  });

  it('gives the bests of many athletes in one request', async () => {
    const { data, errors } = await api.query('{ athletes(first: 10) { nodes { slug personalBests { mark { text } } } } }');
    expect(errors).toBeUndefined();
    const pbs = Object.fromEntries(data.athletes.nodes.map((a: any) => [a.slug, a.personalBests.map((b: any) => b.mark.text)]));
    expect(pbs).toMatchObject({
      'soufiane-el-bakkali': ['8:03.53'],
      'amos-serem': ['8:04.29'],
      'samuel-firewu': ['8:04.34'],
      'kenneth-rooks': ['8:06.41'],
      'abraham-kibiwott': ['8:06.47'],
      'lamecha-girma': ['8:10.38'],
      'benjamin-kigen': ['8:11.45'],
    });
  });

  it('loads the season bests of many athletes with one query', async () => {
    const ids = (await api.db.prisma.athlete.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
    const { BestsService } = await import('./bests.service');
    const sql = new SqlReader(api.db.pool);
    const events = new EventService(sql);
    await events.all(); // kept in memory once read
    const service = new BestsService(sql, events, new PerformanceService(sql, events));
    const spy = jest.spyOn(api.db.pool, 'query');
    const grouped = await service.seasonBestsOf([...ids, 999999]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(grouped).toHaveLength(ids.length + 1);
    expect(grouped[ids.length]).toEqual([]);
    // Athlete-seasons with a legal mark: El Bakkali 4 (2021-2024), Serem 2, five others 1 each.
    expect(grouped.flat().length).toBe(11);
  });

  it('rejects a progression of an unknown event', async () => {
    const { errors } = await api.query(PROGRESSION, { slug: 'amos-serem', event: { code: 'NOSUCH', sex: 'MALE' } });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'event' } });
  });
});

describe('on purpose-built data', () => {
  it('keeps indoor and outdoor bests apart, skipping wind-assisted, hand-timed and unfinished marks', async () => {
    const sprinter = await f.athlete('Tess Sprint', { sex: 'FEMALE' });
    const hundred = await f.event('100', { sex: 'FEMALE', windAffected: true });
    const sixty = await f.event('60', { sex: 'FEMALE' });
    const lj = await f.event('LJ', { sex: 'FEMALE', kind: 'FIELD', unit: 'DISTANCE', windAffected: true });
    const outdoor23 = await f.meet('Outdoor 2023', { date: '2023-07-01' });
    const outdoor24 = await f.meet('Outdoor 2024', { date: '2024-07-01' });
    const indoor24 = await f.meet('Indoor 2024', { date: '2024-02-01', indoor: true });
    const add = async (
      meetId: number,
      eventId: number,
      mark: string | null,
      opts: { windMps?: number; raceWind?: number; status?: 'DNF' | 'DQ' } = {},
    ) => {
      const race = await f.race(meetId, eventId, { heat: ++heat, windMps: opts.raceWind });
      return f.result(race.id, sprinter.id, {
        place: opts.status ? null : 1,
        mark: opts.status ? null : mark,
        status: opts.status,
        windMps: opts.windMps,
      });
    };
    let heat = 0;
    await add(outdoor23.id, hundred.id, '11.10', { raceWind: 2.0 });
    await add(outdoor24.id, hundred.id, '10.90', { raceWind: 2.1 }); // assisted
    await add(outdoor24.id, hundred.id, '10.8h', { raceWind: 0.0 }); // hand time
    await add(outdoor24.id, hundred.id, null, { status: 'DNF' });
    await add(outdoor24.id, hundred.id, '11.05', { raceWind: 3.0, windMps: 1.9 }); // its own reading counts
    await add(indoor24.id, lj.id, '6.80');
    await add(outdoor24.id, lj.id, '6.95', { windMps: 2.4 }); // assisted
    await add(outdoor24.id, lj.id, '6.60', { windMps: 1.0 });
    await add(outdoor24.id, lj.id, '6.70');
    await add(indoor24.id, sixty.id, '7.10');

    const athlete = await bests(sprinter.slug);
    expect(athlete.personalBests.map(short)).toEqual([
      '100 11.05 2024 Outdoor 2024',
      '60 7.10 2024 indoor Indoor 2024',
      'LJ 6.70 2024 Outdoor 2024',
      'LJ 6.80 2024 indoor Indoor 2024',
    ]);
    expect(athlete.personalBests[0]).toMatchObject({ windMps: 1.9, windStatus: 'LEGAL', date: '2024-07-01' });
    expect(athlete.personalBests[2]).toMatchObject({ windMps: null, windStatus: 'UNKNOWN' });
    expect(athlete.personalBests[3]).toMatchObject({ indoor: true, windStatus: 'NOT_APPLICABLE' });
    expect(athlete.seasonBests.map(short)).toEqual([
      '100 11.05 2024 Outdoor 2024',
      'LJ 6.70 2024 Outdoor 2024',
      '60 7.10 2024 indoor Indoor 2024',
      'LJ 6.80 2024 indoor Indoor 2024',
      '100 11.10 2023 Outdoor 2023',
    ]);
    expect((await bests(sprinter.slug, { indoor: false })).personalBests.map(short)).toEqual([
      '100 11.05 2024 Outdoor 2024',
      'LJ 6.70 2024 Outdoor 2024',
    ]);
    expect((await bests(sprinter.slug, { season: 2024, indoor: true })).seasonBests.map(short)).toEqual([
      '60 7.10 2024 indoor Indoor 2024',
      'LJ 6.80 2024 indoor Indoor 2024',
    ]);
    const hand = await bests(sprinter.slug, { handTimes: true });
    expect(hand.personalBests.map((b: any) => [b.event.code, b.mark.text, b.mark.precision])).toEqual([['100', '10.8', 'TENTHS_HAND']]);

    const { data } = await api.query(PROGRESSION, { slug: sprinter.slug, event: { code: 'lj', sex: 'FEMALE' } });
    // A year's indoor season comes before its outdoor one.
    expect(data.athlete.progression.map(short)).toEqual(['LJ 6.80 2024 indoor Indoor 2024', 'LJ 6.70 2024 Outdoor 2024']);
    const outdoorOnly = await api.query(PROGRESSION, { slug: sprinter.slug, event: { code: '100', sex: 'FEMALE' }, indoor: false });
    expect(outdoorOnly.data.athlete.progression.map(short)).toEqual(['100 11.10 2023 Outdoor 2023', '100 11.05 2024 Outdoor 2024']);
  });

  it('ranks a field event higher first, and credits the first of two equal bests', async () => {
    const jumper = await f.athlete('Hugo High');
    const hj = await f.event('HJ', { kind: 'FIELD', unit: 'HEIGHT' });
    const early = await f.meet('Early', { date: '2024-05-01' });
    const late = await f.meet('Late', { date: '2024-08-01' });
    const other = await f.meet('Other', { date: '2024-06-01' });
    await f.result((await f.race(late.id, hj.id)).id, jumper.id, { place: 1, mark: '2.30' });
    await f.result((await f.race(early.id, hj.id)).id, jumper.id, { place: 1, mark: '2.30' });
    await f.result((await f.race(other.id, hj.id)).id, jumper.id, { place: 2, mark: '2.25' });
    await f.result((await f.race(other.id, hj.id, { heat: 2 })).id, jumper.id, { place: null, status: 'NM' });
    const athlete = await bests(jumper.slug);
    expect(athlete.personalBests.map(short)).toEqual(['HJ 2.30 2024 Early']);
    expect(athlete.seasonBests.map(short)).toEqual(['HJ 2.30 2024 Early']);
  });
});
