// Executes hot queries with graphql-jit, everything else with graphql-js.
//
// graphql-js interprets the document field by field on every request; graphql-jit compiles an
// operation once into a JavaScript function. A meet's full results (about 6,000 fields) took
// 20-28 % less server CPU compiled (scripts/bench/README.md). Apollo Server 5 has no executor
// option; its gateway interface is the one place an executor plugs in, and everything before
// execution (parsing, validation, the query limits, plugins) stays Apollo's.
//
// What graphql-jit needs of the schema: a field whose value may be a promise has a resolver
// (it reads the others synchronously: Connection.totalCount is `simple: false`), and abstract
// types resolve synchronously (src/app/schema.ts gives them back their plain resolveType).
//
// Only queries are compiled, and only when their document is seen a second time: an analyst's
// one-off query gets no compile cost, and mutations keep graphql-js's exact serial semantics.
// Variables are coerced by graphql-js first, so bad variables get graphql-js's own errors (and
// Apollo's BAD_USER_INPUT code and status 400).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { asGraphQLJsError, withDefaults } from './jit-compat';

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

  constructor(
    private readonly schema: GraphQLSchema,
    options: CompiledOperationsOptions = {},
  ) {
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
