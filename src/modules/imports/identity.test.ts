// Results from a second source go in true: the identity rules of the import, each on
// purpose-built rows over the seeded graph (the article's meets), through the API.
// Rows of invented meets use invented athletes; rows of the seeded finals repeat the
// article's results, as a second source would.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { errorLines, Importer, type ImportRow } from '../../../test/support/import-rows';

let api: TestApi;
let importer: Importer;

beforeAll(async () => {
  api = await startTestApi();
  importer = new Importer(api);
});
afterAll(() => api?.stop());

const source = 'https://example.org/second-source';
const steeple = (over: ImportRow): ImportRow => ({ event: '3000SC', sex: 'MALE', source, ...over });
const paris = (over: ImportRow) => steeple({ meet_name: 'Paris 2024', meet_year: '2024', championship: 'olympic-games', ...over });
const invented = (name: string, over: ImportRow) => steeple({ meet_name: name, meet_start_date: '2025-05-10', ...over });

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await api.db.pool.query(text, params)).rows as T[];
}

const raceResults = async (meet: string) => {
  const { data, errors } = await api.query(
    `{ meet(slug: "${meet}") { races(first: 5) { nodes { results(first: 50) { nodes { placeText athlete { slug } } } } } } }`,
  );
  expect(errors).toBeUndefined();
  return data.meet.races.nodes[0].results.nodes.map((r: any) => `${r.placeText} ${r.athlete.slug}`);
};

describe('a second source about a stored final', () => {
  it('adds what it knows without a second person, edition or tie', async () => {
    const report = await importer.rows([
      paris({ place: '1', athlete: 'Soufiane El Bakkali', athlete_country: 'MAR', mark: '8:06.05', notes: 'SB' }),
      paris({ place: '2', athlete: 'Kenneth Rooks', athlete_country: 'USA', mark: '8:06.41' }),
      // One letter apart from the stored Abraham Kibiwott, same place and time: the same man.
      paris({ place: '3', athlete: 'Abraham Kibiwot', athlete_country: 'KEN', mark: '8:06.47' }),
      // The stored Amos Serem has no country, and he is the only one.
      paris({ place: '14', athlete: 'Amos Serem', athlete_country: 'KEN', mark: '8:19.74' }),
      paris({ place: '4', athlete: 'Invented Fourth', athlete_country: 'KEN', mark: '8:10.00' }),
    ]);
    expect(errorLines(report)).toEqual([]);
    expect(report).toMatchObject({
      committed: true,
      meets: { created: 0, matched: 1 },
      races: { created: 0, matched: 1 },
      athletes: { created: 1, matched: 4, updated: 2 },
      performances: { created: 1, matched: 4, updated: 1 },
    });
    expect(report.decisions.map((d) => [d.rule, d.name, d.matched])).toEqual([
      ['RESULT_EVIDENCE', 'Abraham Kibiwot', 'abraham-kibiwott'],
      ['UNKNOWN_COUNTRY', 'Amos Serem', 'amos-serem'],
    ]);
    expect(report.decisions[0].reason).toMatch(/names 1 letter apart, the same place \(3\) and mark/);

    const [kibiwott] = await sql<{ country_code: string; aliases: string[] }>(
      `SELECT country_code, ARRAY(SELECT name FROM athlete_aliases WHERE athlete_id = a.id ORDER BY id) AS aliases FROM athletes a WHERE slug = 'abraham-kibiwott'`,
    );
    expect(kibiwott).toEqual({ country_code: 'KEN', aliases: ['Kibiwott', 'Abraham Kibiwot'] });
    expect(await sql(`SELECT 1 FROM athletes WHERE display_name IN ('Abraham Kibiwot', 'Amos Serem')`)).toHaveLength(1);
    // No place shared that no source shared; the note the first source lacked is there.
    expect(await raceResults('paris-2024')).toEqual([
      '1 soufiane-el-bakkali',
      '2 kenneth-rooks',
      '3 abraham-kibiwott',
      '4 invented-fourth',
      '14 amos-serem',
    ]);
    const [bakkali] = await sql<{ notes: string[]; sources: number }>(
      `SELECT p.notes::text[] AS notes, (SELECT count(*)::int FROM performance_sources ps WHERE ps.performance_id = p.id) AS sources
         FROM performances p JOIN athletes a ON a.id = p.athlete_id JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id
        WHERE a.slug = 'soufiane-el-bakkali' AND m.slug = 'paris-2024'`,
    );
    expect(bakkali).toEqual({ notes: ['SB'], sources: 2 });
    // The same file again changes nothing.
    const again = await importer.rows([paris({ place: '3', athlete: 'Abraham Kibiwot', athlete_country: 'KEN', mark: '8:06.47' })]);
    expect(again).toMatchObject({
      committed: true,
      athletes: { created: 0, matched: 1, updated: 0 },
      performances: { created: 0, matched: 1, updated: 0 },
    });
  });

  it('names the field and both values of a real contradiction', async () => {
    const report = await importer.rows([
      paris({ place: '1', athlete: 'Soufiane El Bakkali', athlete_country: 'MAR', mark: '8:06.05', notes: 'PB' }),
      paris({ place: '2', athlete: 'Kenneth Rooks', athlete_country: 'USA', mark: '8:06.42' }),
    ]);
    expect(report.committed).toBe(false);
    expect(errorLines(report)).toEqual([
      expect.stringMatching(/^2 null: this result is already stored and the file contradicts it \(notes: stored SB, file PB\)/),
      expect.stringMatching(/^3 null: .*\(mark: stored 8:06.41, file 8:06.42\)/),
    ]);
  });
});

