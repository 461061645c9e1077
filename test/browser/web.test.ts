// The typed example page (web/, built by Vite from codegen's typed documents) in a real
// Chromium, against the real server: Amos Serem's profile with his Silesia 2024 result, and
// his head-to-head with Soufiane El Bakkali. The page is served with /graphql proxied to the
// API (web/serve.ts), one origin as in production.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../support/api';
import { startWebServer, WEB_DIST, type WebServer } from '../../web/serve';
import { openWatchedPage, type WatchedPage } from './browser';

const ROOT = join(__dirname, '..', '..');

let api: TestApi;
let web: WebServer;
let browser: WatchedPage;

beforeAll(async () => {
  // The typed documents come from `npm run codegen` (npm test runs it first, in client:check).
  if (!existsSync(join(ROOT, 'examples', 'client', 'gql', 'graphql.ts'))) {
    execFileSync('npm', ['run', '--silent', 'codegen'], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  expect(existsSync(join(WEB_DIST, 'index.html'))).toBe(true);
  api = await startTestApi();
  web = await startWebServer({ apiUrl: api.url });
  browser = await openWatchedPage({ width: 1200, height: 900 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

/** The rows of a table on the page, as arrays of cell texts. */
const rowsOf = (testId: string) =>
  browser.page.$$eval(`[data-testid="${testId}"] tbody tr`, (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())),
  );

it("shows Amos Serem's results and his head-to-head with El Bakkali", async () => {
  const page = browser.page;
  await page.goto(web.url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

  expect(await page.textContent('[data-testid="athlete-name"]')).toBe('Amos Serem');
  const results = await rowsOf('results');
  // Meet, championship, season, race, place, mark: second in Silesia on the winner's time.
  expect(results).toContainEqual([
    'Silesia 2024',
    'Diamond League',
    '2024',
    "Men's 3000 Metres Steeplechase Final",
    '2 (photo finish)',
    '8:04.29',
  ]);
  expect(results).toContainEqual(['Paris 2024', 'Olympic Games', '2024', "Men's 3000 Metres Steeplechase Final", '14', '8:19.74']);

  // The record: 0–2 in two races, El Bakkali ahead; Silesia decided by the photo finish.
  expect((await page.textContent('[data-testid="score"]'))?.replace(/\s+/g, ' ')).toBe('Amos Serem0 – 2Soufiane El Bakkali');
  expect(await page.textContent('[data-testid="summary"]')).toBe('2 races together, 0 without a decision. Soufiane El Bakkali leads.');
  const meetings = await rowsOf('meetings');
  // (in the API's order, most recent first; checked by the head-to-head tests)
  expect(meetings).toHaveLength(2);
  expect(meetings).toEqual(
    expect.arrayContaining([
      ['Paris 2024', '2024', '14 · 8:19.74', '1 · 8:06.05', 'Soufiane El Bakkali', '13.69'],
      ['Silesia 2024', '2024', '2 (photo finish) · 8:04.29', '1 (photo finish) · 8:04.29', 'Soufiane El Bakkali', '0.00'],
    ]),
  );

  const shot = await browser.screenshot('web.png');
  expect(shot).toMatch(/test-artifacts\/web\.png$/);
  expect(browser.external).toEqual([]);
  expect(browser.problems).toEqual([]);
  // Both typed operations went through the page's own origin.
  const posts = browser.requests.filter((r) => r === `POST ${web.url}graphql`);
  expect(posts).toHaveLength(2);
}, 120_000);

it('shows another pair when the form is changed, and says so when an athlete does not exist', async () => {
  const page = browser.page;
  await page.fill('input[name="athlete"]', 'soufiane-el-bakkali');
  await page.fill('input[name="rival"]', 'amos-serem');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="athlete-name"]')?.textContent === 'Soufiane El Bakkali');
  await page.waitForFunction(() => document.querySelector('[data-testid="score"]')?.textContent?.includes('2 – 0'));
  expect(new URL(page.url()).search).toBe('?athlete=soufiane-el-bakkali&rival=amos-serem');

  await page.fill('input[name="athlete"]', 'nobody-at-all');
  await page.fill('input[name="rival"]', '');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#profile .error', { timeout: 15_000 });
  expect(await page.textContent('#profile')).toBe('No athlete "nobody-at-all".');
  expect(browser.problems).toEqual([]);
}, 60_000);
