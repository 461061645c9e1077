import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../../test/support/database';
import { createDatabase, type Database } from '../client';
import { defaultSeedDir, seedDatabase } from './seed';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ connectionString: database.url, maxConnections: 2 });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const counts = async () => {
  const rows = await db.pool.query(`
    SELECT (SELECT count(*) FROM athletes) AS athletes, (SELECT count(*) FROM athlete_aliases) AS aliases,
           (SELECT count(*) FROM meets) AS meets, (SELECT count(*) FROM races) AS races,
           (SELECT count(*) FROM performances) AS performances, (SELECT count(*) FROM entries) AS entries,
           (SELECT count(*) FROM performance_sources) AS performance_sources, (SELECT count(*) FROM meet_sources) AS meet_sources`);
  return rows.rows[0];
};

function seedCopy(edit: (meets: any[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(defaultSeedDir(), dir, { recursive: true });
  const meets = JSON.parse(readFileSync(join(dir, 'meets.json'), 'utf8'));
  edit(meets);
  writeFileSync(join(dir, 'meets.json'), JSON.stringify(meets));
  return dir;
}

describe('seedDatabase', () => {
  it('rejects a bad file before writing anything, naming the file and the path', async () => {
    const dir = seedCopy((meets) => {
      meets[0].races[0].results[2].mark = '8.04.34';
    });
    await expect(seedDatabase(db.prisma, dir)).rejects.toThrow(/meets\.json: \$\[0\]\.races\[0\]\.results\[2\]\.mark: .*8\.04\.34/);
    expect(await counts()).toMatchObject({ athletes: '0', meets: '0', performances: '0' });
  });

  it('rolls back everything when a row breaks a rule half-way through', async () => {
    const dir = seedCopy((meets) => {
      // The last meet with results, so that everything before it has been written.
      const withResults = meets.filter((meet: any) => meet.races[0].results.length > 0);
      withResults[withResults.length - 1].races[0].results[0].athlete = 'nobody-known';
    });
    await expect(seedDatabase(db.prisma, dir)).rejects.toThrow(/results\[0\]\.athlete: "nobody-known" is not defined/);
    expect(await counts()).toMatchObject({ athletes: '0', meets: '0', performances: '0' });
  });

  it('loads the article and a second run adds nothing', async () => {
    const first = await seedDatabase(db.prisma);
    expect(first).toMatchObject({ athletes: 7, meets: 9, races: 9, performances: 17, entries: 2 });
    const before = await counts();
    expect(before).toMatchObject({ athletes: '7', meets: '9', performances: '17', entries: '2', aliases: '8' });
    await seedDatabase(db.prisma);
    expect(await counts()).toEqual(before);
  });

  it('links every meet and every performance to at least one source', async () => {
    const orphans = await db.pool.query(`
      SELECT 'meet' AS kind, m.slug AS key FROM meets m WHERE NOT EXISTS (SELECT 1 FROM meet_sources s WHERE s.meet_id = m.id)
      UNION ALL
      SELECT 'performance', p.id::text FROM performances p WHERE NOT EXISTS (SELECT 1 FROM performance_sources s WHERE s.performance_id = p.id)`);
    expect(orphans.rows).toEqual([]);
  });

  it('lets the database refuse what contradicts itself: a DNF with a place', async () => {
    const perf = await db.prisma.performance.findFirstOrThrow();
    await expect(db.prisma.performance.update({ where: { id: perf.id }, data: { status: 'DNF' } })).rejects.toThrow(
      /performances_non_finisher_has_no_place_or_mark/,
    );
  });
});