describe('editions', () => {
  it("takes a championship's edition of the year under another name, and keeps the name as an alias", async () => {
    const report = await importer.rows([
      steeple({
        meet_name: 'Oregon 2022',
        meet_year: '2022',
        championship: 'world-championships',
        place: '1',
        athlete: 'Soufiane El Bakkali',
        athlete_country: 'MAR',
        mark: '8:25.13',
      }),
      steeple({
        meet_name: 'Oregon 2022',
        meet_year: '2022',
        championship: 'world-championships',
        place: '2',
        athlete: 'Invented Silver',
        athlete_country: 'ETH',
        mark: '8:26.00',
      }),
    ]);
    expect(errorLines(report)).toEqual([]);
    expect(report.meets).toEqual({ created: 0, matched: 1, updated: 1 });
    expect(report.decisions).toEqual([
      expect.objectContaining({ kind: 'MEET', rule: 'EDITION', name: 'Oregon 2022', matched: 'eugene-2022' }),
    ]);
    expect(await sql(`SELECT a.name FROM meet_aliases a JOIN meets m ON m.id = a.meet_id WHERE m.slug = 'eugene-2022'`)).toEqual([
      { name: 'Oregon 2022' },
    ]);
    expect(
      await sql(
        `SELECT m.slug FROM meets m JOIN championships c ON c.id = m.championship_id WHERE c.slug = 'world-championships' AND m.year = 2022`,
      ),
    ).toHaveLength(1);

    // Known now by the alias, even from a source that names no championship.
    const byAlias = await importer.rows([
      steeple({
        meet_name: 'oregon 2022',
        meet_year: '2022',
        place: '2',
        athlete: 'Invented Silver',
        athlete_country: 'ETH',
        mark: '8:26.00',
      }),
    ]);
    expect(byAlias).toMatchObject({ committed: true, meets: { created: 0, matched: 1 }, performances: { created: 0, matched: 1 } });
    expect(byAlias.decisions).toEqual([expect.objectContaining({ rule: 'MEET_ALIAS', matched: 'eugene-2022' })]);

    // Stored dates the file contradicts make an error, not a second edition.
    await sql(`UPDATE meets SET start_date = '2022-07-15', end_date = '2022-07-24' WHERE slug = 'eugene-2022'`);
    const otherDates = await importer.rows([
      steeple({
        meet_name: 'World Championships Oregon',
        meet_start_date: '2022-07-16',
        championship: 'world-championships',
        place: '1',
        athlete: 'Soufiane El Bakkali',
        athlete_country: 'MAR',
        mark: '8:25.13',
      }),
    ]);
    expect(errorLines(otherDates)).toEqual([
      expect.stringMatching(/^2 meet_start_date: Eugene 2022 \(2022\) is stored with start date "2022-07-15", the file gives "2022-07-16"/),
    ]);
  });

  it('keeps the meets of a circuit apart, and refuses two names for one edition in one file', async () => {
    const circuit = await importer.rows([
      steeple({
        meet_name: 'Invented Diamond 2024',
        meet_year: '2024',
        championship: 'diamond-league',
        place: '1',
        athlete: 'Soufiane El Bakkali',
        athlete_country: 'MAR',
        mark: '8:10.00',
      }),
    ]);
    expect(circuit.meets).toEqual({ created: 1, matched: 0, updated: 0 });

    const twoNames = await importer.rows([
      steeple({
        meet_name: 'Invented Worlds City 2031',
        meet_year: '2031',
        championship: 'world-championships',
        place: '1',
        athlete: 'Invented Silver',
        athlete_country: 'ETH',
        mark: '8:10.00',
      }),
      steeple({
        meet_name: 'Invented Worlds State 2031',
        meet_year: '2031',
        championship: 'world-championships',
        place: '1',
        athlete: 'Invented Silver',
        athlete_country: 'ETH',
        mark: '8:10.00',
        event: '1500',
      }),
    ]);
    expect(errorLines(twoNames)).toEqual([
      expect.stringMatching(
        /^2 meet_name: the file names one edition of world-championships in 2031 as "Invented Worlds City 2031" and "Invented Worlds State 2031": use one name/,
      ),
      expect.stringMatching(/^3 meet_name: /),
    ]);
  });
});

