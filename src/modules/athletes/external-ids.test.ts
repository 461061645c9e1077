import { startTestApi, type TestApi } from '../../../test/support/api';
import { ApiKeyService } from '../auth/api-key.service';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
let key: string;

beforeAll(async () => {
  api = await startTestApi();
  key = (await new ApiKeyService(api.db.prisma).create('curator')).key;
  const id = async (slug: string) => (await api.db.prisma.athlete.findUniqueOrThrow({ where: { slug } })).id;
  await api.db.prisma.athleteExternalId.createMany({
    data: [
      { athleteId: await id('soufiane-el-bakkali'), system: 'WA', value: '14208194' },
      { athleteId: await id('soufiane-el-bakkali'), system: 'WIKIDATA', value: 'Q21622479' },
      { athleteId: await id('amos-serem'), system: 'WA', value: '14851009' },
    ],
  });
});
afterAll(() => api?.stop());

const gql = (query: string, variables: Record<string, unknown> = {}, bearer: string | null = key) => api.queryAs(bearer, query, variables);

const BY_EXTERNAL_ID = 'query ($x: String!) { athlete(externalId: $x) { slug externalIds { system value text } } }';

describe('Athlete.externalIds and athlete(externalId:)', () => {
  it("gives an athlete's ids by system, and finds the athlete by any of them", async () => {
    const { data, errors } = await gql(BY_EXTERNAL_ID, { x: 'WA:14208194' }, null);
    expect(errors).toBeUndefined();
    expect(data.athlete).toEqual({
      slug: 'soufiane-el-bakkali',
      externalIds: [
        { system: 'WA', value: '14208194', text: 'WA:14208194' },
        { system: 'WIKIDATA', value: 'Q21622479', text: 'WIKIDATA:Q21622479' },
      ],
    });
    for (const x of ['wikidata:q21622479', ' WIKIDATA:Q21622479 ']) {
      expect((await gql(BY_EXTERNAL_ID, { x }, null)).data.athlete.slug).toBe('soufiane-el-bakkali');
    }
    const none = await gql('{ athlete(slug: "kenneth-rooks") { externalIds { text } } }', {}, null);
    expect(none.data.athlete.externalIds).toEqual([]);
  });

  it('answers null for an id nobody holds', async () => {
    const { data, errors } = await gql(BY_EXTERNAL_ID, { x: 'WA:1' }, null);
    expect(errors).toBeUndefined();
    expect(data.athlete).toBeNull();
  });

  it('refuses a malformed id as BAD_USER_INPUT naming externalId', async () => {
    for (const x of ['14208194', 'WA:abc', 'WIKIDATA:21622479', 'WA:1 2']) {
      const { errors } = await gql(BY_EXTERNAL_ID, { x }, null);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'externalId' });
      expect(errors?.[0].message).toMatch(/^externalId: /);
    }
  });

  it('takes exactly one of id, slug and externalId', async () => {
    const { errors } = await gql('{ athlete(slug: "amos-serem", externalId: "WA:14851009") { slug } }', {}, null);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/exactly one of id, slug, externalId \(got 2\)/);
  });

  it('reads the ids of a whole list of athletes in one statement', async () => {
    const query = '{ athletes(first: 10) { nodes { slug externalIds { text } } } }';
    await gql(query, {}, null);
    const spy = jest.spyOn(api.db.pool, 'query');
    try {
      const { data } = await gql(query, {}, null);
      expect(data.athletes.nodes.length).toBeGreaterThan(5);
      const statements = spy.mock.calls.map(([config]) => String((config as { text?: string }).text ?? config));
      expect(statements.filter((text) => text.includes('athlete_external_ids'))).toHaveLength(1);
      expect(spy).toHaveBeenCalledTimes(3); // the page, its count, the ids
    } finally {
      spy.mockRestore();
    }
  });
});

