// Static measures of an operation, taken before it runs: cost, depth and aliases.
//
// Cost counts the objects a query can return from lists, the way GitHub's node limit does:
// a connection field costs its `first` (its default when absent, 20) times (1 + what each item
// holds), so connections nested in connections multiply:
//   athletes(first: 100) { nodes { performances(first: 100) { nodes { id } } } }
//   = 100 × (1 + 100 × 1) = 10100.
// A plain list of objects counts its items the same way (the length of a list argument such
// as `nodes(ids:)`, else 1: plain lists are small fixed sets). Single objects cost nothing of
// their own (they are batch-loaded), except root fields, 1 each. Scalars and introspection
// (`__schema`, `__type`, `__typename`: in memory, nesting bounded by graphql-js's
// MaxIntrospectionDepthRule) cost nothing. Fragments are measured once and counted at every
// spread, so a fragment bomb measures as large as it would expand.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../modules/common/relay';

export interface OperationMeasure {
  cost: number;
  /** Deepest field nesting; a root field with scalars under it is 2. */
  depth: number;
  /** Aliased fields, counted at every place a fragment is spread. */
  aliases: number;
}

export type Variables = Readonly<Record<string, unknown>> | undefined;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Measures an operation with its variables. `onVariableRead` hears the name of every variable
 * the measure looks at (with or without a value): a cache can key the measure on those alone.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
  onVariableRead?: (name: string) => void,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, depth: 0, aliases: 0 };
  const given = variables ?? {};
  const lookup: VariableLookup = {
    has(name) {
      onVariableRead?.(name);
      return Object.prototype.hasOwnProperty.call(given, name);
    },
    get(name) {
      onVariableRead?.(name);
      return Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
    },
  };
  const measurer = new Measurer(schema, fragments, operation, lookup);
  return {
    cost: measurer.cost(operation.selectionSet, root, true),
    depth: measurer.depth(operation.selectionSet, root),
    aliases: measurer.aliases(operation.selectionSet),
  };
}

/** The request's variables, as the measure reads them. */
interface VariableLookup {
  has(name: string): boolean;
  get(name: string): unknown;
}

