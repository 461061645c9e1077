// `npm run schema:emit` writes schema.graphql from the code; `npm run schema:check` fails
// when the committed file differs from what the code emits (CI runs it).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/db/project-root';
import { appSchema, printAppSchema } from '../src/app/schema';

async function main(): Promise<void> {
  const file = join(projectRoot(), 'schema.graphql');
  const emitted = printAppSchema(await appSchema());
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (committed !== emitted) {
      console.error('schema.graphql is stale: it is not what the code emits. Run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code');
    return;
  }
  writeFileSync(file, emitted);
  console.log(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
