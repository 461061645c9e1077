// Refuses an operation before it executes when it is too deep, too aliased or too costly
// (measured with its variables, so `first: $n` counts), or when a string argument holds
// U+0000, which PostgreSQL text cannot store. Errors have code QUERY_TOO_COMPLEX (or
// BAD_USER_INPUT), name the limit and its value, and come with HTTP 400.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Limits } from '../config';
import { MeasureCache } from './measure-cache';

export type QueryLimits = Pick<Limits, 'maxCost' | 'maxDepth' | 'maxAliases'>;

export function queryTooComplex(limit: 'cost' | 'depth' | 'aliases', actual: number, maximum: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, actual, http: { status: 400 } },
  });
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const measures = new MeasureCache();
  // Literals are part of the document: checked once per parsed document.
  const nulLiterals = new WeakMap<DocumentNode, string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo reports the missing operation itself
          const { depth, aliases, cost } = measures.measure(schema, document, operation, request.variables);
          if (depth > limits.maxDepth) {
            throw queryTooComplex('depth', depth, limits.maxDepth, `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
          }
          if (aliases > limits.maxAliases) {
            throw queryTooComplex(
              'aliases',
              aliases,
              limits.maxAliases,
              `Query uses ${aliases} aliases, more than the limit of ${limits.maxAliases}`,
            );
          }
          if (cost > limits.maxCost) {
            const shown = Number.isSafeInteger(cost) ? String(cost) : 'beyond counting';
            throw queryTooComplex(
              'cost',
              Number.isSafeInteger(cost) ? cost : Number.MAX_SAFE_INTEGER,
              limits.maxCost,
              `Query cost ${shown} exceeds the limit of ${limits.maxCost}: a connection costs its \`first\` times ` +
                '(1 + the cost of each item), so ask for smaller pages or fewer nested lists',
            );
          }
          let literal = nulLiterals.get(document);
          if (literal === undefined) nulLiterals.set(document, (literal = nulInLiterals(document) ?? null));
          const nul = nulInVariables(request.variables) ?? literal ?? undefined;
          if (nul) {
            throw new GraphQLError(`${nul}: strings may not contain the character U+0000`, {
              extensions: { code: 'BAD_USER_INPUT', argumentName: nul.replace(/^\$/, ''), http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The first variable ("$name") whose value holds U+0000 anywhere inside it. */
function nulInVariables(variables: Readonly<Record<string, unknown>> | undefined): string | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (holdsNul(value, 0)) return `$${name}`;
  }
  return undefined;
}

function holdsNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.values(value as object).some((v) => holdsNul(v, depth + 1));
}

/** The first argument whose literal value holds U+0000. */
function nulInLiterals(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (!found && literalHoldsNul(node.value)) found = node.name.value;
    },
  });
  return found;
}

function literalHoldsNul(node: ValueNode): boolean {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes('\u0000');
    case Kind.LIST:
      return node.values.some(literalHoldsNul);
    case Kind.OBJECT:
      return node.fields.some((f) => literalHoldsNul(f.value));
    default:
      return false;
  }
}
