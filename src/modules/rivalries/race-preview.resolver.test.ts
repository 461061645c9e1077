import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const PREVIEW_FIELDS = `
  fieldSource
  entrants { athlete { slug displayName } races wins losses noDecision opponentsMet }
  pairs {
    athleteA { slug } athleteB { slug } races winsA winsB noDecision
    lastMeeting { race { name meet { name } } winner { slug } margin { text } performanceA { mark { text } } }
  }`;

const preview = async (raceId: number, filter?: object) => {
  const response = await api.query(
    `query ($id: ID!, $filter: HeadToHeadFilter) { race(id: $id) { preview(filter: $filter) { ${PREVIEW_FIELDS} } } }`,
    { id: encodeGlobalId('Race', raceId), filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data.race.preview;
};

const pairOf = (p: any, a: string, b: string) => p.pairs.find((x: any) => x.athleteA.slug === a && x.athleteB.slug === b);

describe('race preview on the seed data', () => {
  it('gives Serem vs El Bakkali in the Brussels 2024 final: 2 meetings, 2 wins for El Bakkali', async () => {
    const { data, errors } = await api.query(
      `{ meet(slug: "brussels-2024") { races { nodes { status preview { ${PREVIEW_FIELDS} } } } } }`,
    );
    expect(errors).toBeUndefined();
    const race = data.meet.races.nodes[0];
    expect(race.status).toBe('SCHEDULED');
    expect(race.preview.fieldSource).toBe('ENTRIES');
    expect(race.preview.entrants.map((e: any) => e.athlete.slug)).toEqual(['amos-serem', 'soufiane-el-bakkali']);
    expect(race.preview.pairs).toHaveLength(1);
    expect(race.preview.pairs[0]).toMatchObject({
      athleteA: { slug: 'amos-serem' },
      athleteB: { slug: 'soufiane-el-bakkali' },
      races: 2,
      winsA: 0,
      winsB: 2,
      noDecision: 0,
    });
    expect(race.preview.entrants[1]).toMatchObject({ races: 2, wins: 2, losses: 0, opponentsMet: 1 });
  });

  it('previews a completed race from its results, leaving that race itself out', async () => {
    const { data } = await api.query(`{ meet(slug: "silesia-2024") { races { nodes { preview { ${PREVIEW_FIELDS} } } } } }`);
    const p = data.meet.races.nodes[0].preview;
    expect(p.fieldSource).toBe('RESULTS');
    expect(p.entrants.map((e: any) => e.athlete.slug)).toEqual(['soufiane-el-bakkali', 'amos-serem', 'samuel-firewu', 'abraham-kibiwott']);
    expect(p.pairs).toHaveLength(6);
    // Paris 2024 is undated in the same year: it may have come before, so it counts; Silesia itself does not.
    expect(pairOf(p, 'soufiane-el-bakkali', 'amos-serem')).toMatchObject({
      races: 1,
      winsA: 1,
      lastMeeting: { race: { meet: { name: 'Paris 2024' } } },
    });
    expect(pairOf(p, 'amos-serem', 'samuel-firewu')).toMatchObject({ races: 1, winsA: 0, winsB: 1 }); // Accra (held 2024)
    expect(pairOf(p, 'soufiane-el-bakkali', 'samuel-firewu')).toMatchObject({ races: 0, lastMeeting: null });
  });
});

describe('race preview on purpose-built data', () => {
  const slugs: string[] = [];
  const ids: number[] = [];
  let field3: number;
  let field8: number;
  let h2: number;
  let heat: number;
  let final: number;

  // History of F1..F8 (before the previews on 2023-09-01):
  //   H1 2023-05-01: F1 .. F8 in order
  //   H2 2023-06-01: F3 1st, F1 2nd, F5 3rd, F2 DNF
  //   H3 2023-07-01: F2 1st, F1 2nd, F3 DNS
  //   H4 2023-10-01 (after the previews): F1 1st, F2 2nd, F3 3rd
  //   Round Meet (undated, 2024): heat F6 1st, F7 2nd; final F7 1st, F6 2nd
  beforeAll(async () => {
    const f = new Fixtures(api.db.prisma);
    for (let i = 1; i <= 8; i++) {
      const athlete = await f.athlete(`Field Runner${i}`);
      slugs.push(athlete.slug);
      ids.push(athlete.id);
    }
    const [f1, f2, f3, f4, f5, f6, f7, f8] = ids;
    const steeple = await f.event('3000SC');
    const race = async (name: string, date: string | null, status: 'COMPLETED' | 'SCHEDULED' = 'COMPLETED') => {
      const meet = await f.meet(name, date ? { date } : { year: 2024 });
      return (await f.race(meet.id, steeple.id, { status })).id;
    };
    await f.results(
      await race('H1', '2023-05-01'),
      [f1, f2, f3, f4, f5, f6, f7, f8].map((id, i) => [id, i + 1, `8:${10 + i}.00`]),
    );
    h2 = await race('H2', '2023-06-01');
    await f.results(h2, [
      [f3, 1, '8:10.00'],
      [f1, 2, '8:11.00'],
      [f5, 3, '8:12.00'],
      [f2, 'DNF'],
    ]);
    await f.results(await race('H3', '2023-07-01'), [
      [f2, 1, '8:10.00'],
      [f1, 2, '8:11.00'],
      [f3, 'DNS'],
    ]);
    await f.results(await race('H4', '2023-10-01'), [
      [f1, 1, '8:10.00'],
      [f2, 2, '8:11.00'],
      [f3, 3, '8:12.00'],
    ]);
    field3 = await race('Preview Three', '2023-09-01', 'SCHEDULED');
    for (const id of [f1, f2, f3]) await f.entry(field3, id);
    field8 = await race('Preview Eight', '2023-09-01', 'SCHEDULED');
    for (const id of ids) await f.entry(field8, id);
    const roundMeet = await f.meet('Round Meet', { year: 2024 });
    heat = (await f.race(roundMeet.id, steeple.id, { round: 'HEAT', heat: 1 })).id;
    final = (await f.race(roundMeet.id, steeple.id, { round: 'FINAL' })).id;
    await f.results(heat, [
      [f6, 1, '8:20.00'],
      [f7, 2, '8:21.00'],
    ]);
    await f.results(final, [
      [f7, 1, '8:15.00'],
      [f6, 2, '8:16.00'],
    ]);
  });

  it('gives the matrix of a field of three: every pair, and each record against the field', async () => {
    const p = await preview(field3);
    const [s1, s2, s3] = slugs;
    expect(p.fieldSource).toBe('ENTRIES');
    expect(p.pairs.map((x: any) => [x.athleteA.slug, x.athleteB.slug, x.races, x.winsA, x.winsB, x.noDecision])).toEqual([
      [s1, s2, 3, 2, 1, 0], // H1 F1, H2 F1 (F2 DNF), H3 F2; H4 comes after the race
      [s1, s3, 2, 1, 1, 0], // H1 F1, H2 F3; H3 not started by F3
      [s2, s3, 2, 1, 1, 0], // H1 F2, H2 F3
    ]);
    expect(p.pairs[0].lastMeeting).toMatchObject({ race: { meet: { name: 'H3' } }, winner: { slug: s2 }, margin: { text: '1.00' } });
    expect(p.entrants).toEqual([
      { athlete: expect.objectContaining({ slug: s1 }), races: 5, wins: 3, losses: 2, noDecision: 0, opponentsMet: 2 },
      { athlete: expect.objectContaining({ slug: s2 }), races: 5, wins: 2, losses: 3, noDecision: 0, opponentsMet: 2 },
      { athlete: expect.objectContaining({ slug: s3 }), races: 4, wins: 2, losses: 2, noDecision: 0, opponentsMet: 2 },
    ]);
  });

  it('lists all 28 pairs of a field of eight, pairs that never met included', async () => {
    const p = await preview(field8);
    expect(p.pairs).toHaveLength(28);
    expect(pairOf(p, slugs[3], slugs[7])).toMatchObject({ races: 1, winsA: 1, winsB: 0 }); // H1 only
    expect(pairOf(p, slugs[0], slugs[4])).toMatchObject({ races: 2, winsA: 2 }); // H1, H2
    expect(p.entrants[7]).toMatchObject({ races: 7, wins: 0, losses: 7, opponentsMet: 7 });
  });

  it('previews a completed race without entries from its results, without it and later races', async () => {
    const p = await preview(h2);
    expect(p.fieldSource).toBe('RESULTS');
    expect(p.entrants.map((e: any) => e.athlete.slug)).toEqual([slugs[2], slugs[0], slugs[4], slugs[1]]);
    expect(pairOf(p, slugs[2], slugs[0])).toMatchObject({ races: 1, winsA: 0, winsB: 1 }); // H1 only
  });

  it('leaves out a later round of the same meet when the days are unknown', async () => {
    const [s6, s7] = [slugs[5], slugs[6]];
    expect(pairOf(await preview(heat), s6, s7)).toMatchObject({ races: 1, winsA: 1 }); // H1; not the final
    expect(pairOf(await preview(final), s7, s6)).toMatchObject({ races: 2, winsA: 0, winsB: 2 }); // H1 and the heat
  });

  it('applies a filter', async () => {
    const p = await preview(field3, { to: '2023-05-31' });
    expect(p.pairs.map((x: any) => x.races)).toEqual([1, 1, 1]);
  });

  it('runs as many SQL statements for a field of eight as for a field of three', async () => {
    const count = async (raceId: number) => {
      const spy = jest.spyOn(api.db.pool, 'query');
      try {
        await preview(raceId);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const three = await count(field3);
    const eight = await count(field8);
    expect(three).toBeGreaterThan(0);
    expect(eight).toBe(three);
  });
});
