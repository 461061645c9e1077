import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { appSchema } from '../../app/schema';
import { MeasureCache } from './measure-cache';
import { measureOperation } from './query-measure';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

describe('MeasureCache', () => {
  const source = `query ($a: Int, $b: Int = 3, $ids: [ID!]!, $slug: String) {
    athletes(first: $a) { nodes { performances(first: $b) { nodes { id } } } }
    nodes(ids: $ids) { id }
    athlete(slug: $slug) { ...Results }
  }
  fragment Results on Athlete { performances(first: $a) { nodes { id } } }`;
  const document = parse(source);
  const operation = getOperationAST(document)!;

  it('gives what a fresh measure gives, whichever variables change, are absent or null', () => {
    const cache = new MeasureCache();
    const sequence: Array<Record<string, unknown>> = [
      { a: 0, b: 5, ids: [] },
      { a: 10, b: 5, ids: ['x'] },
      { a: 10, b: 100, ids: ['x'] },
      { a: 10, ids: ['x'] },
      { a: 10, b: null, ids: ['x'] },
      { a: 0, b: 100, ids: ['x', 'y', 'z'] },
      { a: 10, b: 100, ids: ['x'], slug: 'amos-serem' },
      { a: 10, b: 100, ids: ['x'], slug: 'someone-else' },
      { a: 0, b: 5, ids: [] },
    ];
    for (const variables of sequence) {
      expect({ variables, measure: cache.measure(schema, document, operation, variables) }).toEqual({
        variables,
        measure: measureOperation(schema, document, operation, variables),
      });
    }
  });

  it('measures an operation once for the same values of the variables it reads, whatever the others', () => {
    const cache = new MeasureCache();
    const first = cache.measure(schema, document, operation, { a: 10, b: 5, ids: ['x'], slug: 'amos-serem' });
    expect(cache.measure(schema, document, operation, { a: 10, b: 5, ids: ['x'], slug: 'someone-else' })).toBe(first);
    expect(cache.measure(schema, document, operation, { a: 10, b: 6, ids: ['x'], slug: 'amos-serem' })).not.toBe(first);
    // A literal-only query reads no variables: one measure serves every request.
    const literal = parse('query ($slug: String!) { athlete(slug: $slug) { performances(first: 10) { nodes { id } } } }');
    const op = getOperationAST(literal)!;
    expect(cache.measure(schema, literal, op, { slug: 'a' })).toBe(cache.measure(schema, literal, op, { slug: 'b' }));
  });
});
