import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { ApiKeyService } from '../auth/api-key.service';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const EXAMPLE_CSV = readFileSync(join(SEEDS, 'example-results.csv'), 'utf8');
const EXAMPLE_JSON = readFileSync(join(SEEDS, 'example-results.json'), 'utf8');

const IMPORT = `mutation ($format: ImportFormat!, $contents: String!, $dryRun: Boolean) {
  importResults(format: $format, contents: $contents, dryRun: $dryRun) {
    committed dryRun rowsRead errorCount
    errors { line index column message }
    meets { created matched updated } races { created matched updated } athletes { created matched updated }
    sources { created matched updated } performances { created matched updated }
  }
}`;

const HEADER =
  'meet_name,meet_year,meet_start_date,meet_end_date,meet_city,meet_country,championship,event,sex,round,heat,race_date,place,athlete,athlete_country,athlete_birth_date,mark,status,notes,source';

async function post(api: TestApi, key: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

async function tableCounts(api: TestApi): Promise<Record<string, number>> {
  const { rows } = await api.db.pool.query(`SELECT
    (SELECT count(*) FROM meets)::int AS meets, (SELECT count(*) FROM races)::int AS races,
    (SELECT count(*) FROM athletes)::int AS athletes, (SELECT count(*) FROM sources)::int AS sources,
    (SELECT count(*) FROM performances)::int AS performances, (SELECT count(*) FROM performance_sources)::int AS performance_sources,
    (SELECT count(*) FROM meet_sources)::int AS meet_sources, (SELECT count(*) FROM audit_log)::int AS audit_log`);
  return rows[0];
}

describe('importResults on an empty graph (reference data only)', () => {
  let api: TestApi;
  let key: string;
  beforeAll(async () => {
    api = await startTestApi();
    // Keep the countries, events and championships the rows refer to; drop the article's results.
    await api.db.pool.query(
      'TRUNCATE relay_legs, relay_team_sources, relay_teams, combined_components, field_attempts, height_attempts, performances, performance_sources, entries, entry_sources, races, meet_sources, meet_aliases, meets, athlete_aliases, athlete_external_ids, athletes, sources',
    );
    key = (await new ApiKeyService(api.db.prisma).create('importer')).key;
  });
  afterAll(() => api?.stop());

  it('imports the example file: every meet, race, athlete and result, queryable afterwards', async () => {
    const { body } = await post(api, key, IMPORT, { format: 'CSV', contents: EXAMPLE_CSV });
    expect(body.errors).toBeUndefined();
    expect(body.data.importResults).toMatchObject({
      committed: true,
      rowsRead: 17,
      errorCount: 0,
      errors: [],
      meets: { created: 8, matched: 0 },
      races: { created: 8, matched: 0 },
      athletes: { created: 7, matched: 0 },
      sources: { created: 1, matched: 0 },
      performances: { created: 17, matched: 0 },
    });
    const { body: read } = await post(
      api,
      null,
      `{
      athletes(search: "serem") { nodes { slug displayName country { code } performances(first: 10) { nodes { place photoFinish mark { text value precision } race { season meet { name year } } } } } }
      meet(slug: "tokyo-2020") { name year races(first: 5) { nodes { results(first: 5) { nodes { place athlete { displayName } mark { text } } } } } }
    }`,
    );
    expect(read.errors).toBeUndefined();
    const [serem] = read.data.athletes.nodes;
    expect(serem).toMatchObject({ slug: 'amos-serem', displayName: 'Amos Serem', country: null });
    const results = Object.fromEntries(serem.performances.nodes.map((p: any) => [p.race.meet.name, p]));
    expect(results['Silesia 2024']).toMatchObject({
      place: 2,
      photoFinish: true,
      mark: { text: '8:04.29', value: 484290, precision: 'HUNDREDTHS' },
    });
    expect(results['Accra 2023'].race).toMatchObject({ season: 2024, meet: { year: 2024 } });
    expect(results['African U20 Championships 2021']).toMatchObject({ place: 1, mark: null });
    // Tokyo 2020 was held in 2021: the file says so with meet_year.
    expect(read.data.meet).toMatchObject({ name: 'Tokyo 2020', year: 2021 });
    expect(read.data.meet.races.nodes[0].results.nodes.map((r: any) => `${r.place} ${r.athlete.displayName} ${r.mark.text}`)).toEqual([
      '1 Soufiane El Bakkali 8:08.90',
      '2 Lamecha Girma 8:10.38',
      '3 Benjamin Kigen 8:11.45',
    ]);
  });

  it('changes nothing when the same file (here its JSON twin) is imported again', async () => {
    const before = await tableCounts(api);
    const { body } = await post(api, key, IMPORT, { format: 'JSON', contents: EXAMPLE_JSON });
    expect(body.errors).toBeUndefined();
    expect(body.data.importResults).toMatchObject({
      committed: true,
      rowsRead: 17,
      errorCount: 0,
      meets: { created: 0, matched: 8, updated: 0 },
      races: { created: 0, matched: 8, updated: 0 },
      athletes: { created: 0, matched: 7, updated: 0 },
      sources: { created: 0, matched: 1 },
      performances: { created: 0, matched: 17 },
    });
    // Not even an audit entry: nothing was written.
    expect(await tableCounts(api)).toEqual(before);
  });

  it('records the import in the audit log, under the key that made it', async () => {
    const { body } = await post(
      api,
      key,
      '{ auditLog(first: 5, entityType: Import) { totalCount nodes { keyName operation entityType entityId before after } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.auditLog.totalCount).toBe(1);
    expect(body.data.auditLog.nodes[0]).toMatchObject({
      keyName: 'importer',
      operation: 'importResults',
      entityType: 'Import',
      entityId: null,
      before: null,
      after: { rowsRead: 17, performances: { created: 17 } },
    });
  });

  it('takes height cards and components through the Prisma session, and reports warnings', async () => {
    // Invented athletes and marks; 975 is what the scoring tables give a 10.50 (combined-events.ts).
    const csv = [
      'meet_name,meet_start_date,event,sex,place,athlete,mark,status,height_card,components,source',
      'Invented GraphQL Meeting,2025-05-01,HJ,MALE,1,Invented Gql Jumper,2.10,,2.00:o 2.10:xo 2.15:xxx,,gql-test',
      'Invented GraphQL Meeting,2025-05-01,DEC,MALE,,Invented Gql Decathlete,,DNF,,100:10.50=970;LJ:DNS,gql-test',
    ].join('\n');
    const query = IMPORT.replace(
      'errors { line index column message }',
      'errors { line index column message } warnings { line index column message }',
    );
    const { body } = await post(api, key, query, { format: 'CSV', contents: csv });
    expect(body.errors).toBeUndefined();
    expect(body.data.importResults).toMatchObject({ committed: true, errors: [] });
    expect(body.data.importResults.warnings).toEqual([
      { line: 3, index: null, column: 'components', message: '100: published 970 points, the scoring tables give 975 for 10.50' },
    ]);
    const { rows } = await api.db.pool.query(
      'SELECT (SELECT count(*) FROM height_attempts)::int AS h, (SELECT count(*) FROM combined_components)::int AS c',
    );
    expect(rows[0]).toEqual({ h: 3, c: 2 });
  });
});

describe('importResults with bad rows', () => {
  let api: TestApi;
  let key: string;
  beforeAll(async () => {
    api = await startTestApi();
    key = (await new ApiKeyService(api.db.prisma).create('importer')).key;
  });
  afterAll(() => api?.stop());

  const BAD = [
    HEADER,
    // line 2: good
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,1,Amos Serem,,,8:10.00,FINISHED,,doc-1',
    // line 3: unknown event
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000S,MALE,FINAL,1,2024-06-02,1,Amos Serem,,,10.00,FINISHED,,doc-1',
    // line 4: a mark that does not parse (dot instead of colon)
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,2,Samuel Firewu,ETH,,8.10.00,FINISHED,,doc-1',
    // line 5: a DNF with a place
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,3,Lamecha Girma,ETH,,,DNF,,doc-1',
    // line 6: race date outside the meet's dates
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,HEAT,1,2024-07-01,1,Kenneth Rooks,USA,,8:20.00,FINISHED,,doc-1',
    // line 7: unknown country, impossible birth date
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,5,Benjamin Kigen,XYZ,2001-02-30,8:15.00,FINISHED,,doc-1',
    // line 8: a finisher with neither place nor mark nor a qualification note
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,,Abraham Kibiwott,,,,FINISHED,,doc-1',
    // line 9: the athlete of line 2 again in the same race (by an alias)
    'Test Meeting,2024,2024-06-01,2024-06-02,Nairobi,KEN,,3000SC,MALE,FINAL,1,2024-06-02,6,Serem,,,8:30.00,FINISHED,,doc-1',
  ].join('\n');

  it('writes nothing and reports every bad row with its line, column and reason', async () => {
    const before = await tableCounts(api);
    const { body } = await post(api, key, IMPORT, { format: 'CSV', contents: BAD });
    expect(body.errors).toBeUndefined();
    const report = body.data.importResults;
    expect(report).toMatchObject({ committed: false, rowsRead: 8 });
    const found = report.errors.map((e: any) => `${e.line} ${e.column}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '3 event',
        '4 mark',
        '5 place',
        '6 race_date',
        '7 athlete_country',
        '7 athlete_birth_date',
        '8 place',
        '9 athlete',
      ]),
    );
    expect(report.errors.every((e: any) => e.line !== 2 && e.index === null)).toBe(true);
    expect(report.errorCount).toBe(report.errors.length);
    const byLine = (line: number, column: string) => report.errors.find((e: any) => e.line === line && e.column === column).message;
    expect(byLine(3, 'event')).toMatch(/"3000S" is not a known male event \(did you mean 3000, 30000, 3000SC/);
    expect(byLine(4, 'mark')).toMatch(/use ":" between hours, minutes and seconds/);
    expect(byLine(5, 'place')).toMatch(/a DNF has no place/);
    expect(byLine(6, 'race_date')).toMatch(/2024-07-01 is after the meet's end date 2024-06-02/);
    expect(byLine(7, 'athlete_country')).toMatch(/"XYZ" is not a known country code/);
    expect(byLine(9, 'athlete')).toMatch(/same athlete in the same race as line 2/);
    expect(await tableCounts(api)).toEqual(before);
  });

  it('reports JSON rows by their index in the array', async () => {
    const rows = [
      {
        meet_name: 'Paris 2024',
        meet_year: 2024,
        event: '3000SC',
        sex: 'MALE',
        place: 1,
        athlete: 'Soufiane El Bakkali',
        athlete_country: 'MAR',
        mark: '8:06.05',
        source: 'serem-bakkali-brussels-preview',
      },
      {
        meet_name: 'Paris 2024',
        meet_year: 2024,
        event: '3000SC',
        sex: 'MALE',
        place: 2,
        athlete: 'Kenneth Rooks',
        athlete_country: 'USA',
        mark: 8.0641,
        source: 'serem-bakkali-brussels-preview',
      },
      {
        meet_name: 'Paris 2024',
        meet_year: 2024,
        event: '3000SC',
        sex: 'MALE',
        place: 3,
        athlete: 'Abraham Kibiwott',
        mark: '8:06.47',
        source: 'serem-bakkali-brussels-preview',
        wind: '+0.5',
        colour: 'red',
      },
    ];
    const { body } = await post(api, key, IMPORT, { format: 'JSON', contents: JSON.stringify(rows) });
    const report = body.data.importResults;
    expect(report.committed).toBe(false);
    expect(report.errors.map((e: any) => `${e.index} ${e.column}`)).toEqual(expect.arrayContaining(['1 mark', '2 wind', '2 colour']));
    expect(report.errors.every((e: any) => e.line === null && e.index !== 0)).toBe(true);
  });

  it('refuses a result that contradicts the stored one (corrections are curated edits)', async () => {
    const contents = [
      HEADER,
      'Paris 2024,2024,,,Paris,FRA,olympic-games,3000SC,MALE,FINAL,1,,1,Soufiane El Bakkali,MAR,,8:06.50,FINISHED,,serem-bakkali-brussels-preview',
    ].join('\n');
    const { body } = await post(api, key, IMPORT, { format: 'CSV', contents });
    expect(body.data.importResults.committed).toBe(false);
    expect(body.data.importResults.errors).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(
          /already stored and the file contradicts it \(mark: stored 8:06.05, file 8:06.50\).*updatePerformance/,
        ),
      }),
    ]);
  });

  it('checks and counts on a dry run, then writes nothing', async () => {
    const before = await tableCounts(api);
    const contents = [
      HEADER,
      'Bislett Games 2024,2024,2024-05-30,2024-05-30,Oslo,,diamond-league,3000SC,MALE,FINAL,1,,3,Abraham Kibiwott,,,8:09.00,FINISHED,SB,dry-run-doc',
    ].join('\n');
    const { body } = await post(api, key, IMPORT, { format: 'CSV', contents, dryRun: true });
    expect(body.data.importResults).toMatchObject({
      committed: false,
      dryRun: true,
      errorCount: 0,
      meets: { created: 1 },
      athletes: { created: 0, matched: 1 },
      performances: { created: 1 },
    });
    expect(await tableCounts(api)).toEqual(before);
  });
});

describe('importResults without a valid key', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.stop());

  it('is refused with UNAUTHENTICATED (HTTP 401) and writes nothing', async () => {
    const before = await tableCounts(api);
    for (const key of [null, 'agk_not-a-key-at-all']) {
      const { status, body } = await post(api, key, IMPORT, { format: 'CSV', contents: EXAMPLE_CSV });
      expect(status).toBe(401);
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await tableCounts(api)).toEqual(before);
  });
});
