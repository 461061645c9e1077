// Real results beyond one mark go in true: the Tokyo 2020 men's high jump final (every
// finalist's height card, Barshim and Tamberi sharing gold), the decathlon and the heptathlon,
// from test/fixtures/championship-extras/results.csv (each row cites its page; see the
// fixture's README), imported through the API into the seeded graph. Then places, ties,
// height cards, totals, the disciplines' points and the medal table are checked against
// official.json. The fixture's relay rows wait for the importer's relay columns (issue 17).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { startTestApi, type TestApi } from '../support/api';
import { Importer, type ImportedReport, type ImportRow } from '../support/import-rows';

const FIXTURES = join(__dirname, '..', 'fixtures', 'championship-extras');
const all = parse(readFileSync(join(FIXTURES, 'results.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
const official = JSON.parse(readFileSync(join(FIXTURES, 'official.json'), 'utf8')) as {
  combinedTotals: Array<{ athlete: string; event: string; total: number | null; place: number | null }>;
  verticalPlaces: Array<{ athlete: string; place: number | null; tied: boolean; mark: string }>;
};

// Disciplines are kept where the sources give them all (Warner, Thiam) or, for a DNF, as far
// as they go; the other rows' sources skip disciplines, and a breakdown with gaps would add up
// to nothing. Warner's 100 m: 10.12, not the report's 10.14 (the published 1066 points are
// 10.12's; see the fixture's README). The `notes` cells hold provenance, not note codes.
const COMPLETE = new Set(['Damian Warner', 'Nafissatou Thiam', 'Katarina Johnson-Thompson']);
const rows: ImportRow[] = all
  .filter((r) => ['HJ', 'DEC', 'HEP'].includes(r.event))
  .map((r) => ({
    meet_name: r.meet_name,
    meet_year: r.meet_year,
    meet_city: r.meet_city,
    meet_country: r.meet_country,
    championship: r.championship,
    event: r.event,
    sex: r.sex,
    round: r.round,
    race_date: r.race_date,
    place: r.place,
    athlete: r.athlete,
    athlete_country: r.athlete_country,
    mark: r.mark,
    status: r.status,
    components: COMPLETE.has(r.athlete) ? r.components.replace('100:10.14=', '100:10.12=') : '',
    height_card: r.height_card,
    source: r.source,
  }));

const FINALS = `query ($event: String!, $sex: Sex!) {
  performances(event: $event, sex: $sex, meet: "tokyo-2020", orderBy: { field: PLACE }, first: 30) {
    nodes {
      placeText tied status athlete { displayName } country { code } mark { text value }
      heightCard { height trials }
      combined { computedTotal publishedTotal agrees components { discipline markText points publishedPoints } }
    }
  }
}`;

let api: TestApi;
let report: ImportedReport & { warnings?: Array<{ line: number; column: string | null; message: string }> };

const finals = async (event: string, sex: string) => {
  const { data, errors } = await api.query(FINALS, { event, sex });
  expect(errors).toBeUndefined();
  return data.performances.nodes as any[];
};

beforeAll(async () => {
  api = await startTestApi();
  report = await new Importer(api).rows(rows);
});
afterAll(() => api?.stop());

it('imports the three finals into the seeded Tokyo 2020, all rows at once', () => {
  expect(report.errors).toEqual([]);
  expect(report.committed).toBe(true);
  expect(report.rowsRead).toBe(rows.length);
  expect(report.meets).toEqual({ created: 0, matched: 1, updated: expect.any(Number) }); // the seed's Tokyo 2020
  expect(report.performances.created).toBe(rows.length);
});

it('places the high jumpers as the officials did: two golds shared at 2.37, then countback', async () => {
  const hj = await finals('HJ', 'MALE');
  for (const expected of official.verticalPlaces) {
    const row = hj.find((p) => p.athlete.displayName === expected.athlete);
    expect({ athlete: expected.athlete, place: row?.placeText ?? null, mark: row?.mark?.text ?? null }).toEqual({
      athlete: expected.athlete,
      place: expected.place === null ? null : `${expected.place}${expected.tied ? '=' : ''}`,
      mark: expected.mark || null,
    });
  }
  const card = (name: string) =>
    hj
      .find((p) => p.athlete.displayName === name)
      .heightCard.map((h: any) => `${h.height}:${h.trials}`)
      .join(' ');
  // Barshim passed 2.19; neither gold medallist failed until 2.39.
  expect(card('Mutaz Essa Barshim')).toBe('2.24:o 2.27:o 2.30:o 2.33:o 2.35:o 2.37:o 2.39:xxx');
  expect(card('Gianmarco Tamberi')).toBe('2.19:o 2.24:o 2.27:o 2.30:o 2.33:o 2.35:o 2.37:o 2.39:xxx');
  for (const p of hj) {
    if (p.heightCard.length > 0 && p.mark) {
      const cleared = p.heightCard.filter((h: any) => h.trials.endsWith('o')).map((h: any) => h.height);
      expect([p.athlete.displayName, cleared[cleared.length - 1]]).toEqual([p.athlete.displayName, p.mark.text]);
    }
  }
});

it("gives the combined events' totals and places, and Warner's and Thiam's points discipline by discipline", async () => {
  const results = [...(await finals('DEC', 'MALE')), ...(await finals('HEP', 'FEMALE'))];
  for (const expected of official.combinedTotals) {
    const row = results.find((p) => p.athlete.displayName === expected.athlete);
    expect([expected.athlete, row?.placeText ?? null, row?.mark?.value ?? null]).toEqual([
      expected.athlete,
      expected.place === null ? null : String(expected.place),
      expected.total,
    ]);
  }
  const warner = results.find((p) => p.athlete.displayName === 'Damian Warner');
  expect(warner.combined).toMatchObject({ computedTotal: 9018, publishedTotal: 9018, agrees: true });
  expect(warner.combined.components.map((c: any) => c.discipline)).toEqual([
    '100',
    'LJ',
    'SP',
    'HJ',
    '400',
    '110H',
    'DT',
    'PV',
    'JT',
    '1500',
  ]);
  expect(warner.combined.components[0]).toEqual({ discipline: '100', markText: '10.12', points: 1066, publishedPoints: 1066 });
  const thiam = results.find((p) => p.athlete.displayName === 'Nafissatou Thiam');
  expect(thiam.combined).toMatchObject({ computedTotal: 6791, publishedTotal: 6791, agrees: true });
  expect(thiam.country.code).toBe('BEL');
  const kjt = results.find((p) => p.athlete.displayName === 'Katarina Johnson-Thompson');
  expect([kjt.status, kjt.combined.components.length]).toEqual(['DNF', 1]);
});

it('counts the medals of these finals as official.json does, the shared gold twice', async () => {
  const counts = new Map<string, number[]>();
  for (const [event, sex] of [
    ['HJ', 'MALE'],
    ['DEC', 'MALE'],
    ['HEP', 'FEMALE'],
  ]) {
    const { data, errors } = await api.query(
      'query ($e: String, $s: Sex) { medalTable(championship: "olympic-games", edition: "tokyo-2020", event: $e, sex: $s) { rows { country { code } gold silver bronze } } }',
      { e: event, s: sex },
    );
    expect(errors).toBeUndefined();
    for (const r of data.medalTable.rows) {
      const c = counts.get(r.country.code) ?? [0, 0, 0];
      counts.set(r.country.code, [c[0] + r.gold, c[1] + r.silver, c[2] + r.bronze]);
    }
  }
  expect(Object.fromEntries(counts)).toEqual({
    QAT: [1, 0, 0], // Barshim and Tamberi, 1= at 2.37
    ITA: [1, 0, 0],
    BLR: [0, 0, 1], // Nedasekau, 2.37 with more failures
    CAN: [1, 0, 0], // Warner
    FRA: [0, 1, 0],
    AUS: [0, 0, 1],
    BEL: [1, 0, 0], // Thiam
    NED: [0, 1, 1], // Vetter, Oosterwegel
  });
});

it('changes nothing when the same rows are imported again', async () => {
  const again = await new Importer(api).rows(rows);
  expect(again.errors).toEqual([]);
  expect(again.performances.created).toBe(0);
  expect(again.athletes.created).toBe(0);
});

it('answers the decathlon and height-card example operations with these finals', async () => {
  const example = async (file: string) => {
    const { data, errors } = await api.query(readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8'));
    expect(errors).toBeUndefined();
    return data.performances.nodes as any[];
  };
  const decathlon = await example('58-decathlon-breakdown.graphql');
  expect(decathlon.map((p) => [p.placeText, p.athlete.displayName, p.mark.text, p.combined?.computedTotal ?? null])).toEqual([
    ['1', 'Damian Warner', '9018', 9018],
    ['2', 'Kevin Mayer', '8726', null],
    ['3', 'Ashley Moloney', '8649', null],
  ]);
  const card = await example('59-height-card.graphql');
  expect(card.slice(0, 3).map((p) => [p.placeText, p.athlete.displayName, p.heightCard[p.heightCard.length - 1].trials])).toEqual([
    ['1=', 'Mutaz Essa Barshim', 'xxx'],
    ['1=', 'Gianmarco Tamberi', 'xxx'],
    ['3', 'Maksim Nedasekau', 'xxx'],
  ]);
});
