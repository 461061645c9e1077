// Results files shipped with the seed (seeds/results/*.csv, each row citing its source):
// imported by `npm start` on an empty embedded database and by `npm run db:seed`, through the
// same importer as any file, so they go in checked, all or nothing, and re-imports are no-ops.
// The test servers seed without them: their assertions are about seeds/*.json alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '../../db/client';
import { defaultSeedDir } from '../../db/seed/seed';
import { importResults, type ImportReport } from './importer';
import { PrismaSession } from './sql-session';

export interface SeededResults {
  file: string;
  report: ImportReport;
}

/** Imports every seeds/results/*.csv in name order; throws naming the file and its first errors when one is refused. */
export async function seedResults(prisma: PrismaClient, dir = join(defaultSeedDir(), 'results')): Promise<SeededResults[]> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort();
  } catch {
    return [];
  }
  const done: SeededResults[] = [];
  for (const file of files) {
    const contents = readFileSync(join(dir, file), 'utf8');
    const report = await prisma.$transaction(
      (tx) =>
        importResults(new PrismaSession(tx), [contents], {
          format: 'CSV',
          actor: { apiKeyId: null, name: 'seed' },
          label: `seeds/results/${file}`,
        }),
      { maxWait: 10_000, timeout: 10 * 60_000 },
    );
    if (!report.ok) {
      const first = report.errors
        .slice(0, 5)
        .map((e) => `line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`)
        .join('; ');
      throw new Error(`seeds/results/${file} was refused (${report.errorCount} error(s)): ${first}`);
    }
    done.push({ file, report });
  }
  return done;
}
