// `npm start` with no DATABASE_URL: the compiled server on an embedded PGlite in a data
// folder, migrated and seeded on first start, stopping cleanly on SIGTERM.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleTabs } from '../src/app/example-operations';
import { COMPILED_MAIN, startCompiledServer, type CompiledServer } from './support/compiled-server';

function startServer(dataDir: string): Promise<CompiledServer> {
  // An empty DATABASE_URL counts as unset: the embedded database is used.
  return startCompiledServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
}

function stop(server: CompiledServer): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

const SEREM = '{ athlete(slug: "amos-serem") { performances(first: 10) { nodes { placeText mark { text } race { meet { name } } } } } }';

describe('npm start on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'athletics-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is built (npm test builds it first)', () => {
    expect(existsSync(COMPILED_MAIN)).toBe(true);
  });

  it('migrates and seeds on first start, serves the API and the IDE, and stops on SIGTERM', async () => {
    const server = await startServer(dataDir);
    try {
      expect(server.output()).toMatch(/Applied migrations: .*_init/);
      expect(server.output()).toMatch(/Seeded: .*7 athletes/);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEREM }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      const results = body.data.athlete.performances.nodes.map((p: any) => `${p.race.meet.name}: ${p.placeText} ${p.mark?.text}`);
      expect(results).toEqual(expect.arrayContaining(['Silesia 2024: 2 8:04.29', 'Paris 2024: 14 8:19.74']));

      // Requests at once use several pooled connections, which PGlite serves from one session:
      // statements they prepare under one name would collide there (so none are prepared).
      const answers = await Promise.all(
        exampleTabs().flatMap((tab) =>
          [1, 2].map(async () => {
            const reply = await fetch(server.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined }),
            });
            return ((await reply.json()) as { errors?: unknown[] }).errors;
          }),
        ),
      );
      expect(answers.filter(Boolean)).toEqual([]);

      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="graphiql"|graphiql/i);
    } finally {
      expect(await stop(server)).toBe(0);
    }
  });

  it('keeps its data across restarts and does not seed twice', async () => {
    const server = await startServer(dataDir);
    try {
      expect(server.output()).toMatch(/Database schema is up to date/);
      expect(server.output()).not.toMatch(/Seeded/);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ athletes { totalCount } }' }),
      });
      expect((await response.json()).data.athletes.totalCount).toBe(7);
    } finally {
      expect(await stop(server)).toBe(0);
    }
  });
});