describe('athletes', () => {
  it('keeps namesakes apart: other countries, and a similar name that holds another place', async () => {
    const report = await importer.rows([
      invented('Invented Namesake Open 2025', { place: '1', athlete: 'Jon Namesake', athlete_country: 'KEN', mark: '8:20.00' }),
      invented('Invented Namesake Open 2025', { place: '2', athlete: 'Jon Namesake', athlete_country: 'UGA', mark: '8:21.00' }),
    ]);
    expect(report.athletes).toEqual({ created: 2, matched: 0, updated: 0 });
    // A source without countries cannot say which of the two it means.
    const unsure = await importer.rows([
      invented('Invented Namesake Open 2025 B', { place: '1', athlete: 'Jon Namesake', mark: '8:30.00' }),
    ]);
    expect(errorLines(unsure)).toEqual([
      expect.stringMatching(/^2 athlete: "Jon Namesake" matches 2 stored athletes \(jon-namesake, jon-namesake-2\): ambiguous/),
    ]);
    // With a single namesake it can, and says so.
    const one = await importer.rows([invented('Invented Namesake Open 2025 B', { place: '1', athlete: 'Kenneth Rooks', mark: '8:30.00' })]);
    expect(one.decisions).toEqual([expect.objectContaining({ rule: 'FILE_WITHOUT_COUNTRY', matched: 'kenneth-rooks' })]);

    // "Daniel Kigen" is not Benjamin Kigen (another given name), and third place is his.
    const other = await importer.rows([
      steeple({
        meet_name: 'Tokyo 2020',
        meet_year: '2021',
        championship: 'olympic-games',
        place: '3',
        athlete: 'Daniel Kigen',
        athlete_country: 'KEN',
        mark: '8:11.45',
      }),
    ]);
    expect(errorLines(other)).toEqual([
      expect.stringMatching(/^2 place: place 3 of this race is also held by Benjamin Kigen: a shared place is written "3="/),
    ]);
  });

  it('pins rows by athlete_id and external ids', async () => {
    const pinned = await importer.rows([
      invented('Invented Pin Meeting 2025', { place: '1', athlete: 'A. Serem', athlete_id: 'amos-serem', mark: '8:15.00' }),
      invented('Invented Pin Meeting 2025', {
        place: '2',
        athlete: 'Pinned Newcomer',
        athlete_country: 'KEN',
        athlete_external_id: 'WA:99000001',
        mark: '8:16.00',
      }),
      invented('Invented Pin Meeting 2025', {
        place: '3',
        athlete: 'Lamecha Girma',
        athlete_country: 'ETH',
        athlete_external_id: 'wa:99000002',
        mark: '8:17.00',
      }),
    ]);
    expect(errorLines(pinned)).toEqual([]);
    expect(pinned.athletes).toEqual({ created: 1, matched: 2, updated: 2 });
    expect(pinned.decisions.map((d) => [d.rule, d.name, d.matched])).toEqual([
      ['ATHLETE_ID', 'A. Serem', 'amos-serem'],
      ['NEW', 'Pinned Newcomer', null],
    ]);
    expect(
      await sql(`SELECT a.slug, e.system, e.value FROM athlete_external_ids e JOIN athletes a ON a.id = e.athlete_id ORDER BY e.value`),
    ).toEqual([
      { slug: 'pinned-newcomer', system: 'WA', value: '99000001' },
      { slug: 'lamecha-girma', system: 'WA', value: '99000002' },
    ]);

    // The id finds its holder under any spelling; a holder's other id of the system is another person.
    const again = await importer.rows([
      invented('Invented Pin Meeting 2025 B', { place: '1', athlete: 'P. Newcomer', athlete_external_id: 'WA:99000001', mark: '8:15.00' }),
      invented('Invented Pin Meeting 2025 B', {
        place: '2',
        athlete: 'Lamecha Girma',
        athlete_country: 'ETH',
        athlete_external_id: 'WA:99000003',
        mark: '8:16.00',
      }),
    ]);
    expect(errorLines(again)).toEqual([]);
    expect(again.decisions.map((d) => [d.rule, d.name, d.matched])).toEqual([
      ['EXTERNAL_ID', 'P. Newcomer', 'pinned-newcomer'],
      ['NEW', 'Lamecha Girma', null],
    ]);

    const bad = await importer.rows([
      invented('Invented Pin Meeting 2025 C', {
        place: '1',
        athlete: 'Amos Serem',
        athlete_id: 'amos-serem',
        athlete_external_id: 'WA:99000001',
        mark: '8:15.00',
      }),
      invented('Invented Pin Meeting 2025 C', { place: '2', athlete: 'Nobody', athlete_id: 'no-such-athlete', mark: '8:16.00' }),
      invented('Invented Pin Meeting 2025 C', { place: '3', athlete: 'Somebody', athlete_external_id: 'WA:12ab', mark: '8:17.00' }),
    ]);
    expect(errorLines(bad)).toEqual([
      expect.stringMatching(/^2 athlete_external_id: WA:99000001 is held by pinned-newcomer, while athlete_id names amos-serem/),
      expect.stringMatching(/^3 athlete_id: "no-such-athlete" is neither the global id nor the slug of a stored athlete/),
      expect.stringMatching(/^4 athlete_external_id: "WA:12ab" is not a WA id/),
    ]);
  });
});

