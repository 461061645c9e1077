// Generated hostile requests for test/fuzz.test.ts, reproducible from a seed: broken HTTP
// and JSON, hostile GraphQL documents, and hostile values for every argument of the
// schema's root fields (and of the fields with arguments one level below them).
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** mulberry32: small, fast, seedable. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    bytes: (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256)),
  };
}

export type Random = ReturnType<typeof prng>;

const b64 = (s: string) => Buffer.from(s).toString('base64url');

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  "'",
  "''",
  "' OR '1'='1",
  "'; DROP TABLE athletes; --",
  '" OR ""="',
  '%',
  '%%',
  '_',
  '\\',
  "\\'",
  '$$',
  '$1',
  '::text',
  '/*',
  '*/',
  '-- ',
  ';',
  "E'\\x00'",
  "%' AND 1=1 --",
  ') OR (1=1',
  '`',
  '1; SELECT pg_sleep(10)--',
  'Soufiané',
  'ÅÄÖ',
  'Σωκράτης',
  '李小龍',
  '🏃‍♂️🏅',
  '\u202eevil',
  '\u200b',
  'e\u0301',
  'Z̸̡̛a̷̢l̶g̵o̴',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u0000',
  'a\u0000b',
  '\u0001\u001f\u007f',
  'line\nbreak',
  'tab\there',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '{}',
  '[]',
  'null',
  '(a+)+$',
  '%s%n%x',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  'x'.repeat(10_000),
  'é'.repeat(5_000),
  '🏃'.repeat(2_000),
  b64('Athlete:1'),
  b64('Meet:1'),
];

const HOSTILE_IDS: readonly string[] = [
  b64('Athlete:0'),
  b64('Athlete:-1'),
  b64('Athlete:99999999999'),
  b64('Athlete:1.5'),
  b64('Athlete:1e3'),
  b64('Athlete:'),
  b64(':1'),
  b64("Country:'"),
  b64('Nope:1'),
  b64('Athlete:1; DROP TABLE athletes'),
  b64('Performance:2147483648'),
  'QXRobGV0ZTox==',
  '!!!',
  'QQ',
  `${b64('Athlete:1')}=`,
  'A'.repeat(5000),
  b64('__proto__:1'),
  b64('constructor:1'),
];

const HOSTILE_INTS: readonly unknown[] = [0, -1, 1, 100, 101, 2147483647, -2147483648, 2147483648, 1.5, '10', null, 1e308, true, [], {}];
const HOSTILE_FLOATS: readonly unknown[] = [0, -0, 1e308, -1e308, 5e-324, 1.5, 'x', null, true];
const HOSTILE_BOOLEANS: readonly unknown[] = [true, false, 'true', 1, 0, null, []];
const HOSTILE_DATES: readonly unknown[] = [
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '2024-13-01',
  'not a date',
  '',
  20240101,
  '2024-01-01T25:00:00Z',
  '-271821-04-19',
  null,
];

interface Context {
  rnd: Random;
  schema: GraphQLSchema;
  /** Real ids from the seed data, so that lookups go past id decoding. */
  validIds: string[];
}

/** A value of the declared type that should pass, so the argument under test is the only hostile one. */
function plausible(type: GraphQLInputType, name: string, ctx: Context, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(nullable.ofType, name, ctx, depth + 1)];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined && depth < 4)
        out[field.name] = plausible(field.type, field.name, ctx, depth + 1);
    }
    return out;
  }
  switch (nullable.name) {
    case 'Int':
      return /year|season/i.test(name) ? 2024 : 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return ctx.validIds[0];
    case 'Date':
      return '2024-08-25';
    default:
      if (/slug|athlete/i.test(name)) return 'amos-serem';
      if (/meet|edition/i.test(name)) return 'silesia-2024';
      if (/championship/i.test(name)) return 'olympic-games';
      if (/event/i.test(name)) return '3000SC';
      if (/country/i.test(name)) return 'KEN';
      if (/mark|text/i.test(name)) return '8:04.29';
      return 'a';
  }
}

