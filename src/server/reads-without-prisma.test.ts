// Every read of the graph goes through pg (src/db/sql-reader.ts), so a server that only reads
// never loads Prisma's query engine (67 MB of memory). Here the server's Prisma client points
// at a port nothing listens on: any read that still used it would fail.
import { createDatabase, type Database } from '../db/client';
import { openTestDatabase, type OpenTestDatabase } from '../../test/support/database';
import { startApiServer, type ApiServer } from './api-server';
import { exampleTabs } from '../app/example-operations';

describe('reads without Prisma', () => {
  let open: OpenTestDatabase;
  let deadPrisma: Database;
  let server: ApiServer;

  beforeAll(async () => {
    open = await openTestDatabase();
    deadPrisma = createDatabase({
      connectionString: 'postgres://postgres@127.0.0.1:1/nothing',
      maxConnections: 1,
      connectionTimeoutMs: 1000,
    });
    server = await startApiServer({ prisma: deadPrisma.prisma, pool: open.db.pool, port: 0, host: '127.0.0.1', production: true });
  });

  afterAll(async () => {
    await server?.stop();
    await deadPrisma?.close().catch(() => undefined);
    await open?.close();
  });

  const post = async (query: string, variables?: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('has a Prisma client that cannot read (the premise)', async () => {
    await expect(deadPrisma.prisma.athlete.count()).rejects.toThrow();
  });

  it('answers every example operation of the IDE', async () => {
    const tabs = exampleTabs();
    expect(tabs.length).toBeGreaterThan(10);
    for (const tab of tabs) {
      const body = await post(tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
      expect({ query: tab.query.slice(0, 80), errors: body.errors }).toEqual({ query: tab.query.slice(0, 80), errors: undefined });
    }
  });

  it('answers searches, lists, sources, entries, countries, editions and nodes', async () => {
    const body = await post(`{
      athletes(search: "bakkali", first: 5) { totalCount nodes { id slug aliases country { code name } entries(first: 5) { nodes { race { name } sources { reference } } } } }
      meets(first: 3) { totalCount nodes { slug sources { reference title publishedOn } championship { slug editions(first: 2) { nodes { slug } } } } }
      countries(first: 3) { nodes { code } }
      championships(first: 3) { nodes { slug } }
      meet(slug: "silesia-2024") { id races(first: 1) { nodes { id results(first: 2) { nodes { id sources { reference } } } entries(first: 2) { nodes { athlete { slug } } } } } }
      medalTable(championship: "olympic-games", edition: "paris-2024") { rows { country { code } gold } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.athletes.nodes.map((a: any) => a.slug)).toContain('soufiane-el-bakkali');
    const ids = [body.data.athletes.nodes[0].id, body.data.meet.id, body.data.meet.races.nodes[0].id];
    const nodes = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data.nodes.map((n: any) => n.id)).toEqual(ids);
  });
});
