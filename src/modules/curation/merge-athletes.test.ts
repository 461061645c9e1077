// mergeAthletes where both records have a result in one race, and with external ids.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { ApiKeyService } from '../auth/api-key.service';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
let key: string;
let fixtures: Fixtures;
let eventId: number;

beforeAll(async () => {
  api = await startTestApi();
  key = (await new ApiKeyService(api.db.prisma).create('curator')).key;
  fixtures = new Fixtures(api.db.prisma);
  eventId = (await api.db.prisma.event.findFirstOrThrow({ where: { code: '3000SC', sex: 'MALE' } })).id;
});
afterAll(() => api?.stop());

const gql = (query: string, variables: Record<string, unknown> = {}) => api.queryAs(key, query, variables);

const MERGE =
  'mutation ($keep: ID!, $remove: ID!) { mergeAthletes(keep: $keep, remove: $remove) { slug externalIds { text } performances(first: 20) { totalCount } } }';
const merge = (keep: number, remove: number) =>
  gql(MERGE, { keep: encodeGlobalId('Athlete', keep), remove: encodeGlobalId('Athlete', remove) });

/** A result with its own source (the merge combines the sources of both). */
const result = (raceId: number, athleteId: number, spec: Parameters<Fixtures['result']>[2] & { source: string }) =>
  fixtures.result(raceId, athleteId, spec);

const count = async (table: string) => (await api.db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('mergeAthletes with results in the same race', () => {
  it('keeps one result of two that agree, linked to the sources of both, with the notes of both and the photo finish', async () => {
    const keep = await fixtures.athlete('Abraham Kibiwott Test');
    const remove = await fixtures.athlete('Abraham Kibiwot Test', { birthDate: '1996-04-06' });
    const meet = await fixtures.meet('Agreeing Meeting 2025', { date: '2025-06-01' });
    const final = await fixtures.race(meet.id, eventId);
    const heat = await fixtures.race(meet.id, eventId, { round: 'HEAT' });
    const semi = await fixtures.race(meet.id, eventId, { round: 'SEMI_FINAL' });
    // A place shared in the published results ("3=") is tied in both rows.
    const kept = await result(final.id, keep.id, { place: 3, tied: true, mark: '8:10.00', notes: ['SB'], source: 'results-pdf' });
    const removed = await result(final.id, remove.id, {
      place: 3,
      tied: true,
      mark: '8:10.00',
      notes: ['PB', 'SB'],
      photoFinish: true,
      windMps: null,
      source: 'federation-site',
    });
    await result(heat.id, keep.id, { status: 'DNF', source: 'results-pdf' });
    await result(heat.id, remove.id, { status: 'DNF', source: 'federation-site' });
    await result(semi.id, remove.id, { place: 1, mark: '8:20.00', source: 'federation-site' }); // only remove ran it: moved
    const performances = await count('performances');

    const res = await merge(keep.id, remove.id);
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeAthletes.performances.totalCount).toBe(3);
    expect(await count('performances')).toBe(performances - 2);
    expect(await api.db.prisma.performance.findUnique({ where: { id: removed.id } })).toBeNull();

    const row = await api.db.prisma.performance.findUniqueOrThrow({
      where: { id: kept.id },
      include: { sources: { include: { source: true } } },
    });
    expect(row).toMatchObject({ athleteId: keep.id, place: 3, tied: true, markText: '8:10.00', notes: ['SB', 'PB'], photoFinish: true });
    expect(row.sources.map((s) => s.source.reference).sort()).toEqual(['federation-site', 'results-pdf']);
    const heatResults = await api.db.prisma.performance.findMany({ where: { raceId: heat.id }, include: { sources: true } });
    expect(heatResults).toHaveLength(1);
    expect(heatResults[0].sources).toHaveLength(2);

    const log = await gql('query ($id: ID!) { auditLog(entityId: $id) { nodes { operation after } } }', {
      id: encodeGlobalId('Athlete', keep.id),
    });
    expect(log.data.auditLog.nodes[0]).toMatchObject({
      operation: 'mergeAthletes',
      after: {
        birthDate: '1996-04-06T00:00:00.000Z',
        merged: {
          from: remove.id,
          performancesMoved: 1,
          performancesCombined: 2,
          entriesMoved: 0,
          entriesCombined: 0,
          externalIdsMoved: 0,
        },
      },
    });
  });

  it('refuses results that disagree, naming the race, the field and both values, and changes nothing', async () => {
    const keep = await fixtures.athlete('Disagreeing Keep');
    const remove = await fixtures.athlete('Disagreeing Remove');
    const meet = await fixtures.meet('Paris Test 2024', { date: '2024-08-09' });
    const final = await fixtures.race(meet.id, eventId);
    const other = await fixtures.race(meet.id, eventId, { round: 'HEAT' });
    await result(final.id, keep.id, { place: 14, tied: true, mark: '8:19.74', source: 'results-pdf' });
    await result(final.id, remove.id, { place: 14, tied: true, mark: '8:19.75', source: 'federation-site' });
    await result(other.id, keep.id, { place: 2, mark: '8:30.00', notes: ['Q'], source: 'results-pdf' });
    await result(other.id, remove.id, { place: 3, mark: '8:30.00', notes: ['q'], windMps: null, source: 'federation-site' });
    const before = [await count('performances'), await count('athletes'), await count('performance_sources')];

    const res = await merge(keep.id, remove.id);
    expect(res.errors?.[0]).toMatchObject({
      message:
        "remove: both athletes have a result in the Men's 3000 Metres Steeplechase Final of Paris Test 2024 that disagree: mark: keep 8:19.74, remove 8:19.75 (and 1 more race(s)); correct or delete one of the two results first",
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'remove',
        raceId: encodeGlobalId('Race', final.id),
        raceIds: [encodeGlobalId('Race', final.id), encodeGlobalId('Race', other.id)],
        disagreements: [{ field: 'mark', keep: '8:19.74', remove: '8:19.75' }],
      },
    });
    expect([await count('performances'), await count('athletes'), await count('performance_sources')]).toEqual(before);

    // The heat alone: place and notes disagree.
    await api.db.prisma.performance.deleteMany({ where: { raceId: final.id, athleteId: remove.id } });
    const heat = await merge(keep.id, remove.id);
    expect(heat.errors?.[0].message).toMatch(
      /Heat 1 of Paris Test 2024 that disagree: place: keep 2, remove 3; notes: keep Q, remove q; correct/,
    );
  });
});

