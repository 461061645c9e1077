// Hand-written reads straight through `pg`, for every read of the graph (Prisma serves the writes). The same statement run
// through Prisma ($queryRaw or findMany) cost 2.6-3.3x the CPU in this process (measured on
// the bench dataset: 100 athletes by id 1.34 ms against 0.52 ms, 500 performances 4.0 against
// 1.2 ms), and every GraphQL read issues several. Rows come back typed as Prisma returns them
// (dates at UTC midnight, numerics as Prisma.Decimal, bigints as BigInt), so the models and
// the code that uses them do not change; src/db/sql-reader.test.ts holds them to that.
import { createHash } from 'node:crypto';
import type { Pool, QueryConfig } from 'pg';
import pg from 'pg';
import { DIGIT_PARSERS, STRING_PARSERS, type ValueParsers } from '../runtime/rows/value-parsers';
import { Prisma } from './generated/client';

/** OIDs of the built-in types whose parsing differs from pg's defaults. */
const OID = {
  int2: 21,
  int4: 23,
  int8: 20,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
  numericArray: 1231,
  int8Array: 1016,
} as const;

const parseDecimal = (text: string) => new Prisma.Decimal(text);
const parseArray = pg.types.getTypeParser(1009 as never) as (text: string) => string[];

// 'infinity' dates are not allowed by the schema's CHECKs; pg's own parser would turn them into
// Infinity, ours into an Invalid Date: neither reaches the API. Integers, dates and timestamps are
// read digit by digit (src/runtime/rows/value-parsers.ts), or as strings with DIGIT_PARSERS=off.
function typesWith(values: ValueParsers): QueryConfig['types'] {
  const parsers: Partial<Record<number, (text: string) => unknown>> = {
    [OID.int2]: values.int4,
    [OID.int4]: values.int4,
    [OID.int8]: (text) => BigInt(text),
    [OID.date]: values.date,
    [OID.timestamp]: values.timestamp,
    [OID.numeric]: parseDecimal,
    [OID.numericArray]: (text) => parseArray(text).map((v) => (v === null ? null : parseDecimal(v))),
    [OID.int8Array]: (text) => parseArray(text).map((v) => (v === null ? null : BigInt(v))),
  };
  return {
    getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid as never, format as never)) as never,
  };
}

const TYPES = { digits: typesWith(DIGIT_PARSERS), strings: typesWith(STRING_PARSERS) };

/** `WHERE a AND b ...`, or nothing when there are no conditions. */
export const whereAll = (conditions: readonly Prisma.Sql[]): Prisma.Sql =>
  conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;

/** Parameters as Prisma's adapter sends them: dates in UTC (pg's default is local time), decimals and bigints as text. */
export function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toParameter);
  if (typeof value === 'bigint' || Prisma.Decimal.isDecimal(value)) return String(value);
  return value;
}

/**
 * A failed read, with pg's error (SQLSTATE or socket error code) as its cause. pg rejects a
 * failed connect with the socket's own error object, which graphql-js does not always see as
 * an Error (another realm, as under Jest): wrapped, it always is, and classifyDatabaseError
 * finds the code through `cause`.
 */
export class SqlReadError extends Error {
  readonly code?: string;

  constructor(cause: unknown) {
    const { message, code } = (cause ?? {}) as { message?: unknown; code?: unknown };
    super(typeof message === 'string' ? message : 'database read failed', { cause });
    this.name = 'SqlReadError';
    if (typeof code === 'string') this.code = code;
  }
}

const ARRAY_CAST = /^::(int|text)\[\]/;

/** Arrays of keys this long at most are written out; PostgreSQL estimates a parameter array at 10 elements. */
const INLINE_KEYS_UP_TO = 9;

/**
 * The statement with each short array parameter written out as an array of its elements
 * (`ANY($1::int[])` given [7, 9] becomes `ANY(ARRAY[$1::int, $2::int])` given 7 and 9).
 * PostgreSQL takes a parameter array to hold 10 elements, so for the one to nine keys a request
 * usually asks for, the generic plan of a prepared keyed statement looked dearer than a plan for
 * the actual keys, and it planned the statement again on every execution (0.25-0.6 ms, as long
 * as running it: a profile's statements, the results of a meet of 3-8 races). An ARRAY of known
 * length is estimated right, and after five executions PostgreSQL keeps the generic plan. From
 * 10 keys on the parameter's estimate is no worse: one statement text for every larger batch.
 */
