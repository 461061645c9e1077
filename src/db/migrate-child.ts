// Child-process entry of migrateInChildProcess (./migrate-process): applies the migrations to
// the database named by the parent and reports over IPC, then exits.
import { migrateDatabase } from './migrate';

export type MigrateChildReport = { applied: string[] } | { error: string };

async function main(): Promise<void> {
  const url = process.env.MIGRATE_DATABASE_URL;
  if (!url) throw new Error('MIGRATE_DATABASE_URL is not set');
  const { applied } = await migrateDatabase(url);
  await report({ applied });
}

function report(message: MigrateChildReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, () => resolve());
  });
}

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    await report({ error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
