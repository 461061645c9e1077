// A result's parts beyond its mark: combined-event disciplines, a throw's series, a height
// card. Stored directly here (the importer's own tests load them from files); every name and
// mark is invented for the test.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
const perfIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const f = new Fixtures(api.db.prisma);
  const meet = await f.meet('Invented Meet', { date: '2031-07-01' });
  const dec = await f.event('DEC', { kind: 'COMBINED', unit: 'POINTS' });
  const hj = await f.event('HJ', { kind: 'FIELD', unit: 'HEIGHT' });
  const jt = await f.event('JT', { kind: 'FIELD', unit: 'DISTANCE' });
  const a = await f.athlete('Kai Ten');
  const decathlon = await f.result((await f.race(meet.id, dec.id)).id, a.id, { place: 1, mark: '2000' });
  await api.db.prisma.combinedComponent.createMany({
    data: [
      {
        performanceId: decathlon.id,
        position: 1,
        discipline: '100',
        markValue: 10_500,
        markText: '10.50',
        windMps: 0.4,
        points: 975,
        publishedPoints: 975,
      },
      {
        performanceId: decathlon.id,
        position: 2,
        discipline: 'LJ',
        markValue: 7_500,
        markText: '7.50',
        windMps: -0.2,
        points: 935,
        publishedPoints: 936,
      },
      { performanceId: decathlon.id, position: 3, discipline: 'SP', status: 'NM', points: 0 },
    ],
  });
  const high = await f.result((await f.race(meet.id, hj.id)).id, a.id, { place: 1, mark: '2.20' });
  await api.db.prisma.heightAttempt.createMany({
    data: [
      { performanceId: high.id, heightValue: 2_150, heightText: '2.15', trials: 'o' },
      { performanceId: high.id, heightValue: 2_200, heightText: '2.20', trials: 'xxo' },
      { performanceId: high.id, heightValue: 2_230, heightText: '2.23', trials: 'xxx' },
    ],
  });
  const throwing = await f.result((await f.race(meet.id, jt.id)).id, a.id, { place: 1, mark: '80.10' });
  await api.db.prisma.fieldAttempt.createMany({
    data: [
      { performanceId: throwing.id, number: 1, outcome: 'FOUL' },
      { performanceId: throwing.id, number: 2, outcome: 'MARK', markValue: 80_100, markText: '80.10' },
      { performanceId: throwing.id, number: 3, outcome: 'PASS' },
    ],
  });
  const { encodeGlobalId } = await import('../common/relay');
  perfIds.decathlon = encodeGlobalId('Performance', decathlon.id);
  perfIds.high = encodeGlobalId('Performance', high.id);
  perfIds.throwing = encodeGlobalId('Performance', throwing.id);
});
afterAll(() => api?.stop());

const DETAIL = `query ($id: ID!) { node(id: $id) { ... on Performance {
  mark { text }
  combined { computedTotal publishedTotal agrees components { position discipline markText markValue windMps status points publishedPoints } }
  series { number outcome markText markValue windMps }
  heightCard { height heightValue trials cleared failures }
} } }`;

const detail = async (id: string) => {
  const { data, errors } = await api.query(DETAIL, { id });
  expect(errors).toBeUndefined();
  return data.node;
};

it('breaks a combined-event result down, computed total beside the published one', async () => {
  const d = await detail(perfIds.decathlon);
  expect(d.combined).toEqual({
    computedTotal: 1910,
    publishedTotal: 2000,
    agrees: false,
    components: [
      {
        position: 1,
        discipline: '100',
        markText: '10.50',
        markValue: 10500,
        windMps: 0.4,
        status: 'FINISHED',
        points: 975,
        publishedPoints: 975,
      },
      {
        position: 2,
        discipline: 'LJ',
        markText: '7.50',
        markValue: 7500,
        windMps: -0.2,
        status: 'FINISHED',
        points: 935,
        publishedPoints: 936,
      },
      { position: 3, discipline: 'SP', markText: null, markValue: null, windMps: null, status: 'NM', points: 0, publishedPoints: null },
    ],
  });
  expect(d.series).toEqual([]);
  expect(d.heightCard).toEqual([]);
});

it('gives a height card with clearances and failures per height', async () => {
  const d = await detail(perfIds.high);
  expect(d.combined).toBeNull();
  expect(d.heightCard).toEqual([
    { height: '2.15', heightValue: 2150, trials: 'o', cleared: true, failures: 0 },
    { height: '2.20', heightValue: 2200, trials: 'xxo', cleared: true, failures: 2 },
    { height: '2.23', heightValue: 2230, trials: 'xxx', cleared: false, failures: 3 },
  ]);
});

it("gives a throw's series in order", async () => {
  const d = await detail(perfIds.throwing);
  expect(d.series).toEqual([
    { number: 1, outcome: 'FOUL', markText: null, markValue: null, windMps: null },
    { number: 2, outcome: 'MARK', markText: '80.10', markValue: 80100, windMps: null },
    { number: 3, outcome: 'PASS', markText: null, markValue: null, windMps: null },
  ]);
});

it('refuses a height card trial sequence the rules do not allow', async () => {
  const { data, errors } = await api.query(DETAIL, { id: perfIds.high });
  expect(errors).toBeUndefined();
  const performanceId = Number(Buffer.from(perfIds.high, 'base64url').toString().split(':')[1]);
  await expect(
    api.db.prisma.heightAttempt.create({ data: { performanceId, heightValue: 2_260, heightText: '2.26', trials: 'oxo' } }),
  ).rejects.toThrow(/height_attempts_trials_valid/);
  expect(data.node.heightCard).toHaveLength(3);
});
