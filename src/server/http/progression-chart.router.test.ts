import { startTestApi, type TestApi } from '../../../test/support/api';

let api: TestApi;
let origin: string;

beforeAll(async () => {
  api = await startTestApi();
  origin = api.url.replace(/\/graphql$/, '');
});
afterAll(() => api.stop());

describe('GET /athletes/<slug>/progression.svg', () => {
  it('draws the best legal mark of each season, the event with the most seasons by default', async () => {
    const response = await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const svg = await response.text();
    expect(svg).toContain('Soufiane El Bakkali');
    expect(svg).toContain('>8:03.53</text>');
    const seasons = [...svg.matchAll(/text-anchor="middle">(\d{4})<\/text>/g)].map((m) => Number(m[1]));
    expect(seasons).toEqual([2021, 2022, 2023, 2024]);
  });

  it('takes the event, sex and indoor from the query', async () => {
    const svg = await (await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg?event=3000sc&sex=MALE&indoor=false`)).text();
    expect(svg).toContain('>8:03.53</text>');
  });

  it('says "no legal marks" for an event without any', async () => {
    const response = await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg?event=3000SC&sex=FEMALE`);
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(svg).toContain('No legal marks');
    expect(svg).not.toContain('<circle');
  });

  it('answers 404 for an unknown athlete and 400 for an unknown event or a bad flag', async () => {
    const missing = await fetch(`${origin}/athletes/nobody-at-all/progression.svg`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const unknownEvent = await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg?event=<script>&sex=MALE`);
    expect(unknownEvent.status).toBe(400);
    expect((await unknownEvent.json()).errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('no event with code'),
    });
    const badFlag = await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg?indoor=maybe`);
    expect(badFlag.status).toBe(400);
  });

  it('is linked from Athlete.progressionChartUrl', async () => {
    const result = await api.query(`{
      athlete(slug: "soufiane-el-bakkali") { progressionChartUrl(event: { code: "3000SC", sex: MALE }) outdoor: progressionChartUrl(event: { code: "3000SC", sex: MALE }, indoor: false) }
    }`);
    expect(result.errors).toBeUndefined();
    const { progressionChartUrl, outdoor } = result.data.athlete;
    expect(progressionChartUrl).toBe('/athletes/soufiane-el-bakkali/progression.svg?event=3000SC&sex=MALE');
    expect(outdoor).toBe('/athletes/soufiane-el-bakkali/progression.svg?event=3000SC&sex=MALE&indoor=false');
    const fromField = await (await fetch(`${origin}${progressionChartUrl}`)).text();
    const direct = await (await fetch(`${origin}/athletes/soufiane-el-bakkali/progression.svg`)).text();
    expect(fromField).toBe(direct);
  });

  it('refuses an unknown event in the field', async () => {
    const result = await api.query(`{ athlete(slug: "soufiane-el-bakkali") { progressionChartUrl(event: { code: "NOPE", sex: MALE }) } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
