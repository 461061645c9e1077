import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { parseMark } from '../../domain';

let api: TestApi;
let fixtures: Fixtures;
let eventId: number;

const slugOf = async (slug: string) => (await api.db.prisma.athlete.findUniqueOrThrow({ where: { slug } })).id;

/** A race of its own meet, held on `date`. */
async function race(name: string, date: string) {
  const meet = await fixtures.meet(name, { date });
  return fixtures.race(meet.id, eventId);
}

async function tiedResult(raceId: number, athleteId: number, place: number, mark: string) {
  const m = parseMark(mark, 'TIME');
  return api.db.prisma.performance.create({
    data: {
      raceId,
      athleteId,
      place,
      tied: true,
      markValue: m.value,
      markText: m.text,
      precision: m.precision,
      sources: { create: { sourceId: await fixtures.source() } },
    },
  });
}

const CANDIDATES = `query ($first: Int, $after: String) { duplicateCandidates(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes {
    athleteA { slug displayName country { code } } athleteB { slug displayName country { code } }
    nameMatch nameEvidence sameCountry countryUnknown sameBirthDate birthDateUnknown seasonsA seasonsB strength
    sharedRaces { agree disagreements race { name meet { name } } resultA { placeText mark { text } } resultB { placeText mark { text } athlete { slug } } }
  }
} }`;

beforeAll(async () => {
  api = await startTestApi();
  fixtures = new Fixtures(api.db.prisma);
  eventId = (await api.db.prisma.event.findFirstOrThrow({ where: { code: '3000SC', sex: 'MALE' } })).id;

  // A transliteration: "Kibiwot", of Kenya, beside the seed's "Abraham Kibiwott" (no country), in one race with an equal result.
  const kibiwot = await fixtures.athlete('Abraham Kibiwot', { country: 'KEN' });
  const shared = await race('Kibiwot Meeting 2024', '2024-07-01');
  await tiedResult(shared.id, kibiwot.id, 2, '8:15.00');
  await tiedResult(shared.id, await slugOf('abraham-kibiwott'), 2, '8:15.00');
  // An initial: "B. Kigen" racing the season after Benjamin Kigen's last (2021).
  const kigen = await fixtures.athlete('B. Kigen');
  await fixtures.result((await race('Kigen Meeting 2022', '2022-05-05')).id, kigen.id, { place: 1, mark: '8:12.00' });
  // The same name and country, but in the same race with another place: reported, with the disagreement.
  const firewu = await fixtures.athlete('Samuel Firewu', { country: 'ETH' });
  const silesia = await api.db.prisma.race.findFirstOrThrow({ where: { meet: { slug: 'silesia-2024' } } });
  await fixtures.result(silesia.id, firewu.id, { place: 5, mark: '8:04.34' });

  // Namesakes that are not one person: another country, another date of birth, seasons far apart, another sex.
  await fixtures.athlete('Kenneth Rooks', { country: 'CAN' });
  await fixtures.athlete('Daniel Simiu', { country: 'KEN', birthDate: '1995-01-01' });
  await fixtures.athlete('Daniel Simiu', { country: 'KEN', birthDate: '1998-05-05' });
  const oldSerem = await fixtures.athlete('Amos Serem');
  await fixtures.result((await race('Serem Meeting 1990', '1990-06-01')).id, oldSerem.id, { place: 1, mark: '8:30.00' });
  await fixtures.athlete('Lamecha Girma', { sex: 'FEMALE' });
});
afterAll(() => api?.stop());

