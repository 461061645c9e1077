// The compiled executor answers exactly as graphql-js does: every example operation of the IDE,
// introspection (what the IDE and graphql-codegen read), abstract types, errors and null
// propagation, each run by one server that interprets and one that compiles at first sight.
import { getIntrospectionQuery } from 'graphql';
import { openTestDatabase, type OpenTestDatabase } from '../../test/support/database';
import { startApiServer, type ApiServer } from './api-server';
import { exampleTabs } from '../app/example-operations';

describe('graphql-jit and graphql-js give the same responses', () => {
  let open: OpenTestDatabase;
  let interpreted: ApiServer;
  let compiled: ApiServer;

  beforeAll(async () => {
    open = await openTestDatabase();
    // production: stack traces (which name the executor's frames) stay out of the responses.
    const common = { prisma: open.db.prisma, pool: open.db.pool, port: 0, host: '127.0.0.1', production: true };
    interpreted = await startApiServer({ ...common, executor: 'graphql-js' });
    compiled = await startApiServer({ ...common, executor: 'jit', compileOnSighting: 1 });
  });

  afterAll(async () => {
    await interpreted?.stop();
    await compiled?.stop();
    await open?.close();
  });

  const post = async (server: ApiServer, query: string, variables?: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  };

  /** Both servers' responses, byte for byte (field order included), and the parsed one. */
  const both = async (query: string, variables?: unknown) => {
    const [a, b] = await Promise.all([post(interpreted, query, variables), post(compiled, query, variables)]);
    expect({ query: query.slice(0, 80), ...b }).toEqual({ query: query.slice(0, 80), ...a });
    return JSON.parse(b.body) as { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: any }> };
  };

  it('answers every example operation the same', async () => {
    const tabs = exampleTabs();
    expect(tabs.length).toBeGreaterThan(10);
    for (const tab of tabs) {
      const body = await both(tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
      expect(body.errors).toBeUndefined();
    }
  });

  it('answers introspection the same', async () => {
    const body = await both(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('resolves interfaces and unions (node lookups, __typename) the same', async () => {
    const first = await both('{ athletes(first: 2) { nodes { id } } meets(first: 1) { nodes { id } } }');
    const ids = [...first.data.athletes.nodes, ...first.data.meets.nodes].map((n: { id: string }) => n.id);
    const body = await both('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Athlete { slug } ... on Meet { name } } }', {
      ids,
    });
    expect(body.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(['Athlete', 'Athlete', 'Meet']);
  });

  it('reports errors, codes and paths the same, with partial data', async () => {
    const body = await both('{ a: athlete(slug: "soufiane-el-bakkali") { slug } b: athlete(slug: "no-one-at-all") { slug } }');
    expect(body.data.a.slug).toBe('soufiane-el-bakkali');
    await both('{ meet(slug: "silesia-2024") { name races(first: -1) { nodes { id } } } }');
    await both('query ($n: Int!) { athletes(first: $n) { nodes { slug } } }', { n: 'many' });
    const rejected = await both('{ parseMark(text: "8.04.29", unit: TIME) { value } }');
    expect(rejected.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
