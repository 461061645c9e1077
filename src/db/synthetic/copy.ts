// COPY ... FROM STDIN in PostgreSQL's text format: rows of cells sent in chunks, with the
// stream's back-pressure respected.
import { once } from 'node:events';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null;

export interface CopyStream {
  /** Sends rows; resolves once the stream can take more. */
  write(rows: Cell[][]): Promise<void>;
  /** Finishes the COPY; resolves with the rows sent. */
  end(): Promise<number>;
}

/** A COPY ... FROM STDIN (text format) kept open across writes. */
export function openCopy(client: Client, table: string, columns: string[]): CopyStream {
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  let failure: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', (error: Error) => {
      failure = error;
      reject(error);
    });
  });
  finished.catch(() => undefined); // reported by the next write or by end()
  let sent = 0;
  return {
    async write(rows) {
      for (let i = 0; i < rows.length; i += 5000) {
        if (failure) throw failure;
        let chunk = '';
        for (const row of rows.slice(i, i + 5000)) chunk += copyLine(row);
        if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), finished]);
      }
      sent += rows.length;
    },
    async end() {
      stream.end();
      await finished;
      return sent;
    },
  };
}

/** COPY rows into a table in one statement; returns the row count. */
export async function copy(client: Client, table: string, columns: string[], rows: Cell[][]): Promise<number> {
  if (rows.length === 0) return 0;
  const stream = openCopy(client, table, columns);
  await stream.write(rows);
  return stream.end();
}

function copyLine(cells: Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (i > 0) line += '\t';
    if (v === null) line += '\\N';
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else if (typeof v === 'number') line += String(v);
    else line += /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
  }
  return `${line}\n`;
}