describe('duplicateCandidates', () => {
  it('pairs a transliteration, an initial and a namesake in one race, strongest evidence first, with the evidence', async () => {
    const { data, errors } = await api.query(CANDIDATES, { first: 20 });
    expect(errors).toBeUndefined();
    const nodes = data.duplicateCandidates.nodes;
    expect(nodes.map((n: any) => [n.athleteA.displayName, n.athleteB.displayName, n.nameMatch, n.strength])).toEqual([
      ['Abraham Kibiwott', 'Abraham Kibiwot', 'SPELLING', 50],
      ['Benjamin Kigen', 'B. Kigen', 'INITIAL', 20],
      ['Samuel Firewu', 'Samuel Firewu', 'SAME_NAME', 0],
    ]);
    expect(data.duplicateCandidates.totalCount).toBe(3);

    const [kibiwot, kigen, firewu] = nodes;
    expect(kibiwot).toMatchObject({
      athleteA: { slug: 'abraham-kibiwott', country: null },
      athleteB: { country: { code: 'KEN' } },
      nameEvidence: 'names 1 letter apart',
      sameCountry: false,
      countryUnknown: true,
      sameBirthDate: false,
      birthDateUnknown: true,
      seasonsA: [2024],
      seasonsB: [2024],
      sharedRaces: [
        {
          agree: true,
          disagreements: [],
          race: { name: "Men's 3000 Metres Steeplechase Final", meet: { name: 'Kibiwot Meeting 2024' } },
          resultA: { placeText: '2=', mark: { text: '8:15.00' } },
          resultB: { placeText: '2=', mark: { text: '8:15.00' } },
        },
      ],
    });
    expect(kigen).toMatchObject({
      nameEvidence: 'the same family name (kigen) and given-name initial',
      seasonsA: [2021],
      seasonsB: [2022],
      sharedRaces: [],
    });
    expect(firewu).toMatchObject({
      nameEvidence: 'the same name',
      sameCountry: true,
      countryUnknown: false,
      sharedRaces: [
        { agree: false, disagreements: ['place: A 3, B 5'], race: { meet: { name: 'Silesia 2024' } }, resultB: { placeText: '5' } },
      ],
    });
  });

  it('does not pair namesakes of another country, date of birth, sex or time', async () => {
    const { data } = await api.query(CANDIDATES, { first: 100 });
    const names = data.duplicateCandidates.nodes.map((n: any) => n.athleteA.displayName);
    for (const name of ['Kenneth Rooks', 'Daniel Simiu', 'Amos Serem', 'Lamecha Girma']) expect(names).not.toContain(name);
  });

  it('pages by cursor in the same order', async () => {
    const first = await api.query(CANDIDATES, { first: 2 });
    expect(first.data.duplicateCandidates.pageInfo.hasNextPage).toBe(true);
    const rest = await api.query(CANDIDATES, { first: 2, after: first.data.duplicateCandidates.pageInfo.endCursor });
    expect(rest.errors).toBeUndefined();
    expect(rest.data.duplicateCandidates.nodes.map((n: any) => n.athleteA.displayName)).toEqual(['Samuel Firewu']);
    expect(rest.data.duplicateCandidates.pageInfo.hasNextPage).toBe(false);
    const bad = await api.query(CANDIDATES, { first: 2, after: 'nope' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('reads everything it shows in three statements, however many athletes and pairs', async () => {
    const statements = async () => {
      await api.query(CANDIDATES, { first: 100 }); // reference tables (events, countries) read once per server
      const spy = jest.spyOn(api.db.pool, 'query');
      try {
        const { data, errors } = await api.query(CANDIDATES, { first: 100 });
        expect(errors).toBeUndefined();
        return { statements: spy.mock.calls.length, pairs: data.duplicateCandidates.totalCount as number };
      } finally {
        spy.mockRestore();
      }
    };
    expect(await statements()).toEqual({ statements: 3, pairs: 3 });
    // More athletes, more pairs (each with results in a race of their own): still three.
    const families = [
      'Hlongwane',
      'Mutaisiy',
      'Bereketab',
      'Zhivotovsky',
      'Quintanilla',
      'Ferdinanda',
      'Oyelakinu',
      'Petrakova',
      'Sandoval',
      'Tchaikovsky',
      'Underwood',
      'Gabrielsen',
    ];
    for (const [i, family] of families.entries()) {
      const a = await fixtures.athlete(`Runner ${family}`, { country: 'KEN' });
      const b = await fixtures.athlete(`Runner ${family.slice(0, -1)}`);
      const r = await race(`Pair Meeting ${i} 2024`, '2024-06-02');
      await fixtures.result(r.id, a.id, { place: 1, mark: '8:20.00' });
      await fixtures.result(r.id, b.id, { place: 2, mark: '8:21.00' });
    }
    expect(await statements()).toEqual({ statements: 3, pairs: 15 });
  });
});
