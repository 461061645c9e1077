// Query limits (cost, depth, aliases, tokens), the rate limit and the statement timeout,
// against a real server and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { Client } from 'pg';
import { DEFAULT_LIMITS } from '../src/server/config';
import { EXAMPLES_DIR } from '../src/app/example-operations';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';

const BRIEF = '{ athletes(first: 100) { nodes { performances(first: 100) { nodes { id } } } } }';

describe('query limits (defaults)', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest();
  });
  afterAll(() => api?.stop());

  it('refuses a query whose nested connections multiply past the cost limit, before running it', async () => {
    let acquired = 0;
    const count = () => acquired++;
    api.db.pool.on('acquire', count);
    try {
      const response = await api.query(BRIEF);
      expect(response.status).toBe(400);
      expect(response.json.data).toBeUndefined();
      expect(response.json.errors).toHaveLength(1);
      expect(response.json.errors[0].message).toMatch(/^Query cost 10100 exceeds the limit of 5000/);
      expect(response.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 5000, actual: 10100 });
      expect(acquired).toBe(0); // not one statement reached the database
    } finally {
      api.db.pool.off('acquire', count);
    }
  });

  it('measures `first` given in variables', async () => {
    const query = 'query ($n: Int!) { athletes(first: $n) { nodes { performances(first: $n) { nodes { id } } } } }';
    expect((await api.query(query, { n: 100 })).json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const small = await api.query(query, { n: 10 });
    expect(small.status).toBe(200);
    expect(small.json.errors).toBeUndefined();
    expect(small.json.data.athletes.nodes.length).toBeGreaterThan(0);
  });

  it('refuses a query nested deeper than the depth limit', async () => {
    const deep = `{ athlete(slug: "amos-serem") { performances(first: 1) { nodes { race { meet { races(first: 1) { nodes {
      results(first: 1) { nodes { athlete { performances(first: 1) { nodes { id } } } } } } } } } } } } }`;
    const response = await api.query(deep);
    expect(response.status).toBe(400);
    expect(response.json.errors[0]).toMatchObject({
      message: `Query depth 13 exceeds the limit of ${DEFAULT_LIMITS.maxDepth}`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 12, actual: 13 },
    });
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await api.query(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.json.errors[0]).toMatchObject({
      message: 'Query uses 31 aliases, more than the limit of 30',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases' },
    });
  });

  it('stops parsing at the token limit', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    const response = await api.query(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.json.errors[0]).toMatchObject({
      message: 'Query has more than 2000 tokens, the limit; parsing stopped',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 2000 },
    });
  });

  it('refuses a fragment bomb (fragments that each spread the next twice under aliases)', async () => {
    let bomb = 'query { athlete(slug: "amos-serem") { ...F1 } }';
    for (let i = 1; i <= 12; i++) {
      const next = i === 12 ? 'slug' : `...F${i + 1}`;
      bomb += `\nfragment F${i} on Athlete { a${i}: performances(first: 2) { nodes { athlete { ${next} } } } b${i}: performances(first: 2) { nodes { athlete { ${next} } } } }`;
    }
    const started = Date.now();
    const response = await api.query(bomb);
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lets the IDE introspect the schema', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const response = await api.query(query);
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('still refuses introspection nested to blow up the response (graphql-js MaxIntrospectionDepthRule)', async () => {
    const response = await api.query('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets every example operation through as it is', async () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await api.query(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      const codes = (response.json.errors ?? []).map((e: any) => e.extensions?.code);
      expect({ file, codes }).toEqual({ file, codes: expect.not.arrayContaining(['QUERY_TOO_COMPLEX', 'RATE_LIMITED']) });
      expect({ file, data: response.json.data === undefined }).toEqual({ file, data: false });
    }
  });

  it('keeps the page size check of connections', async () => {
    const response = await api.query('{ athletes(first: 101) { nodes { id } } }');
    expect(response.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.json.errors[0].message).toMatch(/between 0 and 100/);
  });

  it('refuses U+0000 in strings (PostgreSQL text cannot hold it) as bad input naming the argument', async () => {
    const byVariable = await api.query('query ($s: String) { athletes(search: $s) { totalCount } }', { s: 'a\u0000b' });
    expect(byVariable.status).toBe(400);
    expect(byVariable.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 's' } });
    const byLiteral = await api.query('{ athletes(search: "a\\u0000b") { totalCount } }');
    expect(byLiteral.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'search' } });
  });
});

describe('query limits (configured)', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({ limits: { maxCost: 50, maxDepth: 3, maxAliases: 1, maxTokens: 30 } });
  });
  afterAll(() => api?.stop());

  it('applies the configured values and names them', async () => {
    expect((await api.query('{ athletes(first: 51) { nodes { id } } }')).json.errors[0].message).toMatch(
      /^Query cost 51 exceeds the limit of 50/,
    );
    expect((await api.query('{ athletes(first: 50) { nodes { id } } }')).json.errors).toBeUndefined();
    expect((await api.query('{ athletes { nodes { country { code } } } }')).json.errors[0].message).toBe(
      'Query depth 4 exceeds the limit of 3',
    );
    expect((await api.query('{ a: __typename b: __typename }')).json.errors[0].message).toBe(
      'Query uses 2 aliases, more than the limit of 1',
    );
    expect((await api.query(`{ ${'__typename '.repeat(31)}}`)).json.errors[0].message).toMatch(/more than 30 tokens, the limit/);
  });
});

describe('rate limit', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({ limits: { rateLimitMax: 5, rateLimitWindowSeconds: 60 } });
  });
  afterAll(() => api?.stop());

  it('counts each client, sends the RateLimit headers, and answers 429 with a GraphQL error past the limit', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await api.query('{ __typename }');
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(response.headers.get('ratelimit-policy')).toBe('5;w=60');
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      remaining.push(response.headers.get('ratelimit-remaining') as string);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);

    const refused = await api.query('{ __typename }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(refused.json.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', limit: 5, windowSeconds: 60 } });
    expect(refused.json.errors[0].message).toMatch(/limit is 5 per 60 s/);

    // An API key is a client of its own; probes are never limited.
    const withKey = await api.query('{ __typename }', undefined, { authorization: 'Bearer test-key-1' });
    expect(withKey.status).toBe(200);
    expect(withKey.headers.get('ratelimit-remaining')).toBe('4');
    expect((await api.request({ method: 'GET', path: '/healthz' })).status).toBe(200);
  });
});

describe('statement timeout', () => {
  let api: ServerUnderTest;
  beforeAll(async () => {
    api = await startServerUnderTest({ statementTimeoutMs: 500 });
  });
  afterAll(() => api?.stop());

  it('cancels a statement that runs past it and says so with code TIMEOUT; the connection stays usable', async () => {
    const locker = new Client({ connectionString: api.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE athletes IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const response = await api.query('{ athletes { totalCount } }');
      const took = Date.now() - started;
      expect(response.json.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', timeoutMs: 500 });
      expect(response.json.errors[0].message).toMatch(/longer than the limit of 500 ms/);
      expect(took).toBeGreaterThanOrEqual(450);
      expect(took).toBeLessThan(3000);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const after = await api.query('{ athletes { totalCount } }');
    expect(after.json).toEqual({ data: { athletes: { totalCount: 7 } } });
  });
});
