import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, getOperationAST, parse, validate, type GraphQLSchema } from 'graphql';
import { DEFAULT_LIMITS } from '../config';
import { EXAMPLES_DIR } from '../../app/example-operations';
import { appSchema } from '../../app/schema';
import { measureOperation } from './query-measure';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

function measure(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no single operation');
  return measureOperation(schema, document, operation, variables);
}

describe('query cost', () => {
  it('multiplies nested connections: 100 athletes × (1 + 100 performances) = 10100', () => {
    expect(measure('{ athletes(first: 100) { nodes { performances(first: 100) { nodes { id } } } } }').cost).toBe(10100);
  });

  it('takes a missing `first` as its default (20) and counts a root lookup as 1', () => {
    expect(measure('{ athletes { totalCount nodes { id displayName } } }').cost).toBe(20);
    expect(measure('{ athlete(slug: "amos-serem") { displayName country { code } } }').cost).toBe(1);
    expect(measure('{ athlete(slug: "amos-serem") { performances { nodes { id } } } }').cost).toBe(21);
  });

  it('reads `first` from variables, then from the variable default', () => {
    const query = 'query ($n: Int! = 7) { athletes(first: $n) { nodes { performances(first: $n) { nodes { id } } } } }';
    expect(measure(query, { n: 50 }).cost).toBe(50 * 51);
    expect(measure(query).cost).toBe(7 * 8);
  });

  it('caps `first` at the page limit, so the resolver still reports a too-large page itself', () => {
    expect(measure('{ athletes(first: 100000) { nodes { id } } }').cost).toBe(100);
    expect(measure('query ($n: Int!) { athletes(first: $n) { nodes { id } } }', { n: 1e12 }).cost).toBe(100);
    expect(measure('query ($n: Int!) { athletes(first: $n) { nodes { id } } }', { n: 'x' }).cost).toBe(20);
  });

  it('counts edges { node } like nodes, and totalCount or pageInfo alone as 1', () => {
    expect(measure('{ athletes(first: 10) { edges { cursor node { performances(first: 5) { nodes { id } } } } } }').cost).toBe(10 * 6);
    expect(measure('{ athletes(first: 0) { totalCount pageInfo { hasNextPage } } }').cost).toBe(1);
  });

  it('counts a plain list by the length of its list argument', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `"QXRobGV0ZTo${i}"`).join(', ');
    expect(measure(`{ nodes(ids: [${ids}]) { id } }`).cost).toBe(30);
    expect(measure('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] }).cost).toBe(3);
  });

  it('counts a fragment at every spread, and measures a fragment bomb without expanding it', () => {
    const spread = measure(`{ a: athletes(first: 10) { ...A } b: athletes(first: 10) { ...A } }
      fragment A on AthleteConnection { nodes { performances(first: 10) { nodes { id } } } }`);
    expect(spread.cost).toBe(2 * 10 * 11);
    let bomb = 'query { athletes(first: 100) { nodes { ...F0 } } }\nfragment F0 on Athlete { performances(first: 100) { nodes { id } } }';
    for (let i = 1; i <= 40; i++) bomb += `\nfragment F${i} on Athlete { ...F${i - 1} ...F${i - 1} }`;
    bomb = bomb.replace('...F0 } } }', '...F40 } } }');
    const started = Date.now();
    expect(measure(bomb).cost).toBeGreaterThan(1e12);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not loop on fragment cycles (validation rejects them)', () => {
    expect(() =>
      measure(
        '{ athletes { nodes { ...A } } } fragment A on Athlete { country { ...B } } fragment B on Country { ...C } fragment C on Country { ...B }',
      ),
    ).not.toThrow();
  });

  it('gives introspection no cost and no depth beyond its root, so the IDE can load the schema', () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const measured = measure(query);
    expect(measured.cost).toBe(0);
    expect(measured.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    expect(validate(schema, parse(query))).toEqual([]);
  });
});

describe('query depth and aliases', () => {
  it('counts field nesting, fragments flattened', () => {
    expect(measure('{ athletes { nodes { id } } }').depth).toBe(3);
    expect(measure('{ athletes { nodes { ...A } } } fragment A on Athlete { country { code } }').depth).toBe(4);
    expect(measure('{ athletes { nodes { ... on Athlete { country { code } } } } }').depth).toBe(4);
  });

  it('counts aliases, in fragments once per spread', () => {
    expect(measure('{ a: athletes { totalCount } b: athletes { n: totalCount } }').aliases).toBe(3);
    expect(
      measure('{ x: athlete(slug: "a") { ...A } y: athlete(slug: "b") { ...A } } fragment A on Athlete { p: displayName q: slug }').aliases,
    ).toBe(6);
  });
});

describe('the example operations', () => {
  const files = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort();

  it.each(files)('%s is within the default limits', (file) => {
    const measured = measure(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
    expect(measured.cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(measured.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    expect(measured.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases);
  });
});