describe('curated external ids', () => {
  const CREATE = 'mutation ($input: CreateAthleteInput!) { createAthlete(input: $input) { id slug externalIds { text } } }';
  const UPDATE = 'mutation ($id: ID!, $input: UpdateAthleteInput!) { updateAthlete(id: $id, input: $input) { externalIds { text } } }';

  it('sets them on create, replaces them on update, and audits them with the athlete', async () => {
    const created = await gql(CREATE, {
      input: { displayName: 'Ids Runner', sex: 'FEMALE', externalIds: ['wa:900001', 'WIKIDATA:q900001', 'WA:900001'] },
    });
    expect(created.errors).toBeUndefined();
    // The system's case is ignored, a q-id's q upper-cased, and the same id given twice kept once.
    expect(created.data.createAthlete.externalIds).toEqual([{ text: 'WA:900001' }, { text: 'WIKIDATA:Q900001' }]);
    const { id } = created.data.createAthlete;
    expect((await gql(BY_EXTERNAL_ID, { x: 'WA:900001' }, null)).data.athlete.slug).toBe('ids-runner');

    const updated = await gql(UPDATE, { id, input: { externalIds: ['TILASTOPAJA:abc-1', 'WA:900002'] } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateAthlete.externalIds).toEqual([{ text: 'TILASTOPAJA:abc-1' }, { text: 'WA:900002' }]);
    expect((await gql(BY_EXTERNAL_ID, { x: 'WA:900001' }, null)).data.athlete).toBeNull();
    // Left out: left as they are. []: all removed.
    expect((await gql(UPDATE, { id, input: { givenName: 'Ids' } })).data.updateAthlete.externalIds).toHaveLength(2);
    expect((await gql(UPDATE, { id, input: { externalIds: [] } })).data.updateAthlete.externalIds).toEqual([]);

    const log = await gql('query ($id: ID!) { auditLog(entityId: $id) { nodes { operation before after } } }', { id });
    const [cleared, , replaced, create] = log.data.auditLog.nodes;
    expect(create.after.externalIds).toEqual(['WA:900001', 'WIKIDATA:Q900001']);
    expect(replaced).toMatchObject({
      operation: 'updateAthlete',
      before: { externalIds: ['WA:900001', 'WIKIDATA:Q900001'] },
      after: { externalIds: ['TILASTOPAJA:abc-1', 'WA:900002'] },
    });
    expect(cleared.after.externalIds).toEqual([]);
  });

  it('names externalIds.N for a malformed id, a second id of one system, and an id another athlete holds, all at once', async () => {
    const res = await gql(CREATE, {
      input: { displayName: 'Clash Runner', sex: 'MALE', externalIds: ['WA:14208194', 'WA14', 'WIKIDATA:Q1', 'wikidata:Q2', 'WA:x'] },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.externalIds.1' });
    expect(res.errors?.[0].extensions.fieldErrors).toEqual([
      { field: 'input.externalIds.1', message: expect.stringMatching(/"WA14" is not an external id written SYSTEM:value/) },
      {
        field: 'input.externalIds.3',
        message: 'a second WIKIDATA id (externalIds.2 is WIKIDATA:Q1): an athlete has at most one id a system',
      },
      { field: 'input.externalIds.4', message: expect.stringMatching(/"WA:x" is not a WA id/) },
      {
        field: 'input.externalIds.0',
        message: 'WA:14208194 is the id of another athlete, "soufiane-el-bakkali" (if they are one person, merge them with mergeAthletes)',
      },
    ]);
    expect(await api.db.prisma.athlete.count({ where: { displayName: 'Clash Runner' } })).toBe(0);
  });

  it("lets an athlete keep its own ids on update, and refuses another's", async () => {
    const serem = encodeGlobalId('Athlete', (await api.db.prisma.athlete.findUniqueOrThrow({ where: { slug: 'amos-serem' } })).id);
    const kept = await gql(UPDATE, { id: serem, input: { externalIds: ['WA:14851009', 'WIKIDATA:Q5'] } });
    expect(kept.errors).toBeUndefined();
    const taken = await gql(UPDATE, { id: serem, input: { externalIds: ['WIKIDATA:Q21622479'] } });
    expect(taken.errors?.[0]).toMatchObject({
      message:
        'input.externalIds.0: WIKIDATA:Q21622479 is the id of another athlete, "soufiane-el-bakkali" (if they are one person, merge them with mergeAthletes)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.externalIds.0' },
    });
    expect((await gql('{ athlete(slug: "amos-serem") { externalIds { text } } }', {}, null)).data.athlete.externalIds).toEqual([
      { text: 'WA:14851009' },
      { text: 'WIKIDATA:Q5' },
    ]);
  });
});
