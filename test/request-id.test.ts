// Request ids: generated or echoed in x-request-id, and named in the access log and in
// internal error logs.
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { createDatabase, type Database } from '../src/db/client';
import { startApiServer, type ApiServer } from '../src/server/api-server';
import { formatError } from '../src/server/errors';
import { requestIdFrom } from '../src/server/http/request-log';
import { createLogger, requestScope } from '../src/server/logger';
import { createTestDatabase } from './support/database';

/** A logger whose JSON lines land in `lines`. */
function capturingLogger(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids over HTTP', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let server: ApiServer;
  const captured = capturingLogger();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDatabase({ connectionString: database.url, maxConnections: 2 });
    server = await startApiServer({ prisma: db.prisma, pool: db.pool, port: 0, host: '127.0.0.1', logger: captured.logger });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
    await database.drop();
  });

  const post = (headers: Record<string, string>, body: object) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  /** The access log line of a request id (written on 'finish', so perhaps a moment after the response). */
  async function logLineOf(requestId: string) {
    for (let i = 0; i < 50; i += 1) {
      const line = captured.lines.find((l) => l.requestId === requestId && l.msg === 'request');
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no log line for ${requestId}`);
  }

  it('generates an id, answers it and logs the request once without variables or credentials', async () => {
    const response = await post(
      { authorization: 'Bearer secret-key-123' },
      {
        query: 'query CountryList($first: Int) { countries(first: $first) { totalCount } }',
        variables: { first: 7 },
      },
    );
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    const line = await logLineOf(id!);
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: response.status, operationName: 'CountryList' });
    expect(typeof line.durationMs).toBe('number');
    expect(captured.lines.filter((l) => l.requestId === id)).toHaveLength(1);
    const all = JSON.stringify(captured.lines);
    expect(all).not.toContain('secret-key-123');
    expect(all).not.toContain('"first"');
  });

  it('echoes a sane client id and replaces an unsafe one', async () => {
    const echoed = await post({ 'x-request-id': 'client.trace-42_a' }, { query: '{ __typename }' });
    expect(echoed.headers.get('x-request-id')).toBe('client.trace-42_a');
    expect(await logLineOf('client.trace-42_a')).toMatchObject({ path: '/graphql', status: 200 });

    const unsafe = await post({ 'x-request-id': 'bad id"\\injected' }, { query: '{ __typename }' });
    expect(unsafe.headers.get('x-request-id')).toMatch(UUID);
  });

  it('gives every route an id, 404s and probes included', async () => {
    const response = await fetch(server.url.replace('/graphql', '/nowhere?secret=1'));
    expect(response.status).toBe(404);
    const line = await logLineOf(response.headers.get('x-request-id')!);
    expect(line).toMatchObject({ method: 'GET', path: '/nowhere', status: 404 });
  });
});

describe('requestIdFrom', () => {
  it('keeps tokens of up to 64 safe characters only', () => {
    expect(requestIdFrom('abc-DEF_1.2')).toBe('abc-DEF_1.2');
    expect(requestIdFrom('x'.repeat(64))).toBe('x'.repeat(64));
    expect(requestIdFrom('x'.repeat(65))).toMatch(UUID);
    expect(requestIdFrom('a b')).toMatch(UUID);
    expect(requestIdFrom('')).toMatch(UUID);
    expect(requestIdFrom(['a', 'b'])).toMatch(UUID);
    expect(requestIdFrom(undefined)).toMatch(UUID);
  });
});

describe('internal error logs', () => {
  it('name the request being served', () => {
    const { logger, lines } = capturingLogger('warn');
    const error = new GraphQLError('boom', { originalError: new Error('boom') });
    requestScope.run({ requestId: 'req-77' }, () => formatError({ message: 'boom' }, error, true, logger));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, requestId: 'req-77', errorId: expect.stringMatching(UUID) });
  });
});
