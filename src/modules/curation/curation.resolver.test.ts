import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';
import { ApiKeyService } from '../auth/api-key.service';
import { encodeGlobalId } from '../common/relay';
import { constraintError } from './field-errors';

let api: TestApi;
let keys: ApiKeyService;
let key: string;
let fixtures: Fixtures;

beforeAll(async () => {
  api = await startTestApi();
  keys = new ApiKeyService(api.db.prisma);
  key = (await keys.create('curator')).key;
  fixtures = new Fixtures(api.db.prisma);
});
afterAll(() => api?.stop());

const gql = (query: string, variables: Record<string, unknown> = {}, bearer: string | null = key) => api.queryAs(bearer, query, variables);

const count = async (table: string) => (await api.db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
const athleteId = async (slug: string) =>
  encodeGlobalId('Athlete', (await api.db.prisma.athlete.findUniqueOrThrow({ where: { slug } })).id);

const CREATE_ATHLETE =
  'mutation ($input: CreateAthleteInput!) { createAthlete(input: $input) { id slug displayName aliases country { code } } }';

describe('who may write', () => {
  it('refuses a write without a key, or with a revoked one: UNAUTHENTICATED, HTTP 401, nothing written', async () => {
    const revoked = (await keys.create('former-curator')).key;
    await keys.revoke('former-curator');
    const [athletes, audit] = [await count('athletes'), await count('audit_log')];
    for (const [bearer, reason] of [
      [null, /needs an API key/],
      [revoked, /has been revoked/],
      ['agk_12345678nonsense', /not valid/],
    ] as const) {
      const res = await gql(CREATE_ATHLETE, { input: { displayName: 'Unkeyed Runner', sex: 'MALE' } }, bearer);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(res.errors?.[0].message).toMatch(reason);
      expect(res.errors?.[0].extensions.http).toBeUndefined();
    }
    expect([await count('athletes'), await count('audit_log')]).toEqual([athletes, audit]);
  });

  it('keeps reading open, and the audit log closed without a key', async () => {
    const read = await gql('{ athlete(slug: "amos-serem") { displayName } }', {}, null);
    expect(read.data.athlete.displayName).toBe('Amos Serem');
    const log = await gql('{ auditLog { totalCount } }', {}, null);
    expect(log.status).toBe(401);
    expect(log.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('writes with a valid key and audits the write with the object before and after', async () => {
    const created = await gql(CREATE_ATHLETE, {
      input: { displayName: 'Audit Runner', sex: 'FEMALE', country: 'ken', aliases: ['A. Runner'] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createAthlete).toMatchObject({ slug: 'audit-runner', aliases: ['A. Runner'], country: { code: 'KEN' } });
    const id = created.data.createAthlete.id;
    const updated = await gql(
      'mutation ($id: ID!) { updateAthlete(id: $id, input: { birthDate: "1999-04-01", givenName: "Audit" }) { givenName birthDate } }',
      { id },
    );
    expect(updated.data.updateAthlete).toEqual({ givenName: 'Audit', birthDate: '1999-04-01' });

    const log = await gql(
      'query ($id: ID!) { auditLog(entityId: $id) { totalCount nodes { sequence keyName operation entityType entityId before after at } } }',
      { id },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.auditLog.totalCount).toBe(2);
    const [update, create] = log.data.auditLog.nodes;
    expect(create).toMatchObject({
      keyName: 'curator',
      operation: 'createAthlete',
      entityType: 'Athlete',
      entityId: id,
      before: null,
      after: { displayName: 'Audit Runner', aliases: ['A. Runner'] },
    });
    expect(update).toMatchObject({
      operation: 'updateAthlete',
      before: { givenName: null, birthDate: null },
      after: { givenName: 'Audit', birthDate: '1999-04-01T00:00:00.000Z' },
    });
    expect(update.sequence).toBeGreaterThan(create.sequence);
    expect(Date.parse(update.at)).not.toBeNaN();
  });
});

describe('field-level errors', () => {
  const CREATE_PERFORMANCE = 'mutation ($input: CreatePerformanceInput!) { createPerformance(input: $input) { id place mark { text } } }';

  it('names the input field and says why, for every problem at once', async () => {
    const race = await api.db.prisma.race.findFirstOrThrow({ where: { meet: { slug: 'brussels-2024' } } });
    const res = await gql(CREATE_PERFORMANCE, {
      input: {
        race: encodeGlobalId('Race', race.id),
        athlete: await athleteId('kenneth-rooks'),
        status: 'DNF',
        place: 3,
        mark: '8.04.29',
        source: 'doc',
      },
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.mark' } });
    expect(res.errors?.[0].message).toMatch(/^input.mark: Invalid time mark "8.04.29": .* \(and 2 more: see extensions.fieldErrors\)$/);
    expect(res.errors?.[0].extensions.fieldErrors).toEqual([
      { field: 'input.mark', message: expect.stringMatching(/Invalid time mark "8.04.29": use ":" between hours, minutes and seconds/) },
      { field: 'input.place', message: 'a DNF has no place (give place: null)' },
      { field: 'input.mark', message: 'a DNF has no mark (give mark: null)' },
    ]);
  });

  it('turns a unique violation into a field error: one result per athlete and race', async () => {
    const race = await api.db.prisma.race.findFirstOrThrow({ where: { meet: { slug: 'paris-2024' } } });
    const before = await count('performances');
    const res = await gql(CREATE_PERFORMANCE, {
      input: { race: encodeGlobalId('Race', race.id), athlete: await athleteId('kenneth-rooks'), place: 5, mark: '8:10.00', source: 'doc' },
    });
    expect(res.errors?.[0]).toMatchObject({
      message: 'input.athlete: the athlete already has a result in this race',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.athlete', constraint: 'performances_race_id_athlete_id_key' },
    });
    expect(await count('performances')).toBe(before);
    const slug = await gql('mutation { createMeet(input: { name: "Paris Again", year: 2024, slug: "paris-2024", source: "doc" }) { id } }');
    expect(slug.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug', constraint: 'meets_slug_key' });
  });

  it('maps the CHECK constraints of the _checks migration by name', async () => {
    const perf = await api.db.prisma.performance.findFirstOrThrow();
    const error = await api.db.prisma.performance.update({ where: { id: perf.id }, data: { status: 'DNF' } }).catch((e: unknown) => e);
    expect(constraintError(error, 'input')).toMatchObject({
      message: 'input.status: a DNF, DNS, DQ or NM has neither place nor mark',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.status', constraint: 'performances_non_finisher_has_no_place_or_mark' },
    });
    const meet = await api.db.prisma.meet.findFirstOrThrow();
    const dates = await api.db.prisma.meet
      .update({ where: { id: meet.id }, data: { startDate: new Date('1999-01-01') } })
      .catch((e: unknown) => e);
    expect(constraintError(dates, 'input')?.extensions).toMatchObject({ field: 'input.startDate', constraint: 'meets_start_date_in_year' });
  });
});

describe('curated edits of meets, races and results', () => {
  it('creates a meet, a race in it and a result, corrects the result, and deletes in order', async () => {
    const meet = await gql(
      'mutation { createMeet(input: { name: "Curated Meeting", startDate: "2025-06-10", endDate: "2025-06-11", city: "Oslo", source: "https://example.org/curated" }) { id slug year } }',
    );
    expect(meet.data.createMeet).toMatchObject({ slug: 'curated-meeting-2025', year: 2025 });
    const badRace = await gql(
      'mutation ($meet: ID!) { createRace(input: { meet: $meet, event: "3000SC", sex: MALE, date: "2025-07-01" }) { id } }',
      { meet: meet.data.createMeet.id },
    );
    expect(badRace.errors?.[0]).toMatchObject({ extensions: { field: 'input.date' } });
    expect(badRace.errors?.[0].message).toMatch(/2025-07-01 is outside the meet's dates \(2025-06-10 to 2025-06-11\)/);
    const race = await gql(
      'mutation ($meet: ID!) { createRace(input: { meet: $meet, event: "3000sc", sex: MALE, date: "2025-06-11", status: SCHEDULED }) { id name status } }',
      { meet: meet.data.createMeet.id },
    );
    expect(race.data.createRace).toMatchObject({ name: "Men's 3000 Metres Steeplechase Final", status: 'SCHEDULED' });
    const perf = await gql(
      'mutation ($race: ID!, $athlete: ID!) { createPerformance(input: { race: $race, athlete: $athlete, place: 1, mark: "8:05.1", notes: [SB], source: "https://example.org/curated" }) { id mark { text precision } race { status } } }',
      {
        race: race.data.createRace.id,
        athlete: await athleteId('samuel-firewu'),
      },
    );
    expect(perf.data.createPerformance).toMatchObject({
      mark: { text: '8:05.1', precision: 'TENTHS_HAND' },
      race: { status: 'COMPLETED' },
    });
    const fixed = await gql(
      'mutation ($id: ID!) { updatePerformance(id: $id, input: { mark: "8:05.12" }) { mark { text precision } place notes } }',
      { id: perf.data.createPerformance.id },
    );
    expect(fixed.data.updatePerformance).toEqual({ mark: { text: '8:05.12', precision: 'HUNDREDTHS' }, place: 1, notes: ['SB'] });
    const dnf = await gql('mutation ($id: ID!) { updatePerformance(id: $id, input: { status: DNF }) { status } }', {
      id: perf.data.createPerformance.id,
    });
    expect(dnf.errors?.[0].extensions.field).toBe('input.place');

    const refused = await gql('mutation ($id: ID!) { deleteRace(id: $id) }', { id: race.data.createRace.id });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(
      (await gql('mutation ($id: ID!) { deletePerformance(id: $id) }', { id: perf.data.createPerformance.id })).data.deletePerformance,
    ).toBe(perf.data.createPerformance.id);
    expect((await gql('mutation ($id: ID!) { deleteRace(id: $id) }', { id: race.data.createRace.id })).errors).toBeUndefined();
    expect((await gql('mutation ($id: ID!) { deleteMeet(id: $id) }', { id: meet.data.createMeet.id })).errors).toBeUndefined();
    const log = await gql('{ auditLog(first: 100) { nodes { operation } } }');
    expect(log.data.auditLog.nodes.map((n: any) => n.operation)).toEqual(
      expect.arrayContaining([
        'createMeet',
        'createRace',
        'createPerformance',
        'updatePerformance',
        'deletePerformance',
        'deleteRace',
        'deleteMeet',
      ]),
    );
    expect(log.data.auditLog.nodes.map((n: any) => n.operation)).not.toContain('updateRace');
  });

  it('refuses to delete an athlete who has results', async () => {
    const res = await gql('mutation ($id: ID!) { deleteAthlete(id: $id) }', { id: await athleteId('amos-serem') });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(res.errors?.[0].message).toMatch(/Amos Serem has 5 performance\(s\) and 1 entry\(ies\).*mergeAthletes/);
  });
});

describe('mergeAthletes', () => {
  const MERGE =
    'mutation ($keep: ID!, $remove: ID!) { mergeAthletes(keep: $keep, remove: $remove) { slug aliases birthDate performances(first: 20) { totalCount nodes { race { meet { name } } } } entries(first: 5) { totalCount } } }';

  it('moves performances and entries to the kept athlete and keeps the removed names as aliases', async () => {
    const duplicate = await fixtures.athlete('A. Serem', { aliases: ['Serem Amos'], birthDate: '2002-01-01' });
    const meet = await fixtures.meet('Merge Meeting 2025', { date: '2025-05-05' });
    const event = await api.db.prisma.event.findFirstOrThrow({ where: { code: '3000SC', sex: 'MALE' } });
    const race = await fixtures.race(meet.id, event.id);
    await fixtures.result(race.id, duplicate.id, { place: 1, mark: '8:09.00' });
    const brussels = await api.db.prisma.race.findFirstOrThrow({ where: { meet: { slug: 'brussels-2024' } } });
    await fixtures.entry(brussels.id, duplicate.id); // both entered: one entry remains
    const removeId = encodeGlobalId('Athlete', duplicate.id);

    const res = await gql(MERGE, { keep: await athleteId('amos-serem'), remove: removeId });
    expect(res.errors).toBeUndefined();
    const serem = res.data.mergeAthletes;
    expect(serem.slug).toBe('amos-serem');
    expect(serem.aliases).toEqual(['Serem', 'A. Serem', 'Serem Amos']);
    expect(serem.birthDate).toBe('2002-01-01');
    expect(serem.performances.totalCount).toBe(6);
    expect(serem.performances.nodes.map((p: any) => p.race.meet.name)).toContain('Merge Meeting 2025');
    expect(serem.entries.totalCount).toBe(1);
    expect(await api.db.prisma.athlete.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const search = await gql('{ athletes(search: "serem amos") { nodes { slug } } }', {}, null);
    expect(search.data.athletes.nodes).toEqual([{ slug: 'amos-serem' }]);
    const log = await gql('query ($id: ID!) { auditLog(entityId: $id) { nodes { operation before after } } }', { id: removeId });
    expect(log.data.auditLog.nodes).toEqual([
      expect.objectContaining({
        operation: 'mergeAthletes',
        before: expect.objectContaining({ displayName: 'A. Serem' }),
        after: expect.objectContaining({ performancesMoved: 1, entriesCombined: 1 }),
      }),
    ]);
  });

  it('refuses, naming the race, when both ran the same race with results that disagree, and changes nothing', async () => {
    const duplicate = await fixtures.athlete('Soufiane Elbakkali', { country: 'MAR' });
    const silesia = await api.db.prisma.race.findFirstOrThrow({ where: { meet: { slug: 'silesia-2024' } } });
    await fixtures.result(silesia.id, duplicate.id, { place: 5, mark: '8:04.29' });
    const [performances, athletes] = [await count('performances'), await count('athletes')];
    const res = await gql(MERGE, { keep: await athleteId('soufiane-el-bakkali'), remove: encodeGlobalId('Athlete', duplicate.id) });
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'remove', raceId: encodeGlobalId('Race', silesia.id) },
    });
    expect(res.errors?.[0].message).toMatch(
      /both athletes have a result in the Men's 3000 Metres Steeplechase Final of Silesia 2024 that disagree: place: keep 1, remove 5/,
    );
    expect([await count('performances'), await count('athletes')]).toEqual([performances, athletes]);
    expect(await api.db.prisma.performance.count({ where: { athleteId: duplicate.id } })).toBe(1);
  });

  it('refuses to merge an athlete with itself or with someone born on another day', async () => {
    const serem = await athleteId('amos-serem');
    expect((await gql(MERGE, { keep: serem, remove: serem })).errors?.[0].extensions.field).toBe('remove');
    const other = await fixtures.athlete('Amos Serem Senior', { birthDate: '1980-01-01' });
    const res = await gql(MERGE, { keep: serem, remove: encodeGlobalId('Athlete', other.id) });
    expect(res.errors?.[0].message).toMatch(/born 1980-01-01, Amos Serem on 2002-01-01: not the same person/);
  });
});