/** A hostile value for a declared input type. */
function hostile(type: GraphQLInputType, ctx: Context, depth = 0): unknown {
  const { rnd } = ctx;
  if (rnd.chance(0.05)) return null;
  if (rnd.chance(0.03)) return rnd.pick<unknown>([{}, [], 'x', 1, true]);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const shape = rnd.int(0, 4);
    if (shape === 0) return [];
    if (shape === 1) return Array.from({ length: rnd.int(101, 300) }, () => hostile(nullable.ofType, ctx, depth + 1));
    if (shape === 2) return hostile(nullable.ofType, ctx, depth + 1); // a single value, coerced to a list
    return Array.from({ length: rnd.int(1, 5) }, () => hostile(nullable.ofType, ctx, depth + 1));
  }
  if (isEnumType(nullable)) {
    const values = nullable.getValues().map((v) => v.name);
    return rnd.pick<unknown>([...values, 'NOPE', values[0].toLowerCase(), 1, `${values[0]}'`]);
  }
  if (isInputObjectType(nullable)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (rnd.chance(0.7))
        out[field.name] = rnd.chance(0.5) ? hostile(field.type, ctx, depth + 1) : plausible(field.type, field.name, ctx, depth + 1);
    }
    if (rnd.chance(0.2)) out.__proto__extra = 'x';
    return out;
  }
  switch (nullable.name) {
    case 'Int':
      return rnd.pick(HOSTILE_INTS);
    case 'Float':
      return rnd.pick(HOSTILE_FLOATS);
    case 'Boolean':
      return rnd.pick(HOSTILE_BOOLEANS);
    case 'ID':
      return rnd.pick([...HOSTILE_IDS, ...ctx.validIds, rnd.pick(HOSTILE_STRINGS)]);
    case 'Date':
      return rnd.pick(HOSTILE_DATES);
    default:
      return rnd.pick(HOSTILE_STRINGS);
  }
}

