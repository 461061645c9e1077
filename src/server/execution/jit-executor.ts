// Executes hot queries with graphql-jit, everything else with graphql-js.
//
// graphql-js interprets the document field by field on every request; graphql-jit compiles an
// operation once into a JavaScript function. For a meet's full results (thousands of fields)
// that is most of the server's CPU per request (scripts/bench/README.md). Apollo Server 5 has no
// executor option; its gateway interface is the one place an executor plugs in, and everything
// before execution (parsing, validation, the query limits, plugins) stays Apollo's.
//
// Only queries are compiled, and only when their document is seen a second time: an analyst's
// one-off query gets no compile cost, and mutations keep graphql-js's exact serial semantics.
// Variables are coerced by graphql-js first, so bad variables get graphql-js's own errors (and
// Apollo's BAD_USER_INPUT code and status 400).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  execute,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How a request's operation is run. */
export type ExecutorKind = 'jit' | 'graphql-js';

export interface CompiledOperationsOptions {
  /** Compiled operations kept (least recently used dropped first). */
  maxCompiled?: number;
  /** Operations remembered as seen but not yet compiled. */
  maxSeen?: number;
  /** The sighting of an operation that compiles it (default 2; 1 compiles at once, as tests do). */
  compileOnSighting?: number;
}

/** Not compiled: graphql-js runs it (compilation failed, or the operation is not a query). */
const INTERPRET = 'interpret';
type Plan = CompiledQuery | typeof INTERPRET;

/** A bounded map whose oldest-used entry goes first (a Map keeps insertion order). */
class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
  delete(key: string): boolean {
    return this.entries.delete(key);
  }
  get size(): number {
    return this.entries.size;
  }
}

/** Compiled operations of one schema, keyed by Apollo's query hash and the operation's name. */
export class CompiledOperations {
  private readonly plans: Lru<Plan>;
  private readonly seen: Lru<number>;
  private readonly compileOnSighting: number;
  /** Counts, for tests and diagnostics. */
  readonly stats = { compiled: 0, jitRuns: 0, interpretedRuns: 0 };

  constructor(private readonly schema: GraphQLSchema, options: CompiledOperationsOptions = {}) {
    this.plans = new Lru(options.maxCompiled ?? 500);
    this.seen = new Lru(options.maxSeen ?? 2000);
    this.compileOnSighting = Math.max(1, options.compileOnSighting ?? 2);
  }

  /** The gateway executor Apollo calls for every operation that passed validation. */
  readonly executor: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    const variables = request.request.variables ?? {};
    // No operation: the name matches none of the document's (or several and none named);
    // graphql-js answers that with the error Apollo turns into a 400.
    const plan = operation
      ? this.planFor(`${request.queryHash}:${request.operationName ?? ''}`, () =>
          operation.operation === 'query' ? this.compile(request.document, request.operationName) : INTERPRET,
        )
      : undefined;
    if (plan === undefined || plan === INTERPRET) {
      this.stats.interpretedRuns++;
      return (await execute({
        schema: this.schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName: request.request.operationName,
      })) as ExecutionResult;
    }
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    this.stats.jitRuns++;
    const result = await plan.query(undefined, context, withDefaults(this.schema, operation, variables));
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  /** The plan for a key: undefined before its compiling sighting, compiled (or INTERPRET) from then on. */
  private planFor(key: string, make: () => Plan): Plan | undefined {
    const plan = this.plans.get(key);
    if (plan !== undefined) return plan;
    const sightings = (this.seen.get(key) ?? 0) + 1;
    if (sightings < this.compileOnSighting) {
      this.seen.set(key, sightings);
      return undefined;
    }
    this.seen.delete(key);
    const made = make();
    this.plans.set(key, made);
    return made;
  }

  private compile(document: DocumentNode, operationName: string | null): Plan {
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return INTERPRET;
    this.stats.compiled++;
    return compiled;
  }
}

/**
 * The variables as a client would send them with every default written out: the operation's
 * defaults for absent variables, and input objects' field defaults for absent fields (an explicit
 * null stays null). graphql-jit 0.8 applies neither (it answers "was not provided" to a required
 * field that has a default); graphql-js and the spec apply both. Run only on variables graphql-js
 * has already accepted.
 */
function withDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const given = name in variables ? variables[name] : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
    const complete = type && given !== undefined ? withFieldDefaults(type, given) : given;
    if (complete !== variables[name]) {
      filled ??= { ...variables };
      filled[name] = complete;
    }
  }
  return filled ?? variables;
}

function withFieldDefaults(type: GraphQLInputType, raw: unknown): unknown {
  if (raw === null || raw === undefined) return raw;
  if (isNonNullType(type)) return withFieldDefaults(type.ofType, raw);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    return Array.isArray(raw) ? raw.map((value) => withFieldDefaults(item, value)) : withFieldDefaults(item, raw);
  }
  if (!isInputObjectType(type) || typeof raw !== 'object') return raw;
  const given = raw as Record<string, unknown>;
  let complete: Record<string, unknown> | undefined;
  for (const field of Object.values(type.getFields())) {
    let value: unknown;
    if (field.name in given) value = withFieldDefaults(field.type, given[field.name]);
    else if (field.defaultValue !== undefined) value = valueFromASTUntyped(astFromValue(field.defaultValue, field.type)!);
    else continue;
    if (value !== given[field.name]) {
      complete ??= { ...given };
      complete[field.name] = value;
    }
  }
  return complete ?? raw;
}

/**
 * graphql-jit's errors are its own GraphQLError look-alike, whose `extensions` is undefined when
 * the original error had none (Apollo's formatter reads `extensions.code`). The same error,
 * rebuilt by graphql-js: message, locations, path, original error and its extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined, // undefined: graphql-js takes the original error's
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/**
 * Apollo's gateway interface around a fixed schema: `load` hands Apollo the schema (through the
 * update callback, as Apollo expects) and the executor.
 */
export function executingGateway(schema: GraphQLSchema, operations: CompiledOperations): GatewayInterface {
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => {
        announce = undefined;
      };
    },
    async load() {
      // Apollo reads the schema from this callback; the SDL is only used by federation.
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: operations.executor };
    },
    async stop() {},
  };
}
