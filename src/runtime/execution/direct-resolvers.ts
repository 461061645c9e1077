// Calls resolver methods without TypeGraphQL's per-call wrapper, where that wrapper would do
// nothing but cost.
//
// TypeGraphQL runs every @Query and @FieldResolver method through one generic function. On each
// call it sorts the method's parameters, finds the resolver's instance in a list, converts the
// arguments by looking their classes up in its metadata, and validates each argument in an async
// function, so every method with an argument answers with a promise, even with validation off:
// graphql-jit then completes that field's subtree asynchronously (a meet's 100 races, each with
// `results(first: 100)`). With no middleware, no auth checker and validation off (src/app/schema.ts
// builds the schema so), all of that can be worked out once: this installs, for each such field,
// a function generated for its parameter list that calls the method at once. Fields whose
// parameters need more (an input class to build, a custom or pub/sub parameter, a validated
// argument, a typed @Root) keep TypeGraphQL's resolver.
/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeGraphQL's metadata types class targets as Function */
import type { GraphQLSchema } from 'graphql';
import { GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
/** What queries and field resolvers have in common, and all this reads of them. */
type ResolverMetadata = Pick<FieldResolverMetadata, 'target' | 'methodName' | 'schemaName' | 'params' | 'middlewares' | 'roles'>;
type ParamMetadata = NonNullable<ResolverMetadata['params']>[number];
type Resolve = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ClassType = new () => object;

/** What was installed: `Type.field` names, for tests and for a reader wondering which path a field takes. */
export interface DirectResolvers {
  direct: string[];
  /** Field -> why it keeps TypeGraphQL's resolver. */
  wrapped: Map<string, string>;
}

/** Values that TypeGraphQL's argument conversion gives back as they are (scalars, enums, lists of them). */
const PASSED_AS_IS = new Set<unknown>([String, Number, Boolean, Date]);

function isInputClass(storage: Storage, type: unknown): boolean {
  return storage.inputTypes.some((input) => input.target === type);
}

/** The argument's type needs no conversion: a scalar (built-in or custom) or an enum object. */
function isPlainArgType(storage: Storage, type: unknown): boolean {
  if (PASSED_AS_IS.has(type) || type instanceof GraphQLScalarType) return true;
  return typeof type === 'object' && type !== null && !isInputClass(storage, type);
}

/** Fields of an @ArgsType class, its own first, then its superclasses', as TypeGraphQL gathers them. */
function argsFieldsOf(storage: Storage, argsClass: Function) {
  const own = storage.argumentTypes.find((t) => t.target === argsClass);
  if (!own) return undefined;
  let fields = own.fields ?? [];
  for (let parent = Object.getPrototypeOf(argsClass); parent.prototype !== undefined; parent = Object.getPrototypeOf(parent)) {
    const inherited = storage.argumentTypes.find((t) => t.target === parent);
    if (inherited?.fields) fields = [...fields, ...inherited.fields];
  }
  return fields;
}

/**
 * Builds an @Args parameter the way TypeGraphQL does (convertArgsToInstance + convertToType): an
 * instance of the class, its undefined own fields not given dropped, the given values assigned.
 */
function argsBuilder(argsClass: ClassType, names: readonly string[]) {
  return (args: Record<string, unknown>) => {
    const given: Record<string, unknown> = {};
    for (const name of names) if (args[name] !== undefined) given[name] = args[name];
    const instance = new argsClass() as Record<string, unknown>;
    for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in given)) delete instance[key];
    return Object.assign(instance, given);
  };
}

