// The read worker's entry (compiled: dist/.../read-worker.js). It reads and checks rows and
// answers every message with one batch of the rows it finished (row-batch.ts). Messages:
// a CSV piece of whole records ({ text, firstLine }), or, for JSON, the file's text chunk
// by chunk (a string; null at the end).
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportFormat } from './import-format';
import type { ReferenceData } from './reference-data';
import { RowBatchEncoder } from './row-batch';
import { createCsvReader, createRowReader } from './row-reader';

export interface ReadWorkerData {
  format: ImportFormat;
  refs: ReferenceData;
}

export type ReadWorkerMessage = string | null | { text: string; firstLine: number };

const port = parentPort;
if (port) {
  const { format, refs } = workerData as ReadWorkerData;
  const encoder = new RowBatchEncoder();
  const csv = format === 'CSV' ? createCsvReader(refs, encoder) : null;
  const reader = csv ?? createRowReader(format, refs, encoder);
  port.on('message', (message: ReadWorkerMessage) => {
    if (message === null) reader.end();
    else if (typeof message === 'string') reader.push(message);
    else if (csv) csv.records(message.text, message.firstLine);
    else throw new Error('The read worker got CSV pieces for a JSON file');
    const batch = encoder.take();
    port.postMessage(batch, [batch.rows.buffer as ArrayBuffer]);
  });
}
