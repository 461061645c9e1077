// Turns a GraphQL result (a tree) into a table an analyst can sort and paste:
// - the first list of objects found (depth first, in the order the query selected fields)
//   gives the rows: a connection's `nodes`, or its `edges` with each edge's `node` inlined;
// - nested objects become dotted columns (`race.meet.name`), lists of scalars are joined
//   with ';', and the connection wrappers `nodes` / `edges` / `node` are left out of names;
// - inside a row, the first nested list of objects is unnested (its items become rows that
//   repeat the row's other columns; an empty one leaves the row once, with blanks), so a
//   meet's races with their results read as one results sheet; any further nested list of
//   objects is kept as JSON in one cell;
// - values outside the row list (an athlete's name above its results, totals) are returned
//   apart, as `context`.

export type Cell = string;
export type Row = Record<string, Cell>;

export interface FlatResult {
  /** Column names in the order the query selected them. */
  columns: string[];
  rows: Row[];
  /** Values outside the row list, as [dotted path, value]. */
  context: Array<[string, Cell]>;
  /** Where the rows came from (dotted path), or null when the result holds no list of objects. */
  rowPath: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const WRAPPERS = new Set(['nodes', 'edges', 'node']);

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list whose items are objects (nulls allowed); an empty `nodes`/`edges` counts too. */
function isObjectList(value: unknown, key: string): value is Json[] {
  if (!Array.isArray(value)) return false;
  if (value.length === 0) return key === 'nodes' || key === 'edges';
  return value.every((v) => v === null || isObject(v)) && value.some(isObject);
}

const join = (prefix: string, key: string) => (WRAPPERS.has(key) ? prefix : prefix ? `${prefix}.${key}` : key);

/** A scalar or a list of scalars as text; anything else as compact JSON. */
export function cellText(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    return value.map((v) => cellText(v)).join(';');
  }
  return JSON.stringify(value);
}

/** An edge's node with the edge's own fields (cursor...) beside it. */
function unwrapEdge(item: Json): Json {
  if (!isObject(item) || !isObject(item.node)) return item;
  const { node, ...edgeFields } = item;
  return { ...edgeFields, ...node };
}

/** Depth first, in selection order: the path (keys) to the first list of objects. */
function findRowList(value: Json, path: string[] = []): string[] | null {
  if (!isObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    if (isObjectList(child, key)) return [...path, key];
    if (isObject(child)) {
      const found = findRowList(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

// A row under construction: cells in selection order, with a marker where the first
// nested list's columns go.
type Entry = [string, Cell] | { unnest: Json[]; prefix: string };

function collect(value: JsonObject, prefix: string, entries: Entry[], state: { unnested: boolean }): void {
  for (const [key, child] of Object.entries(value)) {
    const name = join(prefix, key);
    if (isObjectList(child, key)) {
      if (!state.unnested) {
        state.unnested = true;
        entries.push({ unnest: child, prefix: name });
      } else {
        entries.push([name, JSON.stringify(child)]);
      }
    } else if (isObject(child)) {
      collect(child, name, entries, state);
    } else {
      entries.push([name, cellText(child)]);
    }
  }
}

/** One object → one or more rows (more when it holds a list of objects). */
function rowsOf(value: Json, prefix: string): Array<Array<[string, Cell]>> {
  const object = unwrapEdge(value);
  if (!isObject(object)) return [[[prefix || 'value', cellText(object)]]];
  const entries: Entry[] = [];
  collect(object, prefix, entries, { unnested: false });
  const marker = entries.findIndex((e) => !Array.isArray(e));
  const cells = (list: Entry[]) => list.filter((e): e is [string, Cell] => Array.isArray(e));
  if (marker < 0) return [cells(entries)];
  const { unnest, prefix: childPrefix } = entries[marker] as { unnest: Json[]; prefix: string };
  const before = cells(entries.slice(0, marker));
  const after = cells(entries.slice(marker + 1));
  if (unnest.length === 0) return [[...before, ...after]];
  return unnest.flatMap((item) => rowsOf(item, childPrefix).map((child) => [...before, ...child, ...after]));
}

/** Everything but the row list, as [path, value] (lists of objects there stay JSON). */
function contextOf(value: Json, skip: string[], path: string[] = []): Array<[string, Cell]> {
  if (!isObject(value)) return [];
  const out: Array<[string, Cell]> = [];
  for (const [key, child] of Object.entries(value)) {
    const here = [...path, key];
    if (skip.length === here.length && skip.every((k, i) => k === here[i])) continue;
    const name = here.filter((k) => !WRAPPERS.has(k)).join('.');
    if (isObject(child)) out.push(...contextOf(child, skip, here));
    else out.push([name, cellText(child)]);
  }
  return out;
}

/**
 * Every row's columns in one order: a column first seen in a later row goes right after the
 * column it follows there (a mark missing from the first row still lands beside the place).
 */
function mergeColumnOrder(rowsColumns: string[][]): string[] {
  const columns: string[] = [];
  for (const names of rowsColumns) {
    names.forEach((name, i) => {
      if (columns.includes(name)) return;
      const after = i > 0 ? columns.indexOf(names[i - 1]) : -1;
      columns.splice(after + 1, 0, name);
    });
  }
  return columns;
}

/**
 * A null object (no mark, no country) reads as a scalar: its column is dropped where other
 * rows show its fields as dotted columns, which then stay blank for that row.
 */
function pruneNullObjects(columns: string[]): string[] {
  return columns.filter((c) => !columns.some((other) => other.startsWith(`${c}.`)));
}

export function flatten(data: unknown): FlatResult {
  const root = (isObject(data) ? data : { value: data as Json }) as JsonObject;
  const rowList = findRowList(root);
  let rawRows: Array<Array<[string, Cell]>>;
  let context: Array<[string, Cell]> = [];
  if (rowList) {
    let list: Json = root;
    for (const key of rowList) list = (list as JsonObject)[key];
    rawRows = (list as Json[]).flatMap((item) => rowsOf(item, ''));
    context = contextOf(root, rowList);
  } else {
    rawRows = rowsOf(root, '');
  }
  const rows = rawRows.map((cells) => Object.fromEntries(cells) as Row);
  const columns = pruneNullObjects(mergeColumnOrder(rawRows.map((cells) => cells.map(([name]) => name))));
  for (const row of rows) {
    for (const name of Object.keys(row)) if (!columns.includes(name)) delete row[name];
  }
  return { columns, rows, context, rowPath: rowList ? rowList.join('.') : null };
}
