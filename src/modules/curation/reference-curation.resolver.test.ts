// Curated edits of countries, events and championship series: against a real server on a
// seeded database of its own, one request after another as a client would send them.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { ApiKeyService } from '../auth/api-key.service';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
let key: string;
let fixtures: Fixtures;

beforeAll(async () => {
  api = await startTestApi();
  key = (await new ApiKeyService(api.db.prisma).create('reference-curator')).key;
  fixtures = new Fixtures(api.db.prisma);
});
afterAll(() => api?.stop());

const gql = (query: string, variables: Record<string, unknown> = {}, bearer: string | null = key) => api.queryAs(bearer, query, variables);

const count = async (table: string) => (await api.db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

/** The field errors of a refused write, as "field: message" lines; fails when the write was not refused as BAD_USER_INPUT. */
function fieldErrors(res: { errors?: any[]; data?: any }): Array<{ field: string; message: string }> {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors?.[0].extensions.fieldErrors ?? [{ field: res.errors?.[0].extensions.field, message: res.errors?.[0].message }];
}
const fieldsOf = (res: { errors?: any[] }) => fieldErrors(res).map((e) => e.field);

async function auditOf(id: string) {
  const log = await gql(
    'query ($id: ID!) { auditLog(entityId: $id) { totalCount nodes { keyName operation entityType entityId before after } } }',
    { id },
  );
  expect(log.errors).toBeUndefined();
  return log.data.auditLog as { totalCount: number; nodes: any[] };
}

const CREATE_COUNTRY = 'mutation ($input: CreateCountryInput!) { createCountry(input: $input) { id code name status iocCode } }';
const UPDATE_COUNTRY =
  'mutation ($code: String!, $input: UpdateCountryInput!) { updateCountry(code: $code, input: $input) { id code name status iocCode } }';
const CREATE_EVENT =
  'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id code name sex kind unit direction windAffected environment } }';
const UPDATE_EVENT =
  'mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id code name sex unit direction windAffected environment } }';
const CREATE_CHAMPIONSHIP =
  'mutation ($input: CreateChampionshipInput!) { createChampionship(input: $input) { id slug name level ageCategory awardsMedals } }';
const UPDATE_CHAMPIONSHIP =
  'mutation ($id: ID!, $input: UpdateChampionshipInput!) { updateChampionship(id: $id, input: $input) { id slug name level ageCategory awardsMedals } }';

const eventId = async (code: string, sex = 'MALE') =>
  encodeGlobalId('Event', (await api.db.prisma.event.findFirstOrThrow({ where: { code, sex: sex as 'MALE' } })).id);

describe('reading the new fields', () => {
  it("gives a country's status and IOC code, filters countries by status, and gives an event's environment", async () => {
    const res = await gql(
      '{ kenya: country(code: "KEN") { status iocCode } art: country(code: "ART") { status iocCode } neutral: countries(status: NEUTRAL, first: 100) { totalCount nodes { code status } } all: countries { totalCount } events(first: 100) { nodes { code sex environment windAffected } } }',
      {},
      null,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.kenya).toEqual({ status: 'MEMBER', iocCode: 'KEN' });
    expect(res.data.art).toEqual({ status: 'NEUTRAL', iocCode: 'EOR' });
    expect(res.data.neutral.nodes.map((c: any) => c.code)).toEqual(expect.arrayContaining(['ANA', 'ART']));
    expect(res.data.neutral.nodes.every((c: any) => c.status === 'NEUTRAL')).toBe(true);
    expect(res.data.neutral.totalCount).toBeLessThan(res.data.all.totalCount);
    const events = res.data.events.nodes;
    expect(events).toContainEqual({ code: '3000SC', sex: 'MALE', environment: 'OUTDOOR', windAffected: false });
    expect(events.every((e: any) => ['OUTDOOR', 'INDOOR', 'BOTH'].includes(e.environment))).toBe(true);
  });
});

describe('who may write', () => {
  it('refuses every reference write without a key: UNAUTHENTICATED, HTTP 401, nothing written', async () => {
    const before = await Promise.all(['countries', 'events', 'championships', 'audit_log'].map(count));
    const event = await eventId('3000SC');
    const championship = encodeGlobalId('Championship', (await api.db.prisma.championship.findFirstOrThrow()).id);
    const writes: Array<[string, Record<string, unknown>]> = [
      [CREATE_COUNTRY, { input: { code: 'ZZA', name: 'Unkeyed Land' } }],
      [UPDATE_COUNTRY, { code: 'KEN', input: { name: 'Unkeyed Kenya' } }],
      [CREATE_EVENT, { input: { code: '150', name: '150 Metres', sex: 'MALE', kind: 'TRACK', unit: 'TIME' } }],
      [UPDATE_EVENT, { id: event, input: { name: 'Unkeyed' } }],
      [CREATE_CHAMPIONSHIP, { input: { name: 'Unkeyed Games', level: 'OTHER' } }],
      [UPDATE_CHAMPIONSHIP, { id: championship, input: { name: 'Unkeyed' } }],
    ];
    for (const [query, variables] of writes) {
      const res = await gql(query, variables, null);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect(await Promise.all(['countries', 'events', 'championships', 'audit_log'].map(count))).toEqual(before);
  });
});

describe('countries', () => {
  it('creates a country, audited, and the next request sees it in the list kept in memory', async () => {
    // Read first: the in-memory copy holds every country but the new one.
    const before = await gql('{ countries(status: HISTORICAL, first: 100) { totalCount nodes { code } } }', {}, null);
    expect(before.data.countries.nodes).not.toContainEqual({ code: 'ZZH' });

    const created = await gql(CREATE_COUNTRY, {
      input: { code: 'ZZH', name: '  Zedland   (historical) ', status: 'HISTORICAL', iocCode: 'ZZH' },
    });
    expect(created.errors).toBeUndefined();
    const id = encodeGlobalId('Country', 'ZZH');
    expect(created.data.createCountry).toEqual({ id, code: 'ZZH', name: 'Zedland (historical)', status: 'HISTORICAL', iocCode: 'ZZH' });

    const after = await gql(
      'query ($id: ID!) { countries(status: HISTORICAL, first: 100) { totalCount nodes { code } } country(code: "zzh") { name status } node(id: $id) { ... on Country { code } } }',
      { id },
      null,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data.countries.totalCount).toBe(before.data.countries.totalCount + 1);
    expect(after.data.countries.nodes).toContainEqual({ code: 'ZZH' });
    expect(after.data.country).toEqual({ name: 'Zedland (historical)', status: 'HISTORICAL' });
    expect(after.data.node).toEqual({ code: 'ZZH' });

    const log = await auditOf(id);
    expect(log.nodes).toEqual([
      expect.objectContaining({
        keyName: 'reference-curator',
        operation: 'createCountry',
        entityType: 'Country',
        entityId: id,
        before: null,
        after: { code: 'ZZH', name: 'Zedland (historical)', status: 'HISTORICAL', iocCode: 'ZZH' },
      }),
    ]);
  });

  it('corrects a country the server holds in memory: the next request reads the correction, and the audit keeps both', async () => {
    await fixtures.country('ZZC', 'Zedcountry');
    const id = encodeGlobalId('Country', 'ZZC');
    expect((await gql('{ country(code: "ZZC") { name iocCode } }', {}, null)).data.country).toEqual({ name: 'Zedcountry', iocCode: null });

    const updated = await gql(UPDATE_COUNTRY, { code: 'zzc', input: { name: 'Zed Republic', status: 'NEUTRAL', iocCode: 'ZRP' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCountry).toEqual({ id, code: 'ZZC', name: 'Zed Republic', status: 'NEUTRAL', iocCode: 'ZRP' });
    // Within the time to live, and the code already in memory: only the invalidation makes this fresh.
    const read = await gql(
      '{ country(code: "ZZC") { name status iocCode } countries(status: NEUTRAL, first: 100) { nodes { code } } }',
      {},
      null,
    );
    expect(read.data.country).toEqual({ name: 'Zed Republic', status: 'NEUTRAL', iocCode: 'ZRP' });
    expect(read.data.countries.nodes).toContainEqual({ code: 'ZZC' });

    const cleared = await gql(UPDATE_COUNTRY, { code: 'ZZC', input: { iocCode: null } });
    expect(cleared.data.updateCountry).toMatchObject({ name: 'Zed Republic', iocCode: null });
    const log = await auditOf(id);
    expect(log.nodes.map((n) => n.operation)).toEqual(['updateCountry', 'updateCountry']);
    expect(log.nodes[1]).toMatchObject({
      before: { name: 'Zedcountry', status: 'MEMBER', iocCode: null },
      after: { name: 'Zed Republic', status: 'NEUTRAL', iocCode: 'ZRP' },
    });
    const byType = await gql('{ auditLog(entityType: Country, first: 100) { nodes { entityId } } }');
    expect(byType.data.auditLog.nodes).toContainEqual({ entityId: id });
  });

  it('refuses a code that is not three upper-case letters, a code or name taken, an empty name, a bad IOC code: naming each field', async () => {
    const [countries, audit] = [await count('countries'), await count('audit_log')];
    for (const code of ['ke', 'ken', 'K3N', 'KENY', '']) {
      expect(fieldErrors(await gql(CREATE_COUNTRY, { input: { code, name: 'Somewhere' } }))).toEqual([
        { field: 'input.code', message: expect.stringMatching(/is not three upper-case letters A-Z/) },
      ]);
    }
    expect(fieldErrors(await gql(CREATE_COUNTRY, { input: { code: 'KEN', name: 'Kenya Again' } }))).toEqual([
      { field: 'input.code', message: 'KEN is already the code of Kenya' },
    ]);
    expect(fieldErrors(await gql(CREATE_COUNTRY, { input: { code: 'KNY', name: 'kenya' } }))).toEqual([
      { field: 'input.name', message: 'KEN is already called Kenya' },
    ]);
    expect(fieldsOf(await gql(CREATE_COUNTRY, { input: { code: 'ZZE', name: '   ', iocCode: 'eo' } }))).toEqual([
      'input.name',
      'input.iocCode',
    ]);
    expect(await gql(UPDATE_COUNTRY, { code: 'QQQ', input: { name: 'Nowhere' } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'code' } }],
    });
    expect(fieldsOf(await gql(UPDATE_COUNTRY, { code: 'KEN', input: { name: null, status: null } }))).toEqual([
      'input.name',
      'input.status',
    ]);
    expect(fieldsOf(await gql(UPDATE_COUNTRY, { code: 'KEN', input: { name: '' } }))).toEqual(['input.name']);
    expect([await count('countries'), await count('audit_log')]).toEqual([countries, audit]);
  });
});

describe('events', () => {
  it('creates an event, audited, with the direction of its unit, and the next request lists it', async () => {
    const before = await gql('{ events(first: 100) { totalCount } }', {}, null);
    const created = await gql(CREATE_EVENT, {
      input: { code: '150', name: '150 Metres', sex: 'FEMALE', kind: 'TRACK', unit: 'TIME', windAffected: true, environment: 'OUTDOOR' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createEvent).toMatchObject({
      code: '150',
      sex: 'FEMALE',
      unit: 'TIME',
      direction: 'LOWER_IS_BETTER',
      windAffected: true,
      environment: 'OUTDOOR',
    });
    const id = created.data.createEvent.id;

    const after = await gql(
      'query ($id: ID!) { events(first: 100) { totalCount nodes { id } } node(id: $id) { ... on Event { name environment } } }',
      { id },
      null,
    );
    expect(after.data.events.totalCount).toBe(before.data.events.totalCount + 1);
    expect(after.data.events.nodes).toContainEqual({ id });
    expect(after.data.node).toEqual({ name: '150 Metres', environment: 'OUTDOOR' });
    // Found by code and sex, as the lists and searches look events up.
    const list = await gql('{ allTimeList(event: { code: "150", sex: FEMALE }) { totalCount } }', {}, null);
    expect(list.errors).toBeUndefined();
    expect(list.data.allTimeList.totalCount).toBe(0);

    const defaults = await gql(CREATE_EVENT, {
      input: { code: 'SP4K', name: 'Shot Put (4kg)', sex: 'FEMALE', kind: 'FIELD', unit: 'DISTANCE' },
    });
    expect(defaults.data.createEvent).toMatchObject({ direction: 'HIGHER_IS_BETTER', windAffected: false, environment: 'BOTH' });

    const log = await auditOf(id);
    expect(log.nodes).toEqual([
      expect.objectContaining({
        operation: 'createEvent',
        entityType: 'Event',
        entityId: id,
        before: null,
        after: expect.objectContaining({ code: '150', environment: 'OUTDOOR' }),
      }),
    ]);
  });

  it('refuses a unit/direction mismatch, wind indoors, a (code, sex) taken in any case, an empty name, a unit foreign to the kind', async () => {
    const [events, audit] = [await count('events'), await count('audit_log')];
    const base = { code: 'X1', name: 'X', sex: 'MALE', kind: 'TRACK', unit: 'TIME' };
    expect(fieldErrors(await gql(CREATE_EVENT, { input: { ...base, direction: 'HIGHER_IS_BETTER' } }))).toEqual([
      { field: 'input.direction', message: 'TIME marks are LOWER_IS_BETTER, not HIGHER_IS_BETTER' },
    ]);
    for (const unit of ['DISTANCE', 'HEIGHT']) {
      expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, kind: 'FIELD', unit, direction: 'LOWER_IS_BETTER' } }))).toEqual([
        'input.direction',
      ]);
    }
    expect(
      fieldsOf(await gql(CREATE_EVENT, { input: { ...base, kind: 'COMBINED', unit: 'POINTS', direction: 'LOWER_IS_BETTER' } })),
    ).toEqual(['input.direction']);
    expect(fieldErrors(await gql(CREATE_EVENT, { input: { ...base, windAffected: true, environment: 'INDOOR' } }))).toEqual([
      { field: 'input.windAffected', message: expect.stringMatching(/an INDOOR event has no wind reading/) },
    ]);
    expect(fieldErrors(await gql(CREATE_EVENT, { input: { ...base, code: '3000sc', name: 'Steeple' } }))).toEqual([
      { field: 'input.code', message: 'the male event 3000SC (3000 Metres Steeplechase) exists' },
    ]);
    expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, code: '3000 SC' } }))).toEqual(['input.code']);
    expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, name: ' ' } }))).toEqual(['input.name']);
    expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, kind: 'COMBINED' } }))).toEqual(['input.unit']);
    expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, kind: 'FIELD' } }))).toEqual(['input.unit']);
    expect(fieldsOf(await gql(CREATE_EVENT, { input: { ...base, unit: 'POINTS' } }))).toEqual(['input.unit']);
    // Every problem at once.
    expect(
      fieldsOf(
        await gql(CREATE_EVENT, { input: { ...base, name: '', direction: 'HIGHER_IS_BETTER', windAffected: true, environment: 'INDOOR' } }),
      ),
    ).toEqual(['input.name', 'input.direction', 'input.windAffected']);
    expect([await count('events'), await count('audit_log')]).toEqual([events, audit]);
  });

  it('corrects an event, audited, and the next request reads the correction', async () => {
    const created = await gql(CREATE_EVENT, {
      input: { code: '600H', name: '600 Metres Hurdle', sex: 'MALE', kind: 'TRACK', unit: 'TIME' },
    });
    const id = created.data.createEvent.id;
    expect((await gql('query ($id: ID!) { node(id: $id) { ... on Event { name } } }', { id }, null)).data.node.name).toBe(
      '600 Metres Hurdle',
    );
    const updated = await gql(UPDATE_EVENT, { id, input: { name: '600 Metres Hurdles', environment: 'INDOOR' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateEvent).toMatchObject({ name: '600 Metres Hurdles', environment: 'INDOOR', unit: 'TIME' });
    const read = await gql('query ($id: ID!) { node(id: $id) { ... on Event { name environment } } }', { id }, null);
    expect(read.data.node).toEqual({ name: '600 Metres Hurdles', environment: 'INDOOR' });
    // No races yet: the unit may change, and the direction follows it.
    const unit = await gql(UPDATE_EVENT, { id, input: { unit: 'DISTANCE', kind: 'FIELD' } });
    expect(unit.errors).toBeUndefined();
    expect(unit.data.updateEvent).toMatchObject({ unit: 'DISTANCE', direction: 'HIGHER_IS_BETTER' });
    const log = await auditOf(id);
    expect(log.nodes.map((n) => n.operation)).toEqual(['updateEvent', 'updateEvent', 'createEvent']);
    expect(log.nodes[1]).toMatchObject({
      before: { name: '600 Metres Hurdle', environment: 'BOTH' },
      after: { name: '600 Metres Hurdles', environment: 'INDOOR' },
    });
  });

  it('refuses to change the unit, direction or sex of an event that has races, naming the field; other corrections go through', async () => {
    const id = await eventId('3000SC');
    const audit = await count('audit_log');
    const unit = fieldErrors(await gql(UPDATE_EVENT, { id, input: { unit: 'DISTANCE', kind: 'FIELD' } }));
    expect(unit).toEqual([
      {
        field: 'input.unit',
        message: expect.stringMatching(/^3000SC \(MALE\) has \d+ race\(s\): their marks are stored in time units; it stays TIME$/),
      },
    ]);
    expect(fieldsOf(await gql(UPDATE_EVENT, { id, input: { direction: 'HIGHER_IS_BETTER' } }))).toEqual(['input.direction']);
    expect(fieldsOf(await gql(UPDATE_EVENT, { id, input: { sex: 'MIXED' } }))).toEqual(['input.sex']);
    expect(fieldsOf(await gql(UPDATE_EVENT, { id, input: { windAffected: true, environment: 'INDOOR' } }))).toEqual(['input.windAffected']);
    expect(fieldsOf(await gql(UPDATE_EVENT, { id, input: { code: '5000', name: null } }))).toEqual(['input.name', 'input.code']);
    expect(await count('audit_log')).toBe(audit);
    const renamed = await gql(UPDATE_EVENT, { id, input: { name: '3000 Metres Steeplechase (men)' } });
    expect(renamed.data.updateEvent).toMatchObject({ name: '3000 Metres Steeplechase (men)', unit: 'TIME' });
    const race = await gql('{ meet(slug: "paris-2024") { races(first: 1) { nodes { event { name } } } } }', {}, null);
    expect(race.data.meet.races.nodes[0].event.name).toBe('3000 Metres Steeplechase (men)');
    await gql(UPDATE_EVENT, { id, input: { name: '3000 Metres Steeplechase' } });
  });

  it('refuses to turn wind off while wind readings are stored, and an unknown id', async () => {
    const event = await fixtures.event('120H', { windAffected: true, name: '120 Metres Hurdles' });
    const meet = await fixtures.meet('Windy Meeting', { date: '2025-05-01' });
    await fixtures.race(meet.id, event.id, { windMps: 1.5 });
    const id = encodeGlobalId('Event', event.id);
    expect(fieldErrors(await gql(UPDATE_EVENT, { id, input: { windAffected: false } }))).toEqual([
      { field: 'input.windAffected', message: '1 race(s) and 0 result(s) of 120H have a wind reading: clear those first' },
    ]);
    expect(await gql(UPDATE_EVENT, { id: encodeGlobalId('Event', 999_999), input: { name: 'Ghost' } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'id' } }],
    });
    expect(await gql(UPDATE_EVENT, { id: encodeGlobalId('Meet', event.id), input: { name: 'Ghost' } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'id' } }],
    });
  });
});

