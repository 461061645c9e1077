// Where graphql-jit 0.8 answers differently from graphql-js, and what makes it answer the same.
// executor-parity.test.ts and jit-executor.test.ts hold the two executors to the same responses.
import {
  astFromValue,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The variables as a client would send them with every default written out: the operation's
 * defaults for absent variables, and input objects' field defaults for absent fields (an explicit
 * null stays null). graphql-jit 0.8 applies neither (it answers "was not provided" to a required
 * field that has a default); graphql-js and the spec apply both. Run only on variables graphql-js
 * has already accepted.
 */
export function withDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
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
    if (!Array.isArray(raw)) return withFieldDefaults(item, raw);
    const items = raw.map((value) => withFieldDefaults(item, value));
    // The same array when nothing was filled in: the variables are then not copied.
    return items.some((value, i) => value !== raw[i]) ? items : raw;
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
export function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined, // undefined: graphql-js takes the original error's
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