describe('no fabricated ties', () => {
  it('refuses a place held twice without "=", and keeps a shared place written so', async () => {
    const unmarked = await importer.rows([
      invented('Invented Tie Meeting 2025', { place: '1', athlete: 'Tie Alpha', athlete_country: 'KEN', mark: '8:20.00' }),
      invented('Invented Tie Meeting 2025', { place: '1', athlete: 'Tie Beta', athlete_country: 'KEN', mark: '8:20.00' }),
    ]);
    expect(errorLines(unmarked)).toEqual([
      '2 place: place 1 of this race is also held by Tie Beta: a shared place is written "1=" in every row that gives it',
      '3 place: place 1 of this race is also held by Tie Alpha: a shared place is written "1=" in every row that gives it',
    ]);
    const marked = await importer.rows([
      invented('Invented Tie Meeting 2025', { place: '1=', athlete: 'Tie Alpha', athlete_country: 'KEN', mark: '8:20.00' }),
      invented('Invented Tie Meeting 2025', { place: '1=', athlete: 'Tie Beta', athlete_country: 'KEN', mark: '8:20.00' }),
      invented('Invented Tie Meeting 2025', { place: '3', athlete: 'Tie Gamma', athlete_country: 'KEN', mark: '8:21.00' }),
    ]);
    expect(errorLines(marked)).toEqual([]);
    expect(await raceResults('invented-tie-meeting-2025')).toEqual(['1= tie-alpha', '1= tie-beta', '3 tie-gamma']);
    // A later source cannot add a third winner without "=".
    const third = await importer.rows([
      invented('Invented Tie Meeting 2025', { place: '1', athlete: 'Tie Delta', athlete_country: 'KEN', mark: '8:20.00' }),
    ]);
    expect(errorLines(third)).toEqual([
      '2 place: place 1 of this race is also held by Tie Alpha, Tie Beta: a shared place is written "1=" in every row that gives it',
    ]);
  });

  it('is enforced by the database for every write path', async () => {
    const [{ race_id: raceId }] = await sql<{ race_id: number }>(
      `SELECT p.race_id FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id WHERE m.slug = 'invented-tie-meeting-2025' LIMIT 1`,
    );
    const [{ id: athleteId }] = await sql<{ id: number }>(`SELECT id FROM athletes WHERE slug = 'amos-serem'`);
    await expect(
      sql(
        `INSERT INTO performances (race_id, athlete_id, place, mark_value, mark_text, precision) VALUES ($1, $2, 3, 501000, '8:21.00', 'HUNDREDTHS')`,
        [raceId, athleteId],
      ),
    ).rejects.toMatchObject({ constraint: 'performances_place_held_alone' });
    await expect(
      sql(`INSERT INTO performances (race_id, athlete_id, place, tied) VALUES ($1, $2, 3, true)`, [raceId, athleteId]),
    ).rejects.toMatchObject({ constraint: 'performances_shared_place_tied_in_every_row' });
    await expect(
      sql(
        `UPDATE performances SET tied = false WHERE race_id = $1 AND place = 1 AND athlete_id = (SELECT id FROM athletes WHERE slug = 'tie-alpha')`,
        [raceId],
      ),
    ).rejects.toMatchObject({ constraint: 'performances_shared_place_tied_in_every_row' });
    // A lone shared place (a source listing part of a field) is allowed; so is a whole tie.
    await expect(
      sql(`INSERT INTO performances (race_id, athlete_id, place, tied) VALUES ($1, $2, 7, true)`, [raceId, athleteId]),
    ).resolves.toEqual([]);
  });
});