describe('mergeAthletes with external ids', () => {
  it("moves the removed record's ids to the kept one", async () => {
    const keep = await fixtures.athlete('Ids Keep');
    const remove = await fixtures.athlete('Ids Remove');
    await api.db.prisma.athleteExternalId.createMany({
      data: [
        { athleteId: keep.id, system: 'WIKIDATA', value: 'Q777' },
        { athleteId: remove.id, system: 'WA', value: '777' },
      ],
    });
    const res = await merge(keep.id, remove.id);
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeAthletes.externalIds).toEqual([{ text: 'WA:777' }, { text: 'WIKIDATA:Q777' }]);
    const found = await gql('{ athlete(externalId: "WA:777") { slug } }');
    expect(found.data.athlete.slug).toBe(keep.slug);
  });

  it('refuses two different ids of one system, naming the system', async () => {
    const keep = await fixtures.athlete('Two Ids Keep');
    const remove = await fixtures.athlete('Two Ids Remove');
    await api.db.prisma.athleteExternalId.createMany({
      data: [
        { athleteId: keep.id, system: 'WA', value: '888' },
        { athleteId: remove.id, system: 'WA', value: '889' },
      ],
    });
    const res = await merge(keep.id, remove.id);
    expect(res.errors?.[0]).toMatchObject({
      message: 'remove: Two Ids Remove has the WA id 889, Two Ids Keep 888: one person has one WA id (correct the wrong one first)',
      extensions: { code: 'BAD_USER_INPUT', field: 'remove', system: 'WA' },
    });
    expect(await api.db.prisma.athlete.findUnique({ where: { id: remove.id } })).not.toBeNull();
  });
});