/** The expression passing one parameter, or why the field must keep TypeGraphQL's resolver. */
function parameterExpression(storage: Storage, param: ParamMetadata, builders: unknown[]): string | { reason: string } {
  const property = (base: string, name: string | undefined) => (name === undefined ? base : `${base}[${JSON.stringify(name)}]`);
  switch (param.kind) {
    case 'root':
      return param.getType ? { reason: 'typed @Root (converted per call)' } : property('root', param.propertyName);
    case 'context':
      return property('context', param.propertyName);
    case 'info':
      return 'info';
    case 'arg':
    case 'args': {
      if (param.validateFn || (param.validateSettings !== undefined && param.validateSettings !== false))
        return { reason: 'validated argument' };
      const type = param.getType();
      if (param.kind === 'arg')
        return isPlainArgType(storage, type) ? property('args', param.name) : { reason: `input class argument ${param.name}` };
      const fields = argsFieldsOf(storage, type as Function);
      if (!fields) return { reason: 'arguments class without metadata' };
      const input = fields.find((field) => !isPlainArgType(storage, field.getType()));
      if (input) return { reason: `input class argument ${input.name}` };
      builders.push(
        argsBuilder(
          type as ClassType,
          fields.map((field) => field.name),
        ),
      );
      return `builders[${builders.length - 1}](args)`;
    }
    default:
      return { reason: `${param.kind} parameter` };
  }
}

/** A resolver generated for one method's parameter list, or why there is none. */
function directResolver(storage: Storage, metadata: ResolverMetadata, instance: object): Resolve | { reason: string } {
  if (metadata.middlewares?.length) return { reason: 'middleware' };
  if (metadata.roles) return { reason: 'roles' };
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  const builders: unknown[] = [];
  const expressions: string[] = [];
  for (const param of params) {
    const expression = parameterExpression(storage, param, builders);
    if (typeof expression !== 'string') return expression;
    expressions.push(expression);
  }
  const method = (instance as Record<string, unknown>)[metadata.methodName];
  if (typeof method !== 'function') return { reason: 'not a method' };
  // Generated so that each field's call is a plain call with its own shape (no loop over parameters per call).
  const make = new Function(
    'method',
    'instance',
    'builders',
    `return function ${metadata.methodName.replace(/\W/g, '_')}Resolver(root, args, context, info) { return method.call(instance, ${expressions.join(', ')}); };`,
  );
  return make(method, instance, builders) as Resolve;
}

/** The GraphQL object type a field resolver belongs to, by the class its @Resolver names. */
function objectTypeNameOf(storage: Storage, metadata: FieldResolverMetadata): string | undefined {
  const target = metadata.getObjectType?.();
  return storage.objectTypes.find((type) => type.target === target)?.name;
}

/**
 * Replaces TypeGraphQL's resolver of every query and field resolver of `resolverClasses` (the
 * classes the schema was built from) that can be called directly. Only for a schema built with
 * `validate: false` and neither global middlewares nor an auth checker (the wrapper's only other
 * work); mutations keep TypeGraphQL's path.
 */
export function callResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[]): DirectResolvers {
  const storage = getMetadataStorage();
  const included = new Set(resolverClasses);
  // One instance per resolver class, made as TypeGraphQL's default container makes them (no
  // container is configured, and the classes hold no state: services come from the context).
  const instances = new Map<Function, object>();
  const instanceOf = (target: Function) => {
    let instance = instances.get(target);
    if (!instance) {
      instance = new (target as ClassType)();
      instances.set(target, instance);
    }
    return instance;
  };
  const result: DirectResolvers = { direct: [], wrapped: new Map() };
  const entries: Array<[string | undefined, ResolverMetadata]> = [
    ...storage.queries.map((query): [string | undefined, ResolverMetadata] => [schema.getQueryType()?.name, query]),
    ...storage.fieldResolvers
      .filter((field) => field.kind === 'external')
      .map((field): [string | undefined, ResolverMetadata] => [objectTypeNameOf(storage, field), field]),
  ];
  for (const [typeName, metadata] of entries) {
    if (!included.has(metadata.target)) continue;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[metadata.schemaName] : undefined;
    if (!field) continue;
    const key = `${typeName}.${metadata.schemaName}`;
    const resolve = directResolver(storage, metadata, instanceOf(metadata.target));
    if (typeof resolve === 'function') {
      field.resolve = resolve;
      result.direct.push(key);
    } else {
      result.wrapped.set(key, resolve.reason);
    }
  }
  return result;
}
