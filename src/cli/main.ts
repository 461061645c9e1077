// `npm run query`: runs a .graphql file or a persisted query and prints the result as a
// table, CSV or JSON. Returns the exit code: 0 done, 1 the operation failed, 2 bad usage.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, USAGE, UsageError, type QueryArgs } from './args';
import { toCsv } from './csv';
import { executeInProcess, executeOverHttp, type ExecutionResult } from './execute';
import { flatten } from './flatten';
import { describeVariables, fitVariables, loadQuery, operationOf, persistedQueryNames, summaryOf } from './queries';
import { toTable } from './table';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

export function render(result: ExecutionResult, format: QueryArgs['format']): string {
  if (format === 'json') return `${JSON.stringify(result.data ?? null, null, 2)}\n`;
  const flat = flatten(result.data ?? null);
  return format === 'csv' ? toCsv(flat) : toTable(flat);
}

function listPersisted(io: CliIo): void {
  for (const name of persistedQueryNames()) {
    const query = loadQuery(name);
    const vars = describeVariables(operationOf(query.document));
    io.stdout(
      `${name}\n${summaryOf(query.source)
        .map((l) => `  ${l}\n`)
        .join('')}${vars.map((v) => `    ${v}\n`).join('')}`,
    );
  }
}

function describeError(e: NonNullable<ExecutionResult['errors']>[number]): string {
  const code = e.extensions?.code ? ` [${String(e.extensions.code)}]` : '';
  const at = e.path?.length ? ` at ${e.path.join('.')}` : '';
  return `${e.message}${code}${at}`;
}

export async function runQueryCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let args: QueryArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.list) {
      listPersisted(io);
      return 0;
    }
    if (!args.target) throw new UsageError('which query? Give a .graphql file or one of: ' + persistedQueryNames().join(', '));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  let result: ExecutionResult;
  try {
    const query = loadQuery(args.target);
    const operation = operationOf(query.document, args.operationName);
    const op = {
      source: query.source,
      document: query.document,
      variables: fitVariables(operation, args.variables, args.rawVariables),
      operationName: operation.name?.value,
    };
    result = args.databaseUrl ? await executeInProcess(args.databaseUrl, op) : await executeOverHttp(args.url, op);
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }

  for (const e of result.errors ?? []) io.stderr(`error: ${describeError(e)}\n`);
  if (result.data === undefined || result.data === null) return 1;

  const text = render(result, args.format);
  if (args.output) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), args.output);
    writeFileSync(file, text);
    const rows = args.format === 'json' ? '' : ` (${flatten(result.data).rows.length} rows)`;
    io.stderr(`wrote ${args.format.toUpperCase()} to ${file}${rows}\n`);
  } else {
    io.stdout(text);
  }
  return result.errors?.length ? 1 : 0;
}
