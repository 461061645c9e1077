// Apollo keeps one parsed document per query text, so a query sent again arrives as the same
// operation node. Its measure is kept, keyed on the values of the variables the measure read
// (most operations read none: their `first` is written in the query). Measuring took about 4 % of
// a profile request's server CPU.
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { measureOperation, type OperationMeasure, type Variables } from './query-measure';

/** Value sets kept per operation; past it they are dropped and measured again. */
const MAX_VALUE_SETS = 64;

interface Entry {
  /** Every variable any measure of this operation has read, sorted. */
  names: string[];
  byValues: Map<string, OperationMeasure>;
}

export class MeasureCache {
  private readonly entries = new WeakMap<OperationDefinitionNode, Entry>();

  measure(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): OperationMeasure {
    const entry = this.entries.get(operation) ?? { names: [], byValues: new Map<string, OperationMeasure>() };
    const known = entry.byValues.get(valuesKey(entry.names, variables));
    if (known) return known;
    const read = new Set(entry.names);
    const measure = measureOperation(schema, document, operation, variables, (name) => read.add(name));
    // A measure depends only on the variables it read; one that read a new variable makes the
    // keys so far too coarse, so they go.
    if (read.size > entry.names.length) {
      entry.names = [...read].sort();
      entry.byValues.clear();
    }
    if (entry.byValues.size >= MAX_VALUE_SETS) entry.byValues.clear();
    entry.byValues.set(valuesKey(entry.names, variables), measure);
    this.entries.set(operation, entry);
    return measure;
  }
}

/** The values of the named variables; an absent variable differs from one given as null. */
function valuesKey(names: readonly string[], variables: Variables): string {
  return JSON.stringify(names.map((name) => (variables && Object.prototype.hasOwnProperty.call(variables, name) ? [variables[name]] : [])));
}
