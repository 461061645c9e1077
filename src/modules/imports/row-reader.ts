// Reading and checking rows one by one: the part of an import that needs neither the other
// rows nor the database, so that it can run in a worker thread (read-worker.ts) while the
// main thread collects the rows' keys and streams them to PostgreSQL.
import { COL, COLUMN_NAMES, COLUMNS, type ColumnName, type ImportFormat, type RawRow } from './import-format';
import { CsvParser } from './csv-reader';
import { JsonArrayParser } from './json-reader';
import type { ReferenceData } from './reference-data';
import { RowChecker, type CellError, type CheckedRow } from './row';

export interface Reader {
  push(chunk: string): void;
  end(): void;
}

/** A CSV reader also reads pieces cut apart (read-in-worker.ts). */
export interface CsvReader extends Reader {
  /** Whole records cut by a CsvRecordSplitter (the header's piece first). */
  records(text: string, firstLine: number): void;
  /** Whether the header has been read (a malformed first record is not one). */
  hasHeader(): boolean;
}

/** Where checked rows go, in file order. A row's own errors are reported before the row. */
export interface CheckedRowSink {
  /** A row was read: its checked parts, or null when it has errors (already reported). */
  row(ref: number, row: CheckedRow | null): void;
  /** An error at a row (its CSV line or JSON index), or about the whole file (null). */
  error(ref: number | null, column: string | null, message: string): void;
}

export function createRowReader(format: ImportFormat, refs: ReferenceData, sink: CheckedRowSink): Reader {
  if (format === 'CSV') return createCsvReader(refs, sink);
  const [onRow, fail] = rowChecks(refs, sink);
  return jsonRows(onRow, fail);
}

export function createCsvReader(refs: ReferenceData, sink: CheckedRowSink): CsvReader {
  const [onRow, fail, absent] = rowChecks(refs, sink);
  return csvRows(onRow, fail, absent);
}

/** Checks each raw row and hands it to the sink; with the sink's error reporter and the header's missing columns. */
function rowChecks(refs: ReferenceData, sink: CheckedRowSink): [(raw: RawRow, ref: number) => void, Fail, Set<ColumnName>] {
  const checker = new RowChecker(refs);
  const errors: CellError[] = [];
  const onRow = (raw: RawRow, ref: number) => {
    errors.length = 0;
    const row = checker.check(raw, errors);
    for (const e of errors) sink.error(ref, e.column, e.message);
    sink.row(ref, row);
  };
  const fail: Fail = (ref, column, message) => sink.error(ref, column, message);
  return [onRow, fail, checker.absentColumns];
}

type Fail = (ref: number | null, column: string | null, message: string) => void;

function csvRows(onRow: (raw: RawRow, ref: number) => void, fail: Fail, absent: Set<ColumnName>): CsvReader {
  let header: Array<ColumnName | null> | null = null;
  /** For each column (COL order), its field in the file's records, or -1. */
  let position: number[] = [];
  const parser = new CsvParser({
    record(cells, line) {
      if (header === null) {
        header = checkHeader(cells, fail);
        for (const c of COLUMNS) if (c.required && !header.includes(c.name)) absent.add(c.name);
        position = COLUMNS.map((c) => (header as Array<ColumnName | null>).indexOf(c.name));
        return;
      }
      if (cells.length !== header.length) {
        fail(line, null, `has ${cells.length} fields, the header has ${header.length}`);
        return;
      }
      const raw: RawRow = new Array(position.length);
      for (let k = 0; k < position.length; k++) raw[k] = position[k] < 0 ? null : cells[position[k]];
      onRow(raw, line);
    },
    error(line, message) {
      fail(line, null, message);
    },
  });
  return {
    push: (chunk) => parser.push(chunk),
    end: () => parser.end(),
    records: (text, firstLine) => parser.records(text, firstLine),
    hasHeader: () => header !== null,
  };
}

function checkHeader(cells: string[], fail: Fail): Array<ColumnName | null> {
  const seen = new Set<string>();
  const header = cells.map((cell) => {
    const name = cell.trim();
    if (!COLUMN_NAMES.has(name)) {
      fail(1, name, `unknown column "${name}" (the columns are ${COLUMNS.map((c) => c.name).join(', ')})`);
      return null;
    }
    if (seen.has(name)) {
      fail(1, name, `column "${name}" appears twice`);
      return null;
    }
    seen.add(name);
    return name as ColumnName;
  });
  for (const c of COLUMNS) if (c.required && !seen.has(c.name)) fail(1, c.name, `the required column "${c.name}" is missing`);
  return header;
}

function jsonRows(onRow: (raw: RawRow, ref: number) => void, fail: Fail): Reader {
  return new JsonArrayParser({
    element(value, index) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        fail(index, null, "is not an object with the import's keys");
        return;
      }
      const raw: RawRow = new Array(COLUMNS.length).fill(null);
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (!COLUMN_NAMES.has(key)) {
          fail(index, key, `unknown key "${key}" (the keys are ${COLUMNS.map((c) => c.name).join(', ')})`);
        } else if (v === null || typeof v === 'string') {
          raw[COL[key as ColumnName]] = v;
        } else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') {
          // A mark as a JSON number would lose how it was published ("8.90" -> 8.9).
          if (key === 'mark') {
            fail(index, key, 'write the mark as a string, exactly as published (e.g. "8:04.29")');
          } else raw[COL[key as ColumnName]] = String(v);
        } else {
          fail(index, key, 'must be a string, a number, true, false or null');
        }
      }
      // A row with a bad key is still read, and its other cells checked.
      onRow(raw, index);
    },
    error(index, message) {
      fail(index, null, message);
    },
  });
}
