// npm run import -- <file> [--format csv|json] [--dry-run]
//
// Imports a results file (see README, "Importing results") into DATABASE_URL in one
// transaction: every row is written, or none. Every bad row is printed with its line (CSV)
// or array index (JSON), column and reason. Exit status: 0 imported, 1 not imported
// (bad rows or a failure), 2 wrong usage.
import { isAbsolute, resolve } from 'node:path';
import { fileSize, formatOfFile, importFile } from '../src/modules/imports/import-file';
import type { ImportFormat } from '../src/modules/imports/import-format';
import { progressView, summary } from '../src/modules/imports/progress';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('Usage: npm run import -- <file.csv|file.json> [--format csv|json] [--dry-run]');
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; format: ImportFormat | null; dryRun: boolean } {
  let file: string | null = null;
  let format: ImportFormat | null = null;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--format') {
      const value = (argv[++i] ?? '').toUpperCase();
      if (value !== 'CSV' && value !== 'JSON') usage(`--format must be csv or json, got "${argv[i] ?? ''}"`);
      format = value;
    } else if (arg.startsWith('-')) usage(`Unknown option ${arg}`);
    else if (file === null) file = arg;
    else usage('Give one file');
  }
  if (file === null) usage();
  // npm runs scripts from the project root; a relative path means where the user typed it.
  const base = process.env.INIT_CWD || process.cwd();
  return { file: isAbsolute(file) ? file : resolve(base, file), format, dryRun };
}

async function main(): Promise<void> {
  const { file, format, dryRun } = parseArgs(process.argv.slice(2));
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    usage('DATABASE_URL is not set: give the PostgreSQL to import into, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/athletics');
  if (!format && !formatOfFile(file)) usage(`Cannot tell the format of ${file}: name it .csv or .json, or pass --format`);
  let size: number;
  try {
    size = await fileSize(file);
  } catch (error) {
    usage(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const view = progressView(size);
  try {
    const report = await importFile(connectionString, file, {
      format: format ?? undefined,
      dryRun,
      maxErrors: 1000,
      onError: (e) => view.error(e),
      onProgress: (p) => view.progress(p),
      onPhase: (name) => view.phase(name),
    });
    view.done();
    console.log(summary(report, file));
    console.log(`Peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    view.done();
    console.error(`Import failed, nothing was written: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

void main();
