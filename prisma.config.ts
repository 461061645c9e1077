// Prisma CLI configuration. Only `prisma generate` uses the CLI here: migrations run
// through the WASM schema engine (src/db/migrate.ts) because the native engine cannot
// be downloaded on our machines.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
