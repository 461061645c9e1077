// `npm start` with no DATABASE_URL: the compiled server on an embedded PGlite in a data
// folder, migrated and seeded on first start, stopping cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');

interface Started { child: ChildProcess; url: string; output: () => string }

function startServer(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not become ready:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API and IDE: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const SEREM = '{ athlete(slug: "amos-serem") { performances(first: 10) { nodes { placeText mark { text } race { meet { name } } } } } }';

describe('npm start on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'athletics-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is built (npm test builds it first)', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it('migrates and seeds on first start, serves the API and the IDE, and stops on SIGTERM', async () => {
    const server = await startServer(dataDir);
    try {
      expect(server.output()).toMatch(/Applied migrations: .*_init/);
      expect(server.output()).toMatch(/Seeded: .*7 athletes/);
      const response = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEREM }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      const results = body.data.athlete.performances.nodes.map((p: any) => `${p.race.meet.name}: ${p.placeText} ${p.mark?.text}`);
      expect(results).toEqual(expect.arrayContaining(['Silesia 2024: 2 8:04.29', 'Paris 2024: 14 8:19.74']));

      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="graphiql"|graphiql/i);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  });

  it('keeps its data across restarts and does not seed twice', async () => {
    const server = await startServer(dataDir);
    try {
      expect(server.output()).toMatch(/Database schema is up to date/);
      expect(server.output()).not.toMatch(/Seeded/);
      const response = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ athletes { totalCount } }' }),
      });
      expect((await response.json()).data.athletes.totalCount).toBe(7);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  });
});