class Measurer {
  private readonly fragmentCost = new Map<string, number>();
  private readonly fragmentDepth = new Map<string, number>();
  private readonly fragmentAliases = new Map<string, number>();
  /** Fragments being measured: a cycle (invalid, rejected by validation) must not recurse forever. */
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly operation: OperationDefinitionNode,
    private readonly variables: VariableLookup,
  ) {}

  cost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, atRoot = false): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, parent, atRoot);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.cost(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent, atRoot);
      } else {
        const key = atRoot ? `${selection.name.value} (root)` : selection.name.value;
        total += this.viaFragment(selection.name.value, this.fragmentCost, 0, (f, type) => this.cost(f.selectionSet, type, atRoot), key);
      }
    }
    return total;
  }

  depth(selectionSet: SelectionSetNode, parent: GraphQLNamedType): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth: number;
      if (selection.kind === Kind.FIELD) {
        const named = this.fieldType(parent, selection.name.value);
        depth =
          selection.selectionSet && named && !INTROSPECTION_ROOTS.has(selection.name.value)
            ? 1 + this.depth(selection.selectionSet, named)
            : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = this.depth(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent);
      } else {
        depth = this.viaFragment(selection.name.value, this.fragmentDepth, 0, (f, type) => this.depth(f.selectionSet, type));
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  aliases(selectionSet: SelectionSetNode): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total += 1;
        if (selection.selectionSet) total += this.aliases(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.aliases(selection.selectionSet);
      } else {
        total += this.viaFragment(selection.name.value, this.fragmentAliases, 0, (f) => this.aliases(f.selectionSet));
      }
    }
    return total;
  }

  private fieldCost(field: FieldNode, parent: GraphQLNamedType, atRoot: boolean): number {
    const name = field.name.value;
    if (name.startsWith('__')) return 0;
    const definition = this.fieldDefinition(parent, name);
    if (!definition) return 0; // unknown field: validation reports it
    const named = getNamedType(definition.type);
    if (isLeafType(named)) return 0;
    const inner = field.selectionSet ? this.cost(field.selectionSet, named) : 0;
    if (isConnection(definition, named)) {
      return Math.max(1, this.pageSize(field, definition) * (1 + inner));
    }
    if (isListType(getNullableType(definition.type)) && !isStructural(parent)) {
      return this.listSize(field, definition) * (1 + inner);
    }
    return (atRoot ? 1 : 0) + inner;
  }

  /** The `first` this connection field will get, within 0..MAX_PAGE_SIZE (larger is refused by the resolver). */
  private pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    const argument = definition.args.find((a) => a.name === 'first') as GraphQLArgument;
    const value = this.argumentValue(field, argument);
    const size = typeof value === 'number' && Number.isFinite(value) ? value : Number(argument.defaultValue ?? DEFAULT_PAGE_SIZE);
    return Math.min(MAX_PAGE_SIZE, Math.max(0, Math.trunc(size)));
  }

  /** A plain list's expected length: its longest list argument, else 1. */
  private listSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    let size = 1;
    for (const argument of definition.args) {
      if (!isListType(getNullableType(argument.type))) continue;
      const value = this.argumentValue(field, argument);
      if (Array.isArray(value)) size = Math.max(size, value.length);
    }
    return Math.min(size, MAX_PAGE_SIZE);
  }

  /** The argument's value as the resolver will see it: literal, variable, variable default or schema default. */
  private argumentValue(field: FieldNode, argument: GraphQLArgument): unknown {
    const node = field.arguments?.find((a) => a.name.value === argument.name)?.value;
    if (!node) return argument.defaultValue;
    if (node.kind === Kind.VARIABLE) return this.variableValue(node.name.value, argument);
    return literalValue(node, this.variables);
  }

  private variableValue(name: string, argument: GraphQLArgument): unknown {
    if (this.variables.has(name)) return this.variables.get(name);
    const definition = this.operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    if (definition?.defaultValue) return valueFromAST(definition.defaultValue, argument.type);
    return argument.defaultValue;
  }

  private viaFragment<T>(
    name: string,
    memo: Map<string, T>,
    onCycle: T,
    measure: (fragment: FragmentDefinitionNode, type: GraphQLNamedType) => T,
    key = name,
  ): T {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const type = this.typeNamed(fragment?.typeCondition.name.value);
    if (!fragment || !type || this.visiting.has(name)) return onCycle;
    this.visiting.add(name);
    try {
      const value = measure(fragment, type);
      memo.set(key, value);
      return value;
    } finally {
      this.visiting.delete(name);
    }
  }

  private typeNamed(name: string | undefined): GraphQLNamedType | undefined {
    return name === undefined ? undefined : (this.schema.getType(name) ?? undefined);
  }

  private fieldDefinition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  }

  private fieldType(parent: GraphQLNamedType, name: string): GraphQLNamedType | undefined {
    if (name === '__schema') return this.schema.getType('__Schema') ?? undefined;
    if (name === '__type') return this.schema.getType('__Type') ?? undefined;
    const definition = this.fieldDefinition(parent, name);
    const named = definition && getNamedType(definition.type);
    return named && isCompositeType(named) ? named : undefined;
  }
}

/** A Relay connection field: a `first` argument and a `...Connection` type. */
function isConnection(definition: GraphQLField<unknown, unknown>, type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection') && definition.args.some((a) => a.name === 'first');
}

/** Inside a connection, `nodes` and `edges` are the items the connection already counted. */
function isStructural(parent: GraphQLNamedType): boolean {
  return parent.name.endsWith('Connection') || parent.name.endsWith('Edge');
}

/** A literal's plain value (variables inside lists resolved), enough for sizes and numbers. */
function literalValue(node: ValueNode, variables: VariableLookup): unknown {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variables));
    case Kind.VARIABLE:
      return variables.get(node.name.value);
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}
