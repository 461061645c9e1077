// What the HTTP layer answers to requests that are not well-formed GraphQL, what production
// mode hides, and the probes: always GraphQL-shaped JSON errors, never an HTML page.
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { getNamedType, isEnumType, isRequiredArgument, type GraphQLEnumType } from 'graphql';
import pino from 'pino';
import { createDatabase } from '../src/db/client';
import { startApiServer } from '../src/server/api-server';
import { createLogger } from '../src/server/logger';
import { appSchema } from '../src/app/schema';
import { createTestDatabase } from './support/database';
import { startServerUnderTest, type RawResponse, type ServerUnderTest } from './support/server-under-test';

function expectGraphQLError(response: RawResponse, status: number, code: string): string {
  expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
    status,
    type: expect.stringMatching(/^application\/(graphql-response\+)?json/),
  });
  expect(response.text).not.toMatch(/<html|<!DOCTYPE/i);
  expect(response.json?.errors?.[0]?.extensions?.code).toBe(code);
  expect(typeof response.json.errors[0].message).toBe('string');
  return response.json.errors[0].message;
}

const json = { 'content-type': 'application/json' };

describe('malformed requests', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({ limits: { maxBodyBytes: 10_000 } });
  });
  afterAll(() => api?.stop());

  it('answers a body over the limit with 413 and names the limit', async () => {
    const body = JSON.stringify({ query: '{ athletes(search: $s) { totalCount } }', variables: { s: 'x'.repeat(20_000) } });
    expect(expectGraphQLError(await api.request({ headers: json, body }), 413, 'PAYLOAD_TOO_LARGE')).toMatch(/limit of 10000 bytes/);
  });

  it('applies the limit to the inflated size of a compressed body', async () => {
    const body = gzipSync(JSON.stringify({ query: `{ athletes(search: "${'x'.repeat(50_000)}") { totalCount } }` }));
    expect(body.length).toBeLessThan(10_000);
    expectGraphQLError(await api.request({ headers: { ...json, 'content-encoding': 'gzip' }, body }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['broken JSON', '{"query": "{ __typename }"'],
    ['a JSON string', '"{ __typename }"'],
    ['JSON null', 'null'],
    ['random bytes', '\u0000\u00ff\u{1F3C3}garbage'],
  ])('answers %s with 400', async (_what, body) => {
    expectGraphQLError(await api.request({ headers: json, body }), 400, 'BAD_REQUEST');
  });

  it.each([
    ['no query', '{}'],
    ['variables only', '{"variables": {}}'],
    ['a query that is not a string', '{"query": 42}'],
    ['variables that are not an object', '{"query": "{ __typename }", "variables": "x"}'],
    ['a batch (disabled)', '[{"query": "{ __typename }"}]'],
  ])('answers %s with 400', async (_what, body) => {
    expectGraphQLError(await api.request({ headers: json, body }), 400, 'BAD_REQUEST');
  });

  it('answers variables of the wrong type with 400 BAD_USER_INPUT', async () => {
    const response = await api.query('query ($first: Int!) { athletes(first: $first) { totalCount } }', { first: 'ten' });
    expect(expectGraphQLError(response, 400, 'BAD_USER_INPUT')).toMatch(/\$first/);
  });

  it('answers a content type other than JSON with 400, and keeps CSRF prevention on', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expectGraphQLError(await api.request({ headers: { 'content-type': 'application/xml' }, body }), 400, 'BAD_REQUEST');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const message = expectGraphQLError(await api.request({ headers: { 'content-type': type }, body }), 400, 'BAD_REQUEST');
      expect(message).toMatch(/Cross-Site Request Forgery/);
    }
    // A GET (no preflight) needs a header a browser form cannot send.
    const get = await api.request({ method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: { accept: 'application/json' } });
    expect(expectGraphQLError(get, 400, 'BAD_REQUEST')).toMatch(/Cross-Site Request Forgery/);
    const allowed = await api.request({
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers unsupported encodings and charsets with 415', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expectGraphQLError(await api.request({ headers: { ...json, 'content-encoding': 'br-nope' }, body }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectGraphQLError(
      await api.request({ headers: { 'content-type': 'application/json; charset=ebcdic' }, body }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('writes a result with its exact length and no ETag (a POST is not revalidated), and reads GET operations from the query string', async () => {
    const response = await api.request({ headers: json, body: JSON.stringify({ query: '{ a: __typename b: __typename }' }) });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { a: 'Query', b: 'Query' } });
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(response.text)));
    expect(response.headers.get('etag')).toBeNull();
    const get = await api.request({
      method: 'GET',
      path: '/graphql?query=query%20Q(%24n%3AString!)%7Bathlete(slug%3A%24n)%7Bslug%7D%7D&variables=%7B%22n%22%3A%22amos-serem%22%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.json).toEqual({ data: { athlete: { slug: 'amos-serem' } } });
  });

  it('answers other methods, unknown paths and broken URLs in JSON', async () => {
    expectGraphQLError(await api.request({ method: 'PUT', headers: json, body: '{}' }), 405, 'BAD_REQUEST');
    expect(expectGraphQLError(await api.request({ method: 'GET', path: '/nope' }), 404, 'NOT_FOUND')).toMatch(/\/graphql/);
    expectGraphQLError(await api.request({ method: 'GET', path: '/graphql/%E0%A4%A' }), 400, 'BAD_REQUEST');
  });
});

describe('production mode', () => {
  let api: ServerUnderTest;
  const logLines: string[] = [];
  beforeAll(async () => {
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _enc, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    api = await startServerUnderTest({ production: true, logger });
  });
  afterAll(() => api?.stop());

  it('turns off field and enum value suggestions', async () => {
    const typo = await api.query('{ athlets { totalCount } }');
    expect(typo.json.errors[0].message).toBe('Cannot query field "athlets" on type "Query".');
    // An enum argument given a near miss, as a literal (validation) and as a variable (coercion).
    const schema = await appSchema();
    const [field, arg] = Object.values(schema.getQueryType()!.getFields())
      .flatMap((f) => f.args.map((a) => [f, a] as const))
      .find(([f, a]) => isEnumType(getNamedType(a.type)) && f.args.every((other) => other === a || !isRequiredArgument(other)))!;
    const enumType = getNamedType(arg.type) as GraphQLEnumType;
    const nearMiss = `${enumType.getValues()[0].name}X`;
    const literal = await api.query(`{ ${field.name}(${arg.name}: ${nearMiss}) { __typename } }`);
    const variable = await api.query(`query ($v: ${enumType.name}) { ${field.name}(${arg.name}: $v) { __typename } }`, { v: nearMiss });
    for (const response of [literal, variable]) {
      expect(response.status).toBe(400);
      expect(response.json.errors[0].message).toMatch(new RegExp(nearMiss));
      expect(JSON.stringify(response.json)).not.toMatch(/Did you mean/);
    }
  });

  it('hides internal messages, SQL and stack traces behind an error id that the log ties to the cause', async () => {
    await api.db.pool.query('ALTER TABLE athletes RENAME COLUMN display_name TO display_name_hidden');
    try {
      const response = await api.query('{ athletes { nodes { displayName } } }');
      const error = response.json.errors[0];
      expect(error.message).toMatch(/^Internal server error \(error id [0-9a-f-]{36}\)$/);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
      expect(response.text).not.toMatch(/display_name|prisma|SELECT|stacktrace|node_modules/i);
      const logged = logLines.map((line) => JSON.parse(line)).find((entry) => entry.errorId === error.extensions.errorId);
      expect(logged).toBeDefined();
      expect(JSON.stringify(logged)).toMatch(/display_name/);
    } finally {
      await api.db.pool.query('ALTER TABLE athletes RENAME COLUMN display_name_hidden TO display_name');
    }
  });

  it('shows client errors in full, without stack traces', async () => {
    const response = await api.query('{ athlete(slug: "a", id: "b") { id } }');
    expect(response.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: expect.any(String) });
  });
});

