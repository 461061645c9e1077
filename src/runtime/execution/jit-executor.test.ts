import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';
import { CompiledOperations, executingGateway, type CompiledOperationsOptions } from './jit-executor';

// A schema small enough to read: a greeting with a required argument, a resolver that throws a
// coded error under a non-null field, a list, and a mutation with a visible side effect.
function tinySchema(): { schema: GraphQLSchema; counter: { value: number } } {
  const schema = buildSchema(`
    type Query { hello(name: String!): String!  broken: Broken  numbers(upTo: Int!): [Int!]!  echo(filter: Filter): String }
    input Filter { finalsOnly: Boolean! = false  tag: String = "x"  within: [Range!] }
    input Range { from: Int! = 1  to: Int }
    type Broken { fine: String  boom: String! }
    type Mutation { bump: Int! }
  `);
  const counter = { value: 0 };
  const fields = schema.getQueryType()!.getFields();
  fields.hello.resolve = (_root, args: { name: string }) => `hello ${args.name}`;
  fields.broken.resolve = () => ({});
  fields.echo.resolve = (_root, args: { filter?: unknown }) => JSON.stringify(args.filter);
  fields.numbers.resolve = (_root, args: { upTo: number }) => Array.from({ length: args.upTo }, (_, i) => i + 1);
  const broken = (schema.getType('Broken') as import('graphql').GraphQLObjectType).getFields();
  broken.fine.resolve = () => 'fine';
  broken.boom.resolve = () => {
    throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
  };
  schema.getMutationType()!.getFields().bump.resolve = () => ++counter.value;
  return { schema, counter };
}

async function serverWith(options: CompiledOperationsOptions = {}) {
  const { schema, counter } = tinySchema();
  const operations = new CompiledOperations(schema, options);
  const apollo = new ApolloServer({ gateway: executingGateway(schema, operations) });
  await apollo.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };
  return { apollo, operations, counter, run };
}

