// The IDE as a person uses it: the real server (seeded), Debian's Chromium, the example
// operations of examples/ open as tabs, the first one run from the toolbar, its result read
// off the screen. Nothing may be loaded from outside this machine and the console stays clean.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { exampleTabs } from '../../src/app/example-operations';
import { startTestApi, type TestApi } from '../support/api';
import { openWatchedPage, type WatchedPage } from './browser';

const ROOT = join(__dirname, '..', '..');
const QUERY_LINES = '.graphiql-query-editor .monaco-editor .view-lines';
const RESPONSE_LINES = '.graphiql-response .monaco-editor .view-lines';

let api: TestApi;
let browser: WatchedPage;

beforeAll(async () => {
  // The page's bundle (a no-op when dist/ide is up to date).
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-ide.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  api = await startTestApi();
  browser = await openWatchedPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** The text of an element, with Monaco's non-breaking spaces made plain. */
const textOf = (selector: string) => browser.page.$eval(selector, (el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));

const waitForText = (selector: string, needle: string, timeout = 30_000) =>
  browser.page.waitForFunction(
    ([sel, n]) => (document.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').includes(n),
    [selector, needle] as const,
    { timeout },
  );

/** The operation's name (`query Name`), which GraphiQL shows as the tab's title. */
const operationName = (source: string) => /\b(?:query|mutation|subscription)\s+(\w+)/.exec(source)?.[1];

/** String values as they appear in the first lines of the pretty-printed JSON result. */
function leadingStrings(result: unknown, lines: number): string[] {
  return JSON.stringify(result, null, 2)
    .split('\n')
    .slice(0, lines)
    .flatMap((line) => [...line.matchAll(/: "([^"\\]+)"/g)].map((m) => m[1]));
}

it('opens with the examples as tabs, runs the first one and shows its result', async () => {
  const tabs = exampleTabs();
  expect(tabs.length).toBeGreaterThan(0);
  const first = tabs[0];
  const page = browser.page;

  await page.goto(api.url, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
  await page.waitForSelector(QUERY_LINES, { timeout: 60_000 });

  // One tab per example, the first one active and showing its operation.
  await page.waitForFunction((n) => document.querySelectorAll('.graphiql-tab').length === n, tabs.length, { timeout: 30_000 });
  const firstName = operationName(first.query);
  expect(firstName).toBeDefined();
  await waitForText(QUERY_LINES, `query ${firstName}`);
  const titles = await page.$$eval('.graphiql-tab', (els) => els.map((e) => (e.textContent ?? '').trim()));
  expect(titles.map((t) => t.replace(/\s+/g, ' '))).toEqual(tabs.map((t) => expect.stringContaining(operationName(t.query) ?? '')));
  const active = await page.$eval('.graphiql-tab-active', (e) => (e.textContent ?? '').trim());
  expect(active).toContain(firstName);

  // Run it with the toolbar's button, as a person would.
  await page.click('.graphiql-execute-button');
  await waitForText(RESPONSE_LINES, '"data"');

  // What the API answers for the same operation and variables is what the screen shows.
  const variables = first.variables ? (JSON.parse(first.variables) as Record<string, unknown>) : undefined;
  const expected = await api.query(first.query, variables);
  expect(expected.errors).toBeUndefined();
  const expectedStrings = leadingStrings(expected, 25);
  expect(expectedStrings.length).toBeGreaterThan(2);
  for (const s of expectedStrings) await waitForText(RESPONSE_LINES, `"${s}"`, 10_000);
  const response = await textOf(RESPONSE_LINES);
  expect(response).not.toContain('"errors"');

  // The seed's story, whichever example comes first: Serem and El Bakkali.
  if (firstName === 'HeadToHead') {
    // 0–2 in two races: Paris and Silesia, where the photo finish split 8:04.29 and 8:04.29.
    for (const shown of ['"displayName": "Soufiane El Bakkali"', '"races": 2', '"winsA": 0', '"winsB": 2', '"8:04.29"']) {
      expect(response).toContain(shown);
    }
  } else {
    expect(response).toContain('Amos Serem');
  }

  await page.waitForTimeout(300); // let Monaco finish painting for the picture
  const shot = await browser.screenshot('ide.png');
  expect(shot).toMatch(/test-artifacts\/ide\.png$/);

  expect(browser.external).toEqual([]);
  expect(browser.problems).toEqual([]);
  expect(browser.requests.some((r) => r.startsWith('POST ') && r.includes('/graphql'))).toBe(true);
}, 180_000);
