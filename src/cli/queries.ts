// Finding the operation to run: a .graphql file, or a persisted query of queries/ by name;
// and fitting the command line's variables to what the operation declares.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { projectRoot } from '../db/project-root';
import { UsageError } from './args';

export const QUERIES_DIR = join(projectRoot(), 'queries');

export interface LoadedQuery {
  /** Where it was read from. */
  file: string;
  source: string;
  document: DocumentNode;
}

/** Names of the persisted queries (file names of queries/*.graphql without the extension). */
export function persistedQueryNames(dir = QUERIES_DIR): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.replace(/\.graphql$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/**
 * `target` is a file when it names one (relative to the directory npm was started from, as
 * `npm run` itself runs in the project root), else the name of a persisted query.
 */
export function loadQuery(target: string, options: { cwd?: string; dir?: string } = {}): LoadedQuery {
  const cwd = options.cwd ?? process.env.INIT_CWD ?? process.cwd();
  const dir = options.dir ?? QUERIES_DIR;
  const asFile = isAbsolute(target) ? target : resolve(cwd, target);
  let file: string;
  if (/\.(graphql|gql)$/.test(target) || target.includes('/')) {
    if (!existsSync(asFile)) throw new UsageError(`no such file: ${asFile}`);
    file = asFile;
  } else {
    file = join(dir, `${target}.graphql`);
    if (!existsSync(file)) {
      const names = persistedQueryNames(dir);
      throw new UsageError(`no persisted query "${target}" in ${dir}; there are: ${names.join(', ') || '(none)'}`);
    }
  }
  const source = readFileSync(file, 'utf8');
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  return { file, source, document };
}

export function operationOf(document: DocumentNode, operationName?: string): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) {
    const op = operations.find((o) => o.name?.value === operationName);
    if (!op)
      throw new UsageError(
        `no operation "${operationName}"; there are: ${operations.map((o) => o.name?.value ?? '(anonymous)').join(', ')}`,
      );
    return op;
  }
  if (operations.length !== 1) {
    throw new UsageError(
      `the document holds ${operations.length} operations: choose one with --operation (${operations.map((o) => o.name?.value ?? '(anonymous)').join(', ')})`,
    );
  }
  return operations[0];
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * `--var year=2024` reads as a number, which a String or ID variable would refuse: for
 * variables the operation declares as String or ID (not lists), the text as typed is sent.
 * Unknown variables are refused here, with the ones the operation takes.
 */
export function fitVariables(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  raw: Record<string, string>,
): Record<string, unknown> {
  const declared = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.type]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) {
    const type = declared.get(name);
    if (!type) {
      const names = [...declared.keys()].map((n) => `$${n}`).join(', ') || 'none';
      throw new UsageError(`the operation has no variable $${name} (it takes: ${names})`);
    }
    const unwrapped = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
    const textual = unwrapped.kind === Kind.NAMED_TYPE && ['String', 'ID'].includes(namedType(type));
    out[name] = textual && typeof value !== 'string' && value !== null && name in raw ? raw[name] : value;
  }
  return out;
}

/** One line per variable: `$name: Type = default`. */
export function describeVariables(operation: OperationDefinitionNode): string[] {
  return (operation.variableDefinitions ?? []).map(
    (d) => `$${d.variable.name.value}: ${print(d.type)}${d.defaultValue ? ` = ${print(d.defaultValue)}` : ''}`,
  );
}

/** The leading comment of a .graphql file: what question it answers, how to vary it. */
export function summaryOf(source: string): string[] {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.trim().startsWith('#')) break;
    lines.push(line.replace(/^\s*#\s?/, '').trimEnd());
  }
  return lines;
}