export function withShortArraysInline(query: Prisma.Sql): { text: string; values: unknown[] } {
  const { strings, values } = query;
  let text = strings[0];
  const passed: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const cast = Array.isArray(value) && value.length > 0 && value.length <= INLINE_KEYS_UP_TO ? ARRAY_CAST.exec(strings[i + 1]) : null;
    if (cast) {
      const elements = (value as unknown[]).map((element) => `$${passed.push(element)}::${cast[1]}`);
      text += `ARRAY[${elements.join(', ')}]${strings[i + 1].slice(cast[0].length)}`;
    } else {
      text += `$${passed.push(value)}${strings[i + 1]}`;
    }
  }
  return { text, values: passed };
}

export interface SqlReaderOptions {
  /** Name (prepare) the statements of rowsByKeys; off behind a pooler that cannot keep them (default on). */
  prepareKeyedStatements?: boolean;
  /** Read integers, dates and timestamps digit by digit (default on; DIGIT_PARSERS=off reads them as strings). */
  digitParsers?: boolean;
}

/** Statements named at most per process: a bound on what each connection keeps prepared. */
const MAX_NAMED_STATEMENTS = 500;

/** PostgreSQL refuses a prepared statement whose columns changed type since it was prepared. */
const isStalePlan = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
};

export class SqlReader {
  /** Statement text -> its name (a hash of the text, so readers sharing a pool agree). */
  private readonly names = new Map<string, string>();
  private readonly prepare: boolean;
  private readonly types: QueryConfig['types'];
  /** Bumped when a migration made prepared statements stale: their names change, so every connection prepares them anew. */
  private generation = 0;

  constructor(
    private readonly pool: Pool,
    options: SqlReaderOptions = {},
  ) {
    this.prepare = options.prepareKeyedStatements ?? true;
    this.types = (options.digitParsers ?? true) ? TYPES.digits : TYPES.strings;
  }

  /** Runs one statement built with Prisma.sql (its `$n` text and values) and returns its rows. */
  rows<T>(query: Prisma.Sql): Promise<T[]> {
    return this.run<T>({ text: query.text, values: query.values.map(toParameter), types: this.types });
  }

  /**
   * Like rows, for a statement that finds its rows by keys (ids, slugs), whose best plan is the
   * same whatever the values: it is prepared once per connection and PostgreSQL stops planning
   * it per request. Planning was a third to a half of such statements' time (a head-to-head's
   * pair statement: 2.2 ms planning, 3.5 ms running). Not for filters, searches and lists,
   * whose plans depend on the values given.
   */
  rowsByKeys<T>(query: Prisma.Sql): Promise<T[]> {
    const { text, values } = withShortArraysInline(query);
    const name = this.prepare ? this.nameOf(text) : undefined;
    return this.run<T>({ name, text, values: values.map(toParameter), types: this.types });
  }

  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < MAX_NAMED_STATEMENTS) {
      name = `k_${createHash('sha1').update(text).digest('base64url')}${this.generation ? `_${this.generation}` : ''}`;
      this.names.set(text, name);
    }
    return name;
  }

  private async run<T>(config: QueryConfig, retried = false): Promise<T[]> {
    try {
      const result = await this.pool.query(config);
      return result.rows as T[];
    } catch (error) {
      if (config.name && !retried && isStalePlan(error)) {
        // A migration changed the type of a column this statement returns, under a running
        // server. Each connection would refuse the statement from now on: name them all anew
        // (once, however many requests fail at the same moment) and run this one again. The
        // stale statements stay on their connections until these close.
        if (this.names.get(config.text) === config.name) {
          this.names.clear();
          this.generation++;
        }
        return this.run<T>({ ...config, name: this.nameOf(config.text) }, true);
      }
      throw new SqlReadError(error);
    }
  }
}
