// The main thread's side of a read pass shared with a worker thread (read-worker.ts).
// Checking rows is most of the pass's work, so both threads do it: a CSV file is cut into
// pieces of whole records (CsvRecordSplitter); a piece goes to the worker, or, when the
// worker already has enough queued, is checked here. Either way it becomes a batch of
// checked rows (row-batch.ts), and batches are replayed into the sink in file order, so the
// importer collects and stages rows exactly as if one thread had read the file. A JSON file
// goes to the worker as it comes, in one stream.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CsvRecordSplitter } from './csv-reader';
import type { ImportFormat } from './import-format';
import type { ReferenceData } from './reference-data';
import { RowBatchDecoder, RowBatchEncoder, type DecodedRowSink, type RowBatch } from './row-batch';
import { createCsvReader } from './row-reader';
import type { ReadWorkerData, ReadWorkerMessage } from './read-worker';

/** Pieces queued for the worker before this thread checks one itself: enough to keep it busy. */
const WORKER_AHEAD = 4;
/** Pieces read and not yet replayed, at most: memory stays bounded however the threads keep pace. */
const MAX_IN_FLIGHT = 6;

/** The compiled worker module, or null where there is none (tests run the TypeScript sources). */
export function compiledReadWorker(): string | null {
  const file = join(__dirname, 'read-worker.js');
  return existsSync(file) ? file : null;
}

/** A piece of the file on its way: its batch once checked, and how many characters of input it ends at. */
interface Slot {
  worker: boolean;
  batch: RowBatch | null;
  chars: number;
}

export async function readInWorker(
  workerFile: string,
  data: { format: ImportFormat; refs: ReferenceData },
  input: AsyncIterable<string> | Iterable<string>,
  sink: DecodedRowSink,
  /** After each batch, with the characters of input it covers so far; awaited (backpressure). */
  afterBatch: (chars: number) => Promise<void>,
): Promise<void> {
  const worker = new Worker(workerFile, { workerData: data satisfies ReadWorkerData });
  const slots: Slot[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (batch: RowBatch) => {
    const slot = slots.find((s) => s.worker && s.batch === null);
    if (slot) slot.batch = batch;
    signal();
  });
  worker.on('error', (error) => {
    failure = error;
    signal();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`The import's read worker stopped (exit code ${code})`);
    signal();
  });

  // This thread's own reader, for the CSV pieces it checks; each thread's ids are its own.
  const localEncoder = new RowBatchEncoder();
  const local = createCsvReader(data.refs, localEncoder);
  const decoders = { worker: new RowBatchDecoder(), local: new RowBatchDecoder() };
  let queued = 0;
  const send = (message: ReadWorkerMessage, chars: number) => {
    worker.postMessage(message);
    slots.push({ worker: true, batch: null, chars });
    queued++;
  };
  /** Replays the batches ready at the head of the queue; with `wait`, waits for at least one. */
  const replay = async (wait: boolean) => {
    for (;;) {
      if (failure) throw failure;
      const head = slots[0];
      if (!head || head.batch === null) {
        if (!wait || !head) return;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      slots.shift();
      if (head.worker) queued--;
      (head.worker ? decoders.worker : decoders.local).apply(head.batch, sink);
      await afterBatch(head.chars);
      wait = false;
    }
  };

  let chars = 0;
  try {
    if (data.format === 'CSV') {
      const splitter = new CsvRecordSplitter();
      let first = true;
      // When the first record is not a header (malformed), the next one is: only a reader
      // that sees every piece in order can tell which, so the worker then reads them all.
      let serial = false;
      const dispatch = async (pieces: Array<{ text: string; firstLine: number }>, upTo: number) => {
        for (const piece of pieces) {
          while (slots.length >= MAX_IN_FLIGHT) await replay(true);
          if (first) {
            // The header: both threads read it; only the worker's findings are reported.
            first = false;
            local.records(piece.text, piece.firstLine);
            localEncoder.take();
            serial = !local.hasHeader();
            send(piece, upTo);
          } else if (queued < WORKER_AHEAD || serial) {
            send(piece, upTo);
          } else {
            local.records(piece.text, piece.firstLine);
            slots.push({ worker: false, batch: localEncoder.take(), chars: upTo });
          }
          await replay(false);
        }
      };
      for await (const chunk of input) {
        const pieces = splitter.push(chunk);
        chars += chunk.length;
        await dispatch(pieces, chars);
      }
      await dispatch(splitter.end(), chars);
    } else {
      for await (const chunk of input) {
        chars += chunk.length;
        send(chunk, chars);
        while (slots.length >= MAX_IN_FLIGHT) await replay(true);
      }
      send(null, chars);
    }
    while (slots.length > 0) await replay(true);
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
