import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { defaultMigrationsDir, migrationStatus } from './migrate';
import { migrateInChildProcess } from './migrate-process';
import { projectRoot } from './project-root';

// The compiled entry: `npm test` builds dist/ first (pretest).
const CHILD = join(projectRoot(), 'dist', 'src', 'db', 'migrate-child.js');
const MIGRATIONS = readdirSync(defaultMigrationsDir(), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let db: TestDatabase;

beforeAll(async () => {
  if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: run npm run build first`);
  db = await createTestDatabase({ migrate: false });
});

afterAll(async () => {
  await db?.drop();
});

describe('migrateInChildProcess', () => {
  it('applies every migration from a child process, then nothing the second time', async () => {
    expect(await migrateInChildProcess(db.url, CHILD)).toEqual({ applied: MIGRATIONS });
    expect((await migrationStatus(db.url)).pending).toEqual([]);
    expect(await migrateInChildProcess(db.url, CHILD)).toEqual({ applied: [] });
  });

  it("rejects with the child's reason when the database cannot be reached", async () => {
    await expect(migrateInChildProcess('postgres://postgres@127.0.0.1:1/nowhere', CHILD)).rejects.toThrow(
      /Can't reach database server at `127.0.0.1:1`/,
    );
  });
});
