// `npm run db:seed`: loads seeds/ into DATABASE_URL (idempotent; migrate first).
import { createDatabase } from '../src/db/client';
import { seedDatabase } from '../src/db/seed/seed';
import { seedResults } from '../src/modules/imports/seed-results';

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error('DATABASE_URL is not set: give the PostgreSQL to seed, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/athletics');
    process.exit(2);
  }
  const db = createDatabase({ connectionString, maxConnections: 1 });
  try {
    const summary = await seedDatabase(db.prisma);
    console.log(
      `Seeded (upserted by natural key): ${Object.entries(summary)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    for (const { file, report } of await seedResults(db.prisma)) {
      console.log(`Seeded results: seeds/results/${file} (${report.rowsRead} rows, ${report.performances.created} new performances)`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