describe('development mode', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({ production: false, logger: createLogger('silent') });
  });
  afterAll(() => api?.stop());

  it('keeps suggestions and shows internal messages, with the error id', async () => {
    expect((await api.query('{ athlets { totalCount } }')).json.errors[0].message).toMatch(/Did you mean "athlete" or "athletes"\?/);
    await api.db.pool.query('ALTER TABLE athletes RENAME COLUMN display_name TO display_name_hidden');
    try {
      const error = (await api.query('{ athletes { nodes { displayName } } }')).json.errors[0];
      expect(error.message).toMatch(/display_name/);
      expect(error.extensions.errorId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await api.db.pool.query('ALTER TABLE athletes RENAME COLUMN display_name_hidden TO display_name');
    }
  });
});

describe('probes', () => {
  it('/healthz: the process is alive; /readyz: database reachable and migrations applied', async () => {
    const api = await startServerUnderTest({ seed: false });
    try {
      const health = await api.request({ method: 'GET', path: '/healthz' });
      expect([health.status, health.json]).toEqual([200, { status: 'ok' }]);
      const ready = await api.request({ method: 'GET', path: '/readyz' });
      expect([ready.status, ready.json]).toEqual([200, { status: 'ready', ready: true, database: 'reachable', migrations: 'applied' }]);
    } finally {
      await api.stop();
    }
  });

  it('/readyz answers 503 with the pending migrations on a database not migrated', async () => {
    const database = await createTestDatabase({ migrate: false });
    const db = createDatabase({ connectionString: database.url, maxConnections: 2 });
    const server = await startApiServer({ prisma: db.prisma, pool: db.pool, port: 0, host: '127.0.0.1', connectionString: database.url });
    try {
      const response = await fetch(new URL('/readyz', server.url));
      const body = await response.json();
      expect(response.status).toBe(503);
      expect(body).toMatchObject({ status: 'not ready', ready: false, database: 'reachable', migrations: 'pending' });
      expect(body.pending).toEqual(expect.arrayContaining([expect.stringMatching(/_init$/)]));
    } finally {
      await server.stop();
      await db.close();
      await database.drop();
    }
  });
});
