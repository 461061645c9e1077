// npm run db:migrate                          apply pending prisma/migrations to DATABASE_URL
// npm run db:migrate -- --status              list applied / pending / failed migrations
// npm run db:migrate -- --rolled-back <name>  mark a failed migration rolled back (after
//                                             undoing its effects by hand), like
//                                             `prisma migrate resolve --rolled-back`

import { markMigrationRolledBack, migrateDatabase, migrationStatus, redact } from '../src/db/migrate';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set. Set it to the database to migrate, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/athletics npm run db:migrate',
    );
    process.exit(2);
  }
  const args = process.argv.slice(2).filter((a) => a !== '--');

  if (args[0] === '--status') {
    const s = await migrationStatus(url);
    console.log(`Database ${redact(url)}`);
    for (const name of s.applied) console.log(`  applied  ${name}${s.modified.includes(name) ? '  (migration.sql changed since)' : ''}`);
    for (const name of s.failed) console.log(`  FAILED   ${name}`);
    for (const name of s.pending) if (!s.failed.includes(name)) console.log(`  pending  ${name}`);
    for (const name of s.unknown) console.log(`  unknown  ${name}  (in the database, not in prisma/migrations)`);
    if (s.pending.length === 0 && s.failed.length === 0) console.log('Database is up to date');
    return;
  }

  if (args[0] === '--rolled-back') {
    if (!args[1]) throw new Error('Usage: npm run db:migrate -- --rolled-back <migration name>');
    await markMigrationRolledBack(url, args[1]);
    console.log(`Marked ${args[1]} as rolled back; it will be applied again by the next db:migrate`);
    return;
  }

  if (args.length > 0) throw new Error(`Unknown arguments: ${args.join(' ')}`);

  const started = Date.now();
  const { applied } = await migrateDatabase(url, { log: (msg) => console.log(msg) });
  if (applied.length === 0) {
    console.log('Database is up to date');
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${redact(url)} in ${Date.now() - started} ms:`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
