// Command line of `npm run query`: what to run, with which variables, against what, printed how.

export type OutputFormat = 'table' | 'csv' | 'json';
export const FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];
export const DEFAULT_URL = 'http://localhost:4000/graphql';

export interface QueryArgs {
  /** A .graphql file, or the name of a persisted query in queries/. */
  target?: string;
  variables: Record<string, unknown>;
  /** The variables as typed, for variables the operation declares as String or ID. */
  rawVariables: Record<string, string>;
  format: OutputFormat;
  /** The GraphQL endpoint of a running server (used unless databaseUrl is given). */
  url: string;
  /** Execute in-process against this PostgreSQL instead of calling a server. */
  databaseUrl?: string;
  /** Write to this file instead of stdout (CSV unless --format says otherwise). */
  output?: string;
  /** Which operation of a multi-operation document to run. */
  operationName?: string;
  help: boolean;
  list: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run -s query -- <file.graphql | name> [options]

Runs a GraphQL query and prints the result as a table, CSV or JSON. <name> is a persisted
query of queries/ (e.g. head-to-head); --list shows them with their variables.

Options:
  --var name=value        a variable; the value is read as JSON when it is valid JSON
                          ({"a":1}, 2024, true), else as text; repeat for more
  --format table|csv|json output format (default: table, or csv with --output)
  --output file           write the result to a file
  --url URL               a running server's endpoint (default ${DEFAULT_URL})
  --database-url URL      run in-process straight against this PostgreSQL instead
  --operation name        the operation to run when the file holds several
  --list                  list the persisted queries
  --help                  this text

Tables and CSV are flattened: the first list of objects in the result becomes the rows
(connection nodes or edges' nodes), nested objects become dotted columns (race.meet.name),
lists of scalars are joined with ';'. Values outside that list (e.g. totals) are shown
above the table; use --format json for everything.`;

/**
 * A variable's value: JSON when it parses (numbers, booleans, null, objects, arrays, quoted
 * strings), the raw text otherwise (so slugs need no quotes).
 */
export function parseVarValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** `name=value` → [name, value]; the value may itself contain '='. */
export function parseVar(assignment: string): [name: string, value: unknown, raw: string] {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new UsageError(`--var expects name=value, got "${assignment}"`);
  const name = assignment.slice(0, eq).trim().replace(/^\$/, '');
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new UsageError(`--var: "${name}" is not a GraphQL variable name`);
  const raw = assignment.slice(eq + 1);
  return [name, parseVarValue(raw), raw];
}

export function parseArgs(argv: readonly string[]): QueryArgs {
  const args: QueryArgs = { variables: {}, rawVariables: {}, format: 'table', url: DEFAULT_URL, help: false, list: false };
  let format: OutputFormat | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // --name=value and --name value are both accepted.
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--var':
      case '-v': {
        const [name, v, raw] = parseVar(value());
        args.variables[name] = v;
        args.rawVariables[name] = raw;
        break;
      }
      case '--format':
      case '-f': {
        const f = value();
        if (!FORMATS.includes(f as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${f}"`);
        format = f as OutputFormat;
        break;
      }
      case '--url':
        args.url = value();
        break;
      case '--database-url':
        args.databaseUrl = value();
        break;
      case '--output':
      case '-o':
        args.output = value();
        break;
      case '--operation':
        args.operationName = value();
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--list':
        args.list = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        if (args.target !== undefined) throw new UsageError(`one query at a time: got "${args.target}" and "${arg}"`);
        args.target = arg;
    }
  }
  // A file is for a spreadsheet unless told otherwise.
  args.format = format ?? (args.output ? 'csv' : 'table');
  return args;
}