/** A small selection of a type: its scalar fields without required arguments, connections opened one level. */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || depth > 2) return '{ __typename }';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'pageInfo'))
      parts.push(`${field.name} ${selectionOf(named, depth + 1)}`);
    else if (depth === 0 && !named.name.endsWith('Connection') && parts.length < 12)
      parts.push(`${field.name} ${selectionOf(named, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

/** A GraphQL literal for a JSON value (strings as JSON strings, which GraphQL reads the same). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const nullable = getNullableType(type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(nullable) ? nullable.ofType : nullable)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? nullable)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') return isEnumType(nullable) && /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** Root fields with arguments, and fields with arguments of the root fields' types. */
function targets(
  schema: GraphQLSchema,
): Array<{ root: GraphQLField<unknown, unknown>; field: GraphQLField<unknown, unknown>; operation: 'query' | 'mutation' }> {
  const out: Array<{ root: GraphQLField<unknown, unknown>; field: GraphQLField<unknown, unknown>; operation: 'query' | 'mutation' }> = [];
  const roots: Array<[GraphQLObjectType | null | undefined, 'query' | 'mutation']> = [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
  ];
  for (const [rootType, operation] of roots) {
    if (!rootType) continue;
    for (const root of Object.values(rootType.getFields())) {
      if (root.args.length > 0) out.push({ root, field: root, operation });
      if (operation !== 'query') continue;
      let named = getNamedType(root.type);
      if (named.name.endsWith('Connection') && isObjectType(named)) named = getNamedType(named.getFields().nodes?.type ?? named);
      if (!isObjectType(named)) continue;
      for (const child of Object.values(named.getFields())) {
        if (child.args.length > 0) out.push({ root, field: child, operation });
      }
    }
  }
  return out;
}

function argumentCase(ctx: Context, target: ReturnType<typeof targets>[number], arg: GraphQLArgument): FuzzCase {
  const { rnd } = ctx;
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args = (field: GraphQLField<unknown, unknown>, hostileArg: GraphQLArgument | undefined, prefix: string) => {
    const parts: string[] = [];
    for (const a of field.args) {
      const isTarget = a === hostileArg;
      if (!isTarget && !isRequiredArgument(a) && !rnd.chance(0.15)) continue;
      const value = isTarget ? hostile(a.type, ctx) : plausible(a.type, a.name, ctx);
      if (isTarget && rnd.chance(0.25)) {
        parts.push(`${a.name}: ${literal(value, a.type)}`);
      } else {
        const name = `${prefix}${a.name}`;
        definitions.push(`$${name}: ${typeString(a.type)}`);
        variables[name] = value;
        parts.push(`${a.name}: $${name}`);
      }
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };
  const named = getNamedType(target.field.type);
  const leaf = `${target.field.name}${args(target.field, arg, 'v_')} ${selectionOf(named)}`;
  let body: string;
  if (target.root === target.field) {
    body = leaf;
  } else {
    const rootNamed = getNamedType(target.root.type);
    const wrapped = rootNamed.name.endsWith('Connection') ? `nodes { ${leaf} }` : leaf;
    body = `${target.root.name}${args(target.root, undefined, 'r_')} { ${wrapped} }`;
  }
  const query = `${target.operation}${definitions.length ? ` (${definitions.join(', ')})` : ''} { ${body} }`;
  return jsonCase(`argument ${target.field.name}(${arg.name}: ${getNamedType(arg.type).name})`, { query, variables });
}

function jsonCase(kind: string, payload: unknown, headers: Record<string, string> = {}): FuzzCase {
  return {
    kind,
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  };
}

function mutate(rnd: Random, text: string): string {
  const chars = [...text];
  const edits = rnd.int(1, 6);
  for (let i = 0; i < edits; i++) {
    const at = rnd.int(0, Math.max(0, chars.length - 1));
    const op = rnd.int(0, 3);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1)
      chars.splice(at, 0, rnd.pick(['{', '}', '(', ')', '"', ':', '$', '@', '...', '\\', '\u0000', '#', '!', '[', ']', 'é', '🏃']));
    else if (op === 2) chars.splice(at, 0, chars[rnd.int(0, chars.length - 1)] ?? 'x');
    else chars.length = at; // truncate
  }
  return chars.join('');
}

const WORDS = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '...',
  'on',
  'query',
  'mutation',
  'fragment',
  'athlete',
  'athletes',
  'nodes',
  'edges',
  'node',
  'performances',
  'first',
  '100',
  '-1',
  '"x"',
  '$v',
  '@include',
  '@skip',
  'if',
  'true',
  'id',
  '__typename',
  '__schema',
  '__type',
  'name',
  'slug',
  'a:',
  'b:',
  '[',
  ']',
  '=',
  '!',
  'Int',
  'String',
  '#',
  '"""',
  '1e999',
  'null',
];

export function generateCases(
  schema: GraphQLSchema,
  options: { seed: number; validIds: string[]; examples: string[]; maxBodyBytes: number },
): FuzzCase[] {
  const rnd = prng(options.seed);
  const ctx: Context = { rnd, schema, validIds: options.validIds };
  const cases: FuzzCase[] = [];
  const add = (n: number, make: (i: number) => FuzzCase) => {
    for (let i = 0; i < n; i++) cases.push(make(i));
  };
  const example = () => rnd.pick(options.examples);
  const validBody = () => JSON.stringify({ query: example() });

  // --- HTTP and JSON
  add(120, () => ({
    kind: 'random bytes',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': rnd.pick(['application/json', 'application/octet-stream', 'application/json; charset=utf-8']) },
    body: rnd.bytes(rnd.int(0, 3000)),
  }));
  add(200, () => ({
    kind: 'broken JSON',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: mutate(rnd, validBody()),
  }));
  add(80, () => ({
    kind: 'wrong content type',
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': rnd.pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=--x',
        'application/x-www-form-urlencoded',
        'application/graphql',
        'image/png',
        '*/*',
        ';;;',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
      ]),
    },
    body: validBody(),
  }));
  add(40, () => ({
    kind: 'other method',
    method: rnd.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']),
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: undefined,
  }));
  add(80, () => {
    const depth = rnd.int(1, 50_000);
    const values: unknown[] = [
      0,
      -1,
      'str',
      true,
      null,
      [],
      [1, 2],
      '['.repeat(depth) + ']'.repeat(depth),
      '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
    ];
    const value = rnd.pick(values);
    return {
      kind: 'JSON that is not a request',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body:
        (typeof value === 'string' && value.startsWith('[')) || (typeof value === 'string' && value.startsWith('{'))
          ? value
          : JSON.stringify(value),
    };
  });
  add(80, () =>
    jsonCase('request fields of the wrong type', {
      query: rnd.pick<unknown>([42, null, [], {}, true, example(), '']),
      variables: rnd.pick<unknown>([undefined, 'x', [], 7, { a: 1 }, null]),
      operationName: rnd.pick<unknown>([undefined, 42, 'Nope', '', null, {}]),
      extensions: rnd.pick<unknown>([undefined, 'x', { persistedQuery: { version: 1, sha256Hash: 'abc' } }, { persistedQuery: 'x' }]),
    }),
  );
  add(15, () =>
    jsonCase('body over the limit', { query: '{ __typename }', variables: { s: 'x'.repeat(options.maxBodyBytes + rnd.int(1, 50_000)) } }),
  );
  add(60, () => {
    const params = new URLSearchParams();
    if (rnd.chance(0.8)) params.set('query', rnd.chance(0.5) ? example() : mutate(rnd, example()));
    if (rnd.chance(0.3)) params.set('variables', rnd.pick(['{', '[]', '{"slug":"amos-serem"}', 'null']));
    const headers: Record<string, string> = { accept: rnd.pick(['application/json', 'application/graphql-response+json', '*/*']) };
    if (rnd.chance(0.6)) headers['apollo-require-preflight'] = 'true';
    return { kind: 'GET', method: 'GET', path: `/graphql?${params}`, headers };
  });
  add(40, () => ({
    kind: 'odd path',
    method: rnd.pick(['GET', 'POST']),
    path: rnd.pick([
      '/',
      '/graphql/',
      '/graphql/x',
      '/%',
      '/%E0%A4%A',
      `/${'a'.repeat(5000)}`,
      '/graphql/../healthz',
      '/readyz?x=%00',
      '/ide/assets/..%2F..%2Fpackage.json',
      '/.env',
    ]),
    headers: { 'content-type': 'application/json' },
    body: undefined,
  }));
  add(30, () => ({
    kind: 'encodings and charsets',
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': rnd.pick(['application/json', 'application/json; charset=ebcdic']),
      'content-encoding': rnd.pick(['gzip', 'deflate', 'br', 'compress', 'x-nope']),
    },
    body: rnd.bytes(rnd.int(0, 500)),
  }));
  add(30, () =>
    jsonCase(
      'bearer token',
      { query: example() },
      { authorization: rnd.pick(['Bearer ', 'Bearer x', `Bearer ${'k'.repeat(5000)}`, 'Basic YTpi', 'Bearer \u00ff', 'bearer a b c']) },
    ),
  );

  // --- Hostile documents
  add(40, () => {
    const depth = rnd.int(5, 300);
    let q = 'slug';
    for (let i = 0; i < depth; i++)
      q = i % 2 === 0 ? `performances(first: 1) { nodes { race { results(first: 1) { nodes { athlete { ${q} } } } } } }` : q;
    return jsonCase('deep nesting', { query: `{ athlete(slug: "amos-serem") { ${q} } }` });
  });
  add(30, () => {
    const depth = rnd.int(100, 5000);
    return jsonCase('deep braces', { query: `${'{a'.repeat(depth)}${'}'.repeat(depth)}` });
  });
  add(50, () => {
    const n = rnd.int(10, 1500);
    const field = rnd.pick([
      '__typename',
      'athletes(first: 100) { nodes { id } }',
      'athlete(slug: "amos-serem") { performances(first: 100) { nodes { id } } }',
      'meets { totalCount }',
    ]);
    return jsonCase('alias bomb', { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }` });
  });
  add(40, () => {
    const levels = rnd.int(3, 40);
    let doc = `query { athlete(slug: "amos-serem") { ...F${levels} } }\nfragment F0 on Athlete { slug }`;
    for (let i = 1; i <= levels; i++) {
      doc += rnd.chance(0.5)
        ? `\nfragment F${i} on Athlete { ...F${i - 1} ...F${i - 1} }`
        : `\nfragment F${i} on Athlete { x${i}: performances(first: 2) { nodes { athlete { ...F${i - 1} } } } y${i}: performances(first: 2) { nodes { athlete { ...F${i - 1} } } } }`;
    }
    return jsonCase('fragment bomb', { query: doc });
  });
  add(20, () =>
    jsonCase('fragment cycle', {
      query: '{ athlete(slug: "amos-serem") { ...A } } fragment A on Athlete { ...B } fragment B on Athlete { country { code } ...A }',
    }),
  );
  add(25, () => {
    const n = rnd.int(10, 1000);
    return jsonCase('directive bomb', {
      query: `{ __typename ${Array.from({ length: n }, () => rnd.pick(['@include(if: true)', '@skip(if: false)', '@nope', '@deprecated'])).join(' ')} }`,
    });
  });
  add(20, () => jsonCase('huge string literal', { query: `{ athletes(search: "${'x'.repeat(rnd.int(1000, 60_000))}") { totalCount } }` }));
  add(20, () =>
    jsonCase('several operations', {
      query: `query A { __typename } query B { athletes { totalCount } } ${rnd.chance(0.5) ? 'query A { __typename }' : ''}`,
      operationName: rnd.pick([undefined, 'A', 'B', 'C']),
    }),
  );
  add(20, () =>
    jsonCase('introspection', {
      query: rnd.pick([
        '{ __schema { types { name fields { name args { name type { name kind ofType { name } } } } } } }',
        '{ __type(name: "Athlete") { fields { name type { name } } } }',
        '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
        `{ __type(name: ${JSON.stringify(rnd.pick(HOSTILE_STRINGS))}) { name } }`,
      ]),
    }),
  );
  add(200, () => jsonCase('token soup', { query: Array.from({ length: rnd.int(1, 80) }, () => rnd.pick(WORDS)).join(' ') }));
  add(200, () => jsonCase('mutated example', { query: mutate(rnd, example()) }));

  // --- Every argument of the schema's queries (and mutations), with hostile values
  const all = targets(schema);
  const perArgument = Math.max(
    6,
    Math.ceil(
      1800 /
        Math.max(
          1,
          all.reduce((n, t) => n + t.field.args.length, 0),
        ),
    ),
  );
  for (const target of all) {
    for (const arg of target.field.args) {
      for (let i = 0; i < perArgument; i++) cases.push(argumentCase(ctx, target, arg));
    }
  }
  return cases;
}
