#!/usr/bin/env node
// Manual end-to-end check of the offline GraphiQL page in a real Chromium (not run by jest).
//
//   apt-get install -y chromium          # Debian's Chromium at /usr/bin/chromium
//   node src/server/ide/ide.browser-check.mjs [--out /tmp/ide.png] [--apollo] [--headed] [--keep-open]
//   (also writes <out>-default-tab.png: the first tab with its variables and result)
//
// Builds the bundle if needed, serves it with ideRouter on an express app whose /graphql
// answers with graphql-js over a small athletics schema (rejecting POSTs that are not
// application/json, like Apollo's CSRF prevention), then drives the page: waits for Monaco,
// runs the default query, asks the editor for completions (GraphQL worker), opens the docs,
// and saves a screenshot. Every request that leaves the test server's origin is aborted and
// reported. Exits non-zero on console errors, failed requests, external requests or a
// missing UI part. CHROMIUM=/path/to/chrome overrides the browser.
// --apollo puts a real Apollo Server 5 (expressMiddleware, CSRF prevention on, landing page
// disabled) behind /graphql instead of the stub, to check the two work together.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const OUT = argValue('--out', '/tmp/ide.png');
const HEADED = args.includes('--headed');
const KEEP_OPEN = args.includes('--keep-open');
const APOLLO = args.includes('--apollo');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const express = require('express');
const { graphql, buildSchema } = require('graphql');
const { chromium } = require('playwright-core');
const esbuild = require('esbuild');