describe('championships', () => {
  it('creates a series with a slug made from its name, audited, and the next request finds it by slug and in the list', async () => {
    const before = await gql('{ championships(first: 100) { totalCount } }', {}, null);
    expect((await gql('{ championship(slug: "zed-indoor-tour") { name } }', {}, null)).data.championship).toBeNull();
    const created = await gql(CREATE_CHAMPIONSHIP, { input: { name: 'Zed Indoor Tour', level: 'CIRCUIT' } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createChampionship).toMatchObject({
      slug: 'zed-indoor-tour',
      level: 'CIRCUIT',
      ageCategory: 'SENIOR',
      awardsMedals: false,
    });
    const id = created.data.createChampionship.id;

    const after = await gql('{ championship(slug: "zed-indoor-tour") { id name } championships(first: 100) { totalCount } }', {}, null);
    expect(after.data.championship).toEqual({ id, name: 'Zed Indoor Tour' });
    expect(after.data.championships.totalCount).toBe(before.data.championships.totalCount + 1);
    // A meet can name it at once.
    const meet = await gql(
      'mutation { createMeet(input: { name: "Tour Stop 2026", year: 2026, championship: "zed-indoor-tour", source: "doc" }) { championship { slug } } }',
    );
    expect(meet.data.createMeet.championship).toEqual({ slug: 'zed-indoor-tour' });

    const updated = await gql(UPDATE_CHAMPIONSHIP, {
      id,
      input: { name: 'Zed Athletics Indoor Tour', slug: 'zed-athletics-indoor-tour', ageCategory: 'SENIOR' },
    });
    expect(updated.data.updateChampionship).toMatchObject({
      slug: 'zed-athletics-indoor-tour',
      name: 'Zed Athletics Indoor Tour',
      awardsMedals: false,
    });
    const read = await gql(
      '{ old: championship(slug: "zed-indoor-tour") { id } new: championship(slug: "zed-athletics-indoor-tour") { id name } }',
      {},
      null,
    );
    expect(read.data).toEqual({ old: null, new: { id, name: 'Zed Athletics Indoor Tour' } });

    const log = await auditOf(id);
    expect(log.nodes.map((n) => n.operation)).toEqual(['updateChampionship', 'createChampionship']);
    expect(log.nodes[0]).toMatchObject({
      entityType: 'Championship',
      entityId: id,
      before: { slug: 'zed-indoor-tour' },
      after: { slug: 'zed-athletics-indoor-tour' },
    });
  });

  it('refuses an empty name, a malformed or taken slug, a name whose slug is taken, and an unknown id, naming the field', async () => {
    const [championships, audit] = [await count('championships'), await count('audit_log')];
    expect(fieldsOf(await gql(CREATE_CHAMPIONSHIP, { input: { name: '  ', level: 'OTHER' } }))).toEqual(['input.name']);
    expect(fieldsOf(await gql(CREATE_CHAMPIONSHIP, { input: { name: 'Games', slug: 'Big Games', level: 'OTHER' } }))).toEqual([
      'input.slug',
    ]);
    expect(fieldErrors(await gql(CREATE_CHAMPIONSHIP, { input: { name: 'Other Games', slug: 'olympic-games', level: 'OTHER' } }))).toEqual([
      { field: 'input.slug', message: 'Olympic Games has the slug "olympic-games"' },
    ]);
    expect(fieldErrors(await gql(CREATE_CHAMPIONSHIP, { input: { name: 'Olympic  Games', level: 'OLYMPIC' } }))).toEqual([
      { field: 'input.name', message: expect.stringMatching(/^Olympic Games has the slug "olympic-games" \(made from the name\)/) },
    ]);
    const olympics = await api.db.prisma.championship.findUniqueOrThrow({ where: { slug: 'olympic-games' } });
    const id = encodeGlobalId('Championship', olympics.id);
    expect(fieldsOf(await gql(UPDATE_CHAMPIONSHIP, { id, input: { slug: 'world-championships' } }))).toEqual(['input.slug']);
    expect(fieldsOf(await gql(UPDATE_CHAMPIONSHIP, { id, input: { name: '', level: null } }))).toEqual(['input.level', 'input.name']);
    expect(await gql(UPDATE_CHAMPIONSHIP, { id: encodeGlobalId('Championship', 999_999), input: { name: 'Ghost' } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'id' } }],
    });
    expect([await count('championships'), await count('audit_log')]).toEqual([championships, audit]);
    // Its own slug is no clash.
    expect((await gql(UPDATE_CHAMPIONSHIP, { id, input: { slug: 'olympic-games' } })).data.updateChampionship.slug).toBe('olympic-games');
  });
});
