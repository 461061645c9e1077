// Relay conventions: global object ids, Node, and cursor connections (first/after, at most
// 100 a page). Cursors are opaque base64url JSON of the sort key, so order stays stable.
import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';

export { decodeGlobalId, decodeNumericId, encodeGlobalId, type NodeTypeName } from './global-id';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A node's GraphQL type: node loaders tag each object with it. Synchronous (src/app/schema.ts says why). */
export const nodeTypeName = (value: { __typename?: string }): string | undefined => value.__typename;

@InterfaceType('Node', {
  description: 'An object with a global id, fetchable with the `node(id:)` query (Relay convention).',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque id of this object.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether there are more items after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether there are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 0 to ${MAX_PAGE_SIZE}.`,
  })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or an edge `cursor`).' })
  after?: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ConnectionClasses {
  connection: ClassType;
  edge: ClassType;
}

/** "entry" -> "entries", "meet" -> "meets": the plural the descriptions need. */
export function pluralOf(what: string): string {
  return /[^aeiou]y$/.test(what) ? `${what.slice(0, -1)}ies` : `${what}s`;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionTypes(nodeType: ClassType, name: string, what: string): ConnectionClasses {
  const whats = pluralOf(what);
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${whats} (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes!: unknown[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to fetch them.' })
    pageInfo!: PageInfo;

    // Not simple: a page may hold its count as a promise, counted only when asked for
    // (LazyCountPage); graphql-jit awaits only fields that have a resolver.
    @Field(() => Int, { simple: false, description: `How many ${whats} the whole list holds.` })
    totalCount!: number;
  }
  return { connection: Connection, edge: Edge };
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, argumentName = 'after'): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // falls through to the error below
  }
  throw badUserInput(argumentName, `"${cursor}" is not a cursor of this list`);
}

export function checkPageSize(first: number, argumentName = 'first'): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(argumentName, `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
}

/**
 * Pages a list already in its final order (loaded in one batch for many parents).
 * The cursor is the item's own key, so it stays valid when items are added elsewhere.
 */
export function pageOfList<T>(items: readonly T[], args: PageArgs, keyOf: (item: T) => string | number): Page<T> {
  checkPageSize(args.first);
  let start = 0;
  if (args.after) {
    const [key] = decodeCursor(args.after, 1);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) throw badUserInput('after', 'this cursor points at no item of this list');
    start = index + 1;
  }
  const slice = items.slice(start, start + args.first);
  return toPage(slice, (item) => [keyOf(item)], start + args.first < items.length, start > 0, items.length);
}

export function toPage<T>(
  nodes: readonly T[],
  keyOf: (item: T) => unknown[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
  totalCount: number,
): Page<T> {
  const edges = nodes.map((node) => new LazyCursorEdge(node, keyOf));
  return {
    edges,
    nodes: [...nodes],
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * An edge whose cursor is encoded when read: most queries select `nodes`, and a meet's full
 * results encoded a cursor for every race and result that nobody asked for (1 % of its CPU).
 */
class LazyCursorEdge<T> {
  constructor(
    readonly node: T,
    private readonly keyOf: (item: T) => unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keyOf(this.node));
  }
}