// 1. The bundle (no-op when up to date) and the router, compiled from TS on the fly.
execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-ide.mjs')], { cwd: ROOT, stdio: 'inherit' });
const cacheDir = path.join(ROOT, 'node_modules', '.cache', 'ide-browser-check');
mkdirSync(cacheDir, { recursive: true });
const routerFile = path.join(cacheDir, 'ide.router.cjs');
await esbuild.build({
  entryPoints: [path.join(ROOT, 'src', 'server', 'ide', 'ide.router.ts')],
  outfile: routerFile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const { ideRouter } = require(routerFile);

// 2. A stub GraphQL server with a real schema, so introspection, docs and completion work.
const schema = buildSchema(`
  """Root of the athletics results graph."""
  type Query {
    """Athletes, optionally filtered by country (IOC code)."""
    athletes(country: String): [Athlete!]!
    athlete(id: ID!): Athlete
  }
  """A track and field athlete."""
  type Athlete {
    id: ID!
    name: String!
    country: String!
    """Best marks, one per event."""
    personalBests: [Performance!]!
  }
  """A mark achieved in a race or field event."""
  type Performance {
    event: String!
    """Time in seconds or distance in metres."""
    mark: Float!
    date: String
  }
`);
const ATHLETES = [
  { id: '1', name: 'Faith Kipyegon', country: 'KEN', personalBests: [{ event: '1500m', mark: 229.04, date: '2023-06-02' }] },
  { id: '2', name: 'Armand Duplantis', country: 'SWE', personalBests: [{ event: 'Pole Vault', mark: 6.3, date: '2025-08-12' }] },
];
const rootValue = {
  athletes: ({ country }) => ATHLETES.filter((a) => !country || a.country === country),
  athlete: ({ id }) => ATHLETES.find((a) => a.id === id) ?? null,
};

const DEFAULT_QUERY = `# Offline GraphiQL check
query Athletes($country: String) {
  athletes(country: $country) {
    name
    country
    personalBests { event mark date }
  }
}
`;

const app = express();
app.use(
  ideRouter({
    endpoint: '/graphql',
    title: 'Athletics GraphQL (browser check)',
    defaultTabs: [{ query: DEFAULT_QUERY, variables: '{ "country": "SWE" }' }],
  }),
);
const graphqlPosts = [];
if (APOLLO) {
  const { ApolloServer } = require('@apollo/server');
  const { ApolloServerPluginLandingPageDisabled } = require('@apollo/server/plugin/disabled');
  const { expressMiddleware } = require('@as-integrations/express5');
  const apollo = new ApolloServer({ schema, rootValue, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  app.use(
    '/graphql',
    express.json(),
    (req, _res, next) => {
      if (req.method === 'POST') {
        graphqlPosts.push({
          contentType: req.headers['content-type'],
          operationName: req.body?.operationName ?? null,
          variables: req.body?.variables ?? null,
        });
      }
      next();
    },
    expressMiddleware(apollo),
  );
} else {
  app.post('/graphql', express.json(), async (req, res) => {
    graphqlPosts.push({
      contentType: req.headers['content-type'],
      operationName: req.body?.operationName ?? null,
      variables: req.body?.variables ?? null,
    });
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      res.status(400).json({ errors: [{ message: 'CSRF prevention: send content-type application/json' }] });
      return;
    }
    const { query, variables, operationName } = req.body ?? {};
    res.json(await graphql({ schema, source: query, variableValues: variables, operationName, rootValue }));
  });
}

const server = await new Promise((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
const origin = `http://127.0.0.1:${server.address().port}`;
console.log(`serving ${origin}/graphql (${APOLLO ? 'Apollo Server' : 'stub graphql-js handler'})`);

// 3. The browser.
const problems = [];
const consoleLines = [];
const requests = [];
const workers = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: !HEADED,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  // Offline except for our server: anything else is aborted and counts as a problem.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`external request blocked: ${url}`);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const line = `[console.${msg.type()}] ${msg.text()}`;
    consoleLines.push(line);
    if (msg.type() === 'error' || /Could not create web worker|Falling back to loading web worker/i.test(msg.text())) {
      problems.push(line);
    }
  });
  page.on('pageerror', (err) => problems.push(`[pageerror] ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`[requestfailed] ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => requests.push(`${req.method()} ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`[http ${res.status()}] ${res.url()}`);
  });
  page.on('worker', (w) => workers.push(w.url()));

  // Each step records a problem instead of aborting, so the report and screenshot still happen.
  const step = async (name, fn) => {
    try {
      return await fn();
    } catch (err) {
      problems.push(`step "${name}" failed: ${String(err.message).split('\n')[0]}`);
      return undefined;
    }
  };

  await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
  const text = (selector) => page.$eval(selector, (el) => (el.textContent ?? '').replace(/\u00a0/g, ' ')).catch(() => '');
  const waitForText = (selector, needle, timeout = 15_000) =>
    page.waitForFunction(
      // Monaco renders spaces as U+00A0
      ([sel, n]) =>
        document
          .querySelector(sel)
          ?.textContent?.replace(/\u00a0/g, ' ')
          .includes(n),
      [selector, needle],
      { timeout },
    );
  const QUERY_LINES = '.graphiql-query-editor .monaco-editor .view-lines';
  const RESPONSE_LINES = '.graphiql-response .monaco-editor .view-lines';

  await step('GraphiQL and Monaco render the default tab', async () => {
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForSelector(QUERY_LINES, { timeout: 30_000 });
    await waitForText(QUERY_LINES, 'athletes');
  });

  // Run it (the toolbar's execute button) and wait for the result in the response editor.
  await step('run the default query', async () => {
    await page.click('.graphiql-execute-button');
    await waitForText(RESPONSE_LINES, 'Armand Duplantis');
  });
  const response = await text(RESPONSE_LINES);
  const firstShot = OUT.replace(/(\.png)?$/, '-default-tab.png');
  await step("show the default tab's variables and screenshot it", async () => {
    const variablesTab = page.getByRole('button', { name: 'Variables', exact: true });
    if ((await page.locator('.graphiql-editor-tool .monaco-editor').count()) === 0) await variablesTab.click();
    await waitForText('.graphiql-editor-tool .monaco-editor .view-lines', '"country"');
    await page.screenshot({ path: firstShot });
  });

  // Type into a new tab and ask for completions: the GraphQL worker answers them from the
  // introspected schema.
  const suggestions =
    (await step('type a query in a new tab, with completion', async () => {
      await page.click('.graphiql-tab-add');
      await page.waitForFunction(() => document.querySelectorAll('.graphiql-tab').length >= 2);
      await page.click(QUERY_LINES);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('{ athl', { delay: 20 });
      await page.keyboard.press('Control+Space');
      await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 15_000 });
      const rows = await page.$$eval('.suggest-widget.visible .monaco-list-row', (els) =>
        els.map((r) => r.getAttribute('aria-label') || r.textContent),
      );
      await page.keyboard.press('Enter');
      await page.keyboard.type(' { name country }', { delay: 10 });
      await page.keyboard.press('Escape');
      return rows;
    })) ?? [];
  await step('run the typed query', async () => {
    await page.click('.graphiql-execute-button');
    await waitForText(RESPONSE_LINES, 'Faith Kipyegon');
  });
  const typed = await text(QUERY_LINES);
  const typedResponse = await text(RESPONSE_LINES);

  // Open the documentation explorer and go to the Athlete type.
  await step('open the docs at the Athlete type', async () => {
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 15_000 });
    await page
      .locator('.graphiql-doc-explorer a', { hasText: /^Query$/ })
      .first()
      .click();
    await page
      .locator('.graphiql-doc-explorer a', { hasText: /^Athlete$/ })
      .first()
      .click();
    await waitForText('.graphiql-doc-explorer', 'Best marks, one per event', 10_000);
  });
  const docs = await text('.graphiql-doc-explorer');

  await page.waitForTimeout(500); // let the editors settle for the screenshot
  await page.screenshot({ path: OUT });

  const external = requests.filter((r) => !r.split(' ')[1].startsWith(origin) && !/ (data|blob):/.test(r));
  console.log(`\nscreenshots: ${OUT} (final), ${firstShot} (default tab)`);
  console.log(`requests (${requests.length}):\n  ${requests.join('\n  ')}`);
  console.log(`workers (${workers.length}):\n  ${workers.join('\n  ')}`);
  console.log(`graphql POSTs (${graphqlPosts.length}):\n  ${graphqlPosts.map((p) => JSON.stringify(p)).join('\n  ')}`);
  console.log(`response pane (default tab): ${response.replace(/\s+/g, ' ').slice(0, 160)}…`);
  console.log(`typed query: ${typed.replace(/\s+/g, ' ')}`);
  console.log(`response pane (typed): ${typedResponse.replace(/\s+/g, ' ').slice(0, 160)}…`);
  console.log(`completions for "{ athl": ${suggestions.join(' | ')}`);
  console.log(`docs pane: ${docs.replace(/\s+/g, ' ').slice(0, 160)}…`);
  console.log(`console (${consoleLines.length}):\n  ${consoleLines.join('\n  ') || '(empty)'}`);

  if (!workers.some((w) => /graphql\.worker\.js/.test(w))) problems.push('the GraphQL worker was not started');
  if (!workers.some((w) => /editor\.worker\.js/.test(w))) problems.push('the editor worker was not started');
  if (!suggestions.some((s) => /athletes/.test(s))) problems.push('no "athletes" completion');
  if (external.length) problems.push(...external.map((r) => `external request: ${r}`));

  if (KEEP_OPEN) {
    console.log('\n--keep-open: press Ctrl+C to stop');
    await new Promise(() => {});
  }
} finally {
  if (!KEEP_OPEN) {
    await browser.close();
    server.close();
  }
}

if (problems.length) {
  console.error(`\nPROBLEMS (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('\nOK: page, editor, worker-backed completion, result and docs all rendered with no external loads and no console errors');
}
