// The one connection an import runs on, inside its transaction. Two kinds: a `pg` client
// (the command line: bulk loads go through COPY) and a Prisma interactive transaction (the
// GraphQL mutation, whose inputs are small: bulk loads become batched INSERT ... unnest).
// SQL text is always constant; values travel as parameters or in the COPY stream.
import type { PoolClient, Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PrismaClient } from '../../db/client';

export type ColumnType = 'int' | 'text' | 'date' | 'numeric' | 'bool';

export interface BulkColumn {
  name: string;
  type: ColumnType;
}

/** Rows appended to a table in bulk; `add` may apply backpressure (await it when it returns a promise). */
export interface BulkLoader {
  add(values: ReadonlyArray<string | number | boolean | null>): void | Promise<void>;
  /** A row already in COPY's text format, line break included (only where bulk loads are COPY). */
  addLine?(line: string): void | Promise<void>;
  finish(): Promise<void>;
}

export interface SqlSession {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Number of rows affected. */
  execute(text: string, params?: unknown[]): Promise<number>;
  bulkLoader(table: string, columns: BulkColumn[]): BulkLoader;
}

type PgConnection = Client | PoolClient;

/**
 * How far a COPY may run ahead of PostgreSQL before the writer waits. With the stream's
 * default 16 KB, the import waited for the server on nearly every input chunk and sat idle
 * meanwhile (measured: 1 s of a 1,000,000-row read pass); a few MB keep both busy.
 */
const COPY_AHEAD_BYTES = 4 << 20;

export class PgSession implements SqlSession {
  constructor(private readonly client: PgConnection) {}

  async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(text, params)).rows as T[];
  }

  async execute(text: string, params: unknown[] = []): Promise<number> {
    return (await this.client.query(text, params)).rowCount ?? 0;
  }

  bulkLoader(table: string, columns: BulkColumn[]): BulkLoader {
    const stream = this.client.query(
      copyFrom(`COPY ${table} (${columns.map((c) => c.name).join(', ')}) FROM STDIN`, { highWaterMark: COPY_AHEAD_BYTES }),
    );
    let failed: Error | null = null;
    stream.on('error', (error: Error) => {
      failed = error;
    });
    let buffer = '';
    const flush = (): void | Promise<void> => {
      const ok = stream.write(buffer);
      buffer = '';
      if (!ok) {
        return new Promise<void>((resolve) => {
          stream.once('drain', resolve);
          stream.once('error', () => resolve()); // the error itself surfaces in add() or finish()
        });
      }
    };
    return {
      add(values) {
        if (failed) throw failed;
        buffer += copyLine(values);
        // Written in ~64 KB pieces: one write per row would cost more than the row itself.
        if (buffer.length >= 65536) return flush();
      },
      addLine(line) {
        if (failed) throw failed;
        buffer += line;
        if (buffer.length >= 65536) return flush();
      },
      async finish() {
        if (buffer !== '') await flush();
        await new Promise<void>((resolve, reject) => {
          if (failed) return reject(failed);
          stream.once('finish', resolve);
          stream.once('error', reject);
          stream.end();
        });
      },
    };
  }
}

/** A row in COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(values: ReadonlyArray<string | number | boolean | null>): string {
  return `${copyFields(values)}\n`;
}

/** Fields in COPY's text format, without the line break. */
export function copyFields(values: ReadonlyArray<string | number | boolean | null>): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += '\t';
    if (v === null) line += '\\N';
    else if (typeof v === 'number') line += String(v);
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else line += /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, escapeChar) : v;
  }
  return line;
}

const escapeChar = (ch: string) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r');

type PrismaTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export class PrismaSession implements SqlSession {
  constructor(
    private readonly tx: PrismaTx,
    private readonly batchSize = 2000,
  ) {}

  query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return this.tx.$queryRawUnsafe<T[]>(text, ...params);
  }

  execute(text: string, params: unknown[] = []): Promise<number> {
    return this.tx.$executeRawUnsafe(text, ...params);
  }

  bulkLoader(table: string, columns: BulkColumn[]): BulkLoader {
    // Arrays travel as text[] and are cast in SQL, which is the same for every column type.
    const unnest = columns.map((c, i) => `$${i + 1}::text[]`).join(', ');
    const select = columns
      .map((c, i) => `c${i}::${c.type === 'numeric' ? 'numeric' : c.type === 'int' ? 'integer' : c.type === 'bool' ? 'boolean' : c.type}`)
      .join(', ');
    const aliases = columns.map((_, i) => `c${i}`).join(', ');
    const text = `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases})`;
    let batch: Array<Array<string | null>> = columns.map(() => []);
    let size = 0;
    // One statement at a time on the transaction, in order.
    let chain: Promise<void> = Promise.resolve();
    const flush = (): Promise<void> => {
      if (size === 0) return chain;
      const arrays = batch;
      batch = columns.map(() => []);
      size = 0;
      chain = chain.then(async () => {
        await this.tx.$executeRawUnsafe(text, ...arrays);
      });
      return chain;
    };
    return {
      add: (values) => {
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          batch[i].push(v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v));
        }
        if (++size >= this.batchSize) return flush();
      },
      finish: flush,
    };
  }
}
