// A file imported from the command line: its own `pg` connection and ONE transaction, so a
// crash, a kill or an error anywhere leaves the database as it was (PostgreSQL rolls back
// the transaction of a connection that goes away).
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Client } from 'pg';
import type { ImportErrorItem, ImportFormat } from './import-format';
import { importResults, type ImportProgress, type ImportReport } from './importer';
import { compiledReadWorker } from './read-in-worker';
import { PgSession } from './sql-session';

export interface FileImportOptions {
  format?: ImportFormat;
  dryRun?: boolean;
  onError?: (e: ImportErrorItem) => void;
  onProgress?: (p: ImportProgress) => void;
  onPhase?: (name: string) => void;
  maxErrors?: number;
  /**
   * The compiled read worker to check rows in (null: none, on the main thread). By default
   * files of READ_WORKER_MIN_BYTES or more use compiledReadWorker() where it exists.
   */
  readWorker?: string | null;
}

/** Below this, starting a worker thread (~50 ms) costs more than it saves. */
export const READ_WORKER_MIN_BYTES = 8 << 20;

/**
 * UTF-8 bytes as text. Results files are mostly ASCII, and an ASCII chunk is copied as is
 * (several times faster than decoding); other chunks, and the one after them (which may end
 * a character they began), go through a StringDecoder.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = false;
  for await (const chunk of chunks) {
    if (!pending && isAscii(chunk)) {
      yield chunk.toString('latin1');
    } else {
      pending = !isAscii(chunk);
      yield decoder.write(chunk);
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export function formatOfFile(file: string): ImportFormat | null {
  const ext = extname(file).toLowerCase();
  return ext === '.csv' ? 'CSV' : ext === '.json' ? 'JSON' : null;
}

export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}

export async function importFile(connectionString: string, file: string, options: FileImportOptions = {}): Promise<ImportReport> {
  const format = options.format ?? formatOfFile(file);
  if (!format) throw new Error(`Cannot tell the format of ${file}: name it .csv or .json, or pass --format csv|json`);
  const readWorker =
    options.readWorker !== undefined ? options.readWorker : (await fileSize(file)) >= READ_WORKER_MIN_BYTES ? compiledReadWorker() : null;
  const client = new Client({ connectionString, application_name: 'athletics-import' });
  await client.connect();
  try {
    // Room for the staging tables in memory (temp_buffers must be set before the session's
    // first temporary table), and for the set-based joins over them.
    await client.query("SET temp_buffers = '256MB'; SET work_mem = '64MB'");
    await client.query('BEGIN');
    try {
      const input = decodeUtf8(createReadStream(file, { highWaterMark: 1 << 20 }));
      const report = await importResults(new PgSession(client), input, {
        format,
        dryRun: options.dryRun,
        maxErrors: options.maxErrors,
        onError: options.onError,
        onProgress: options.onProgress,
        onPhase: options.onPhase,
        actor: { apiKeyId: null, name: 'cli' },
        label: file,
        readWorker,
      });
      if (report.ok && !report.dryRun) {
        options.onPhase?.('committing');
        await client.query('COMMIT');
      } else {
        await client.query('ROLLBACK');
      }
      return report;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
