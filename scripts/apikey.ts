// npm run apikey -- create <name> | list | revoke <name|id>
//
// API keys for writing (every mutation needs one: Authorization: Bearer <key>). `create`
// prints the key once: only its SHA-256 is stored, so a lost key is revoked and replaced.
import { createDatabase } from '../src/db/client';
import { ApiKeyError, ApiKeyService } from '../src/modules/auth/api-key.service';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('Usage: npm run apikey -- create <name> | list | revoke <name|id>   (DATABASE_URL gives the database)');
  process.exit(2);
}

const day = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 19) : '');

async function main(): Promise<void> {
  const [command, arg, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  if (!command || rest.length > 0) usage();
  if ((command === 'create' || command === 'revoke') && !arg) usage(`${command} needs a ${command === 'create' ? 'name' : 'name or id'}`);
  if (command === 'list' && arg) usage();
  if (!['create', 'list', 'revoke'].includes(command)) usage(`Unknown command "${command}"`);
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) usage('DATABASE_URL is not set');
  const db = createDatabase({ connectionString, maxConnections: 1 });
  try {
    const keys = new ApiKeyService(db.prisma);
    if (command === 'create') {
      const { key, info } = await keys.create(arg);
      console.log(
        `Created API key ${info.id} "${info.name}". The key (shown this once; store it now):\n\n${key}\n\nSend it as: Authorization: Bearer ${info.prefix}...`,
      );
    } else if (command === 'list') {
      const all = await keys.list();
      if (all.length === 0) console.log('No API keys. Create one with: npm run apikey -- create <name>');
      for (const k of all) {
        console.log(
          `${String(k.id).padStart(4)}  ${k.name.padEnd(24)} ${k.prefix}...  created ${day(k.createdAt)}  ${k.revokedAt ? `REVOKED ${day(k.revokedAt)}` : 'active'}`,
        );
      }
    } else {
      const info = await keys.revoke(arg);
      console.log(`Revoked API key ${info.id} "${info.name}" (${day(info.revokedAt)}): requests with it are now refused.`);
    }
  } catch (error) {
    if (!(error instanceof ApiKeyError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