describe('CompiledOperations (graphql-jit behind Apollo)', () => {
  it('interprets a query on its first sighting and runs it compiled from the second, with the same answer', async () => {
    const { apollo, operations, run } = await serverWith();
    const query = 'query Greet($name: String!) { hello(name: $name) numbers(upTo: 3) }';
    const first = await run(query, { name: 'Faith' });
    expect(operations.stats).toEqual({ compiled: 0, jitRuns: 0, interpretedRuns: 1 });
    const second = await run(query, { name: 'Faith' });
    expect(operations.stats).toEqual({ compiled: 1, jitRuns: 1, interpretedRuns: 1 });
    expect(second).toEqual(first);
    expect(second.data).toEqual({ hello: 'hello Faith', numbers: [1, 2, 3] });
    // Later sightings reuse the compiled operation, with other variables.
    expect((await run(query, { name: 'Beatrice' })).data).toEqual({ hello: 'hello Beatrice', numbers: [1, 2, 3] });
    expect(operations.stats.compiled).toBe(1);
    await apollo.stop();
  });

  it('never compiles mutations: each runs once, in order, by graphql-js', async () => {
    const { apollo, operations, counter, run } = await serverWith({ compileOnSighting: 1 });
    for (let i = 1; i <= 3; i++) expect((await run('mutation { a: bump b: bump }')).data).toEqual({ a: 2 * i - 1, b: 2 * i });
    expect(counter.value).toBe(6);
    expect(operations.stats).toEqual({ compiled: 0, jitRuns: 0, interpretedRuns: 3 });
    await apollo.stop();
  });

  it('answers bad variables with graphql-js errors, BAD_USER_INPUT and status 400 on both paths', async () => {
    const interpreted = await serverWith({ compileOnSighting: 99 });
    const compiled = await serverWith({ compileOnSighting: 1 });
    const query = 'query Greet($name: String!) { hello(name: $name) }';
    const a = await interpreted.run(query, { name: 7 });
    const b = await compiled.run(query, { name: 7 });
    expect(b).toEqual(a);
    expect(b.status).toBe(400);
    expect(b.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Variable "$name" got invalid value 7'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(compiled.operations.stats.jitRuns).toBe(0);
    await interpreted.apollo.stop();
    await compiled.apollo.stop();
  });

  it('fills in variable and input field defaults as graphql-js does (graphql-jit 0.8 does not)', async () => {
    const interpreted = await serverWith({ compileOnSighting: 99 });
    const compiled = await serverWith({ compileOnSighting: 1 });
    const cases: Array<[string, Record<string, unknown> | undefined]> = [
      ['query ($f: Filter) { echo(filter: $f) }', { f: {} }],
      ['query ($f: Filter) { echo(filter: $f) }', { f: { tag: null, within: [{ to: 5 }, { from: 3 }] } }],
      ['query ($f: Filter) { echo(filter: $f) }', { f: { within: { to: 2 } } }],
      ['query ($f: Filter = { tag: "y", within: [{}] }) { echo(filter: $f) }', undefined],
      ['query ($f: Filter = { tag: "y" }) { echo(filter: $f) }', { f: null }],
      ['query ($f: Filter! = {}) { echo(filter: $f) }', {}],
    ];
    for (const [query, variables] of cases) {
      const a = await interpreted.run(query, variables);
      const b = await compiled.run(query, variables);
      expect({ query, variables, ...b }).toEqual({ query, variables, ...a });
      expect(b.errors).toBeUndefined();
    }
    expect(compiled.operations.stats.jitRuns).toBe(cases.length);
    expect((await compiled.run('query ($f: Filter) { echo(filter: $f) }', { f: { within: [{}] } })).data).toEqual({
      echo: JSON.stringify({ finalsOnly: false, tag: 'x', within: [{ from: 1 }] }),
    });
    await interpreted.apollo.stop();
    await compiled.apollo.stop();
  });

  it('keeps a resolver error’s code and path, and nulls the nearest nullable parent, as graphql-js does', async () => {
    const interpreted = await serverWith({ compileOnSighting: 99 });
    const compiled = await serverWith({ compileOnSighting: 1 });
    const query = '{ hello(name: "x") broken { fine boom } }';
    const a = await interpreted.run(query);
    const b = await compiled.run(query);
    expect(compiled.operations.stats.jitRuns).toBe(1);
    expect(b.data).toEqual({ hello: 'hello x', broken: null });
    expect(b.errors).toEqual([
      expect.objectContaining({
        message: 'no such thing',
        path: ['broken', 'boom'],
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    expect(b.data).toEqual(a.data);
    expect(b.errors?.map((e) => [e.message, e.path, e.locations, e.extensions?.code])).toEqual(
      a.errors?.map((e) => [e.message, e.path, e.locations, e.extensions?.code]),
    );
    await interpreted.apollo.stop();
    await compiled.apollo.stop();
  });

  it('keeps at most maxCompiled operations and compiles an evicted one again when it returns', async () => {
    const { apollo, operations, run } = await serverWith({ compileOnSighting: 1, maxCompiled: 2 });
    const queries = [1, 2, 3].map((n) => `{ numbers(upTo: ${n}) }`);
    for (const q of queries) await run(q);
    expect(operations.stats.compiled).toBe(3);
    await run(queries[2]); // still held
    expect(operations.stats.compiled).toBe(3);
    expect((await run(queries[0])).data).toEqual({ numbers: [1] }); // evicted: compiled again
    expect(operations.stats.compiled).toBe(4);
    await apollo.stop();
  });

  it('treats each operation of a document on its own', async () => {
    const { apollo, operations } = await serverWith({ compileOnSighting: 1 });
    const query = 'query A { hello(name: "a") } query B { hello(name: "b") }';
    const a = await apollo.executeOperation({ query, operationName: 'A' });
    const b = await apollo.executeOperation({ query, operationName: 'B' });
    expect(a.body.kind === 'single' && a.body.singleResult.data).toEqual({ hello: 'hello a' });
    expect(b.body.kind === 'single' && b.body.singleResult.data).toEqual({ hello: 'hello b' });
    expect(operations.stats.compiled).toBe(2);
    // No name, or a name the document lacks: graphql-js's own errors, answered with status 400.
    for (const operationName of [undefined, 'C']) {
      const response = await apollo.executeOperation({ query, operationName });
      expect(response.http.status).toBe(400);
      expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0].message).toMatch(
        operationName ? 'Unknown operation named "C".' : 'Must provide operation name if query contains multiple operations.',
      );
    }
    await apollo.stop();
  });
});
