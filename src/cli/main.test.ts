// `npm run query` end to end: over HTTP against the real server, and in-process straight
// against a seeded test database; the persisted queries of queries/ on the seed data.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, validate } from 'graphql';
import { appSchema } from '../app/schema';
import { startTestApi, type TestApi } from '../../test/support/api';
import { createSeededTestDatabase, type TestDatabase } from '../../test/support/database';
import { runQueryCli } from './main';
import { loadQuery, persistedQueryNames } from './queries';

const ROOT = join(__dirname, '..', '..');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runQueryCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const H2H = ['head-to-head', '--var', 'a=amos-serem', '--var', 'b=soufiane-el-bakkali'];

it('has the persisted queries for the common questions, all valid against the schema', async () => {
  expect(persistedQueryNames()).toEqual(
    expect.arrayContaining(['athlete-results', 'head-to-head', 'medal-table', 'meet-results', 'season-top-list']),
  );
  const schema = await appSchema();
  for (const name of persistedQueryNames()) {
    const errors = validate(schema, parse(loadQuery(name).source)).map((e) => e.message);
    expect({ name, errors }).toEqual({ name, errors: [] });
  }
});

describe('against a running server (--url)', () => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    api = await startTestApi();
    dir = mkdtempSync(join(tmpdir(), 'query-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api?.stop();
  });

  it('prints the head-to-head as a table: the record above, the meetings below', async () => {
    const { code, stdout, stderr } = await run([...H2H, '--url', api.url]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('headToHead.winsA: 0\n');
    expect(stdout).toContain('headToHead.winsB: 2\n');
    expect(stdout).toContain('headToHead.leader.displayName: Soufiane El Bakkali\n');
    const lines = stdout.split('\n');
    const paris = lines.find((l) => l.includes('Paris 2024'));
    const silesia = lines.find((l) => l.includes('Silesia 2024'));
    expect(paris).toMatch(/14\s+8:19\.74.*1\s+8:06\.05.*13\.69/);
    expect(silesia).toMatch(/2\s+8:04\.29.*1\s+8:04\.29.*0\.00/);
    expect(stdout).toContain('(2 rows)');
  });

  it('writes CSV to --output, one line per result of the meet', async () => {
    const file = join(dir, 'silesia.csv');
    const { code, stderr } = await run(['meet-results', '--var', 'meet=silesia-2024', '--url', api.url, '--output', file]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/^wrote/) });
    expect(stderr).toMatch(/wrote CSV to .*silesia\.csv \(\d+ rows\)/);
    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const top2 = rows
      .slice(0, 2)
      .map((r) => [r['results.placeText'], r['results.athlete.displayName'], r['results.mark.text'], r['results.photoFinish']]);
    expect(top2).toEqual([
      ['1', 'Soufiane El Bakkali', '8:04.29', 'true'],
      ['2', 'Amos Serem', '8:04.29', 'true'],
    ]);
  });

  it("runs every persisted query within the server's limits (cost, depth)", async () => {
    for (const name of persistedQueryNames()) {
      const { code, stderr } = await run([name, '--format', 'json', '--url', api.url]);
      expect({ name, code, stderr }).toEqual({ name, code: 0, stderr: '' });
    }
  });

  it('runs a .graphql file (relative to where npm was started) as `npm run query` does, printing JSON', async () => {
    writeFileSync(
      join(dir, 'serem.graphql'),
      '# Amos Serem\'s marks\nquery Serem($slug: String = "amos-serem") { athlete(slug: $slug) { displayName performances(first: 10) { nodes { mark { text } } } } }\n',
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', './src/cli/ts-register.js', 'scripts/query.ts', 'serem.graphql', '--format', 'json', '--url', api.url],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: dir } },
    );
    const data = JSON.parse(stdout);
    expect(data.athlete.displayName).toBe('Amos Serem');
    expect(data.athlete.performances.nodes.map((p: { mark: { text: string } | null }) => p.mark?.text)).toEqual(
      expect.arrayContaining(['8:04.29', '8:19.74']),
    );
  });

  it("reports the API's errors with their code and fails (exit 1); bad usage exits 2", async () => {
    const bad = await run(['athlete-results', '--var', 'athlete=amos-serem', '--var', 'first=1000', '--url', api.url]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error: .*\[BAD_USER_INPUT\]/);
    const unknown = await run(['no-such-query', '--url', api.url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no persisted query "no-such-query".*head-to-head/);
    const down = await run([...H2H, '--url', 'http://127.0.0.1:9/graphql']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9\/graphql/);
  });

  describe('and in-process straight against a database (--database-url)', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createSeededTestDatabase();
    });
    afterAll(() => database?.drop());

    it('prints exactly what the server answers', async () => {
      const direct = await run([...H2H, '--database-url', database.url]);
      const viaHttp = await run([...H2H, '--url', api.url]);
      expect(direct.stderr).toBe('');
      expect(direct.code).toBe(0);
      expect(direct.stdout).toBe(viaHttp.stdout);
      for (const format of ['csv', 'json']) {
        const a = await run(['medal-table', '--format', format, '--database-url', database.url]);
        const b = await run(['medal-table', '--format', format, '--url', api.url]);
        expect(a.stdout).toBe(b.stdout);
      }
    });

    it('answers every persisted query on the seed data, without errors', async () => {
      const out: Record<string, string> = {};
      for (const name of persistedQueryNames()) {
        const { code, stdout, stderr } = await run([name, '--format', 'csv', '--database-url', database.url]);
        expect({ name, code, stderr }).toEqual({ name, code: 0, stderr: '' });
        out[name] = stdout;
      }
      const table = parseCsv(out['medal-table'], { columns: true }) as Array<Record<string, string>>;
      expect(table[0]).toMatchObject({ 'country.code': 'MAR', gold: '2' });
      const top = parseCsv(out['season-top-list'], { columns: true }) as Array<Record<string, string>>;
      expect(top.slice(0, 2).map((r) => [r.rank, r['mark.text']])).toEqual([
        ['1', '8:04.29'],
        ['1', '8:04.29'],
      ]);
      expect(out['athlete-results']).toContain('Silesia 2024');
    });
  });
});
