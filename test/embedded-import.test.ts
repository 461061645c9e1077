// The embedded database (PGlite, what `npm start` runs on) takes real multi-source files as
// PostgreSQL does: the identity rules, the ties trigger and the partial indexes of the
// migrations all run there, through the importResults path (a Prisma transaction: the
// embedded server has no COPY). A 100 m final (countries the article never named, a wind-affected
// discipline) from one source, then the same final from a source that gives no countries,
// and from one that gives the wind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createDatabase, type Database } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDatabase } from '../src/db/seed/seed';
import { ApiKeyService } from '../src/modules/auth/api-key.service';
import { ImportService } from '../src/modules/imports/import.service';
import { csvOf, type ImportRow } from './support/import-rows';
import { startPGliteServer, type PGliteServer } from './support/pglite';

const rows = parse(readFileSync(join(__dirname, 'fixtures', 'real-results', 'finals.csv'), 'utf8'), { columns: true }) as ImportRow[];
const SENTINEL = 'https://www.sentinelassam.com/sports-news/noah-lyles-wins-gold-in-100-meters-at-paris-olympics-to-become-fastest-man';
const HANDBOOK = 'https://marathonhandbook.com/noah-lyles-olympic-100m-final/';
const KHABAR = 'https://pakistankhabar.tv/?p=6022';

let server: PGliteServer;
let db: Database;
let importSource: (source: string) => ReturnType<ImportService['importContents']>;
beforeAll(async () => {
  server = await startPGliteServer({ maxConnections: 4 });
  await migrateDatabase(server.url);
  db = createDatabase({ connectionString: server.url, maxConnections: 1 });
  await seedDatabase(db.prisma);
  const { info } = await new ApiKeyService(db.prisma).create('embedded-importer');
  const imports = new ImportService(db.prisma);
  importSource = (source) => imports.importContents('CSV', csvOf(rows.filter((r) => r.source === source)), false, info);
}, 60_000);
afterAll(async () => {
  await db?.close();
  await server?.stop();
});

it('imports a 100 m final, then two more sources about it without a second person', async () => {
  const first = await importSource(SENTINEL);
  expect(first.errors).toEqual([]);
  expect(first).toMatchObject({ committed: true, athletes: { created: 8 }, performances: { created: 8 } });
  const second = await importSource(HANDBOOK);
  expect(second.errors).toEqual([]);
  expect(second).toMatchObject({ committed: true, athletes: { created: 0 }, performances: { created: 0, matched: 8 } });
  expect(second.decisions.map((d) => d.rule)).toContain('RESULT_EVIDENCE'); // "Fred Kearley"
  // A third gives the race's wind, which the others lack, and calls Jacobs "Marcell Jacobs".
  const third = await importSource(KHABAR);
  expect(third.errors).toEqual([]);
  expect(third).toMatchObject({ committed: true, athletes: { created: 0 }, races: { matched: 1, updated: 1 } });
  const { rows: counts } = await db.pool.query(
    `SELECT count(DISTINCT p.athlete_id)::int AS athletes, count(*) FILTER (WHERE p.tied)::int AS ties, min(r.wind_mps)::text AS wind
       FROM performances p JOIN races r ON r.id = p.race_id JOIN events e ON e.id = r.event_id WHERE e.code = '100'`,
  );
  expect(counts[0]).toEqual({ athletes: 8, ties: 0, wind: '1.0' });
  // The database refuses a place held twice without "=" here too.
  await expect(
    db.pool.query(
      `UPDATE performances SET place = 1 WHERE place = 2 AND race_id IN (SELECT r.id FROM races r JOIN events e ON e.id = r.event_id WHERE e.code = '100')`,
    ),
  ).rejects.toMatchObject({ constraint: 'performances_place_held_alone' });
});
