// A streaming CSV (RFC 4180) record parser built for speed: a line without quotes is split
// in one call, only quoted records go through the character loop. csv-parse managed about
// 120,000 rows/s on our 25-column files (a third of that with line numbers), too slow for
// the import's target; csv-reader.test.ts checks this parser against csv-parse.
//
// Records carry the line they START on (the header is line 1), so a quoted field spanning
// lines does not shift the numbers reported for the rows after it.

export interface CsvSink {
  record(cells: string[], line: number): void;
  /** A malformed record: reported, skipped up to the end of its line. */
  error(line: number, message: string): void;
}

interface Parsed {
  cells: string[] | null;
  error: string | null;
  /** Offset just after the record's line break. */
  next: number;
  /** Line breaks consumed, the record's own included. */
  lines: number;
}

export class CsvParser {
  private buf = '';
  private line = 1;
  private started = false;

  constructor(private readonly sink: CsvSink) {}

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // a byte-order mark is not data
    }
    this.buf = this.buf === '' ? chunk : this.buf + chunk;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
    this.buf = '';
  }

  /** Whole records cut from a file by a CsvRecordSplitter, the first starting on `firstLine`. */
  records(text: string, firstLine: number): void {
    this.started = true;
    this.line = firstLine;
    this.buf = text;
    this.parse(true);
    this.buf = '';
  }

  private parse(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    let nextQuote = buf.indexOf('"');
    while (pos < n) {
      let nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = n;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote > nl) {
        // Fast path: a whole line with no quotes.
        const end = nl > pos && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end > pos) this.sink.record(buf.slice(pos, end).split(','), this.line);
        this.line++;
        pos = nl + 1;
        continue;
      }
      const parsed = parseQuotedRecord(buf, pos, final);
      if (parsed === null) break; // the record continues in the next chunk
      if (parsed.error !== null) this.sink.error(this.line, parsed.error);
      else if (parsed.cells !== null) this.sink.record(parsed.cells, this.line);
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
  }
}

/**
 * A piece's size in characters, about. Small enough for V8's young generation: pieces (and
 * the batches made of them) of a megabyte went to the large-object space and stayed there
 * until a full collection, which doubled the import's peak memory.
 */
const PIECE_CHARS = 64 * 1024;

/**
 * Cuts a file's text into pieces of whole records, as CsvParser would read them (the same
 * rules find where a record ends, a malformed one included), so that pieces can be parsed
 * apart, each with CsvParser.records. The header record comes out as a piece of its own.
 */
export class CsvRecordSplitter {
  private buf = '';
  private line = 1;
  private started = false;
  private headerDone = false;

  /** The pieces of whole records the chunk completes, each with the line it starts on. */
  push(chunk: string): Array<{ text: string; firstLine: number }> {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf === '' ? chunk : this.buf + chunk;
    return this.cut(false);
  }

  end(): Array<{ text: string; firstLine: number }> {
    return this.cut(true);
  }

  private cut(final: boolean): Array<{ text: string; firstLine: number }> {
    const pieces: Array<{ text: string; firstLine: number }> = [];
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    let start = 0;
    let startLine = this.line;
    let line = this.line;
    let nextQuote = buf.indexOf('"');
    while (pos < n) {
      let nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = n;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote > nl) {
        line++;
        pos = nl + 1;
      } else {
        const parsed = parseQuotedRecord(buf, pos, final);
        if (parsed === null) break;
        line += parsed.lines;
        pos = parsed.next;
      }
      // The header alone (every lane reads it before its rows), then pieces of about PIECE_CHARS.
      if (this.headerDone ? pos - start >= PIECE_CHARS : /[^\r\n]/.test(buf.slice(start, Math.min(pos, n)))) {
        this.headerDone = true;
        pieces.push({ text: buf.slice(start, Math.min(pos, n)), firstLine: startLine });
        start = Math.min(pos, n);
        startLine = line;
      }
    }
    const end = Math.min(pos, n);
    if (end > start) pieces.push({ text: buf.slice(start, end), firstLine: startLine });
    this.buf = end >= n ? '' : buf.slice(end);
    this.line = line;
    return pieces;
  }
}

/** Parses one record that has quotes; null when the buffer ends before the record does. */
function parseQuotedRecord(buf: string, start: number, final: boolean): Parsed | null {
  const n = buf.length;
  const cells: string[] = [];
  let i = start;
  let lines = 0;
  const skipLine = (from: number, message: string): Parsed | null => {
    // Resynchronise at the next line break; the rest of the line is part of the bad record.
    const nl = buf.indexOf('\n', from);
    if (nl === -1 && !final) return null;
    return { cells: null, error: message, next: nl === -1 ? n : nl + 1, lines: lines + 1 };
  };
  for (;;) {
    if (i < n && buf.charCodeAt(i) === 34) {
      // Quoted field: runs to a quote not followed by another quote.
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q === -1 || (q === n - 1 && !final)) {
          if (!final) return null;
          return { cells: null, error: `field ${cells.length + 1}: a quote is opened and never closed`, next: n, lines: lines + 1 };
        }
        const piece = buf.slice(j, q);
        lines += countNewlines(piece);
        field += piece;
        if (buf.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(field);
      const c = i < n ? buf.charCodeAt(i) : -1;
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 10 || (c === 13 && buf.charCodeAt(i + 1) === 10)) {
        const next = c === 10 ? i + 1 : i + 2;
        return { cells, error: null, next, lines: lines + 1 };
      }
      if (c === 13 && i + 1 >= n && !final) return null;
      if (c === -1) {
        if (!final) return null;
        return { cells, error: null, next: n, lines: lines + 1 };
      }
      return skipLine(i, `field ${cells.length}: characters after a closing quote (write "" for a quote inside a quoted field)`);
    }
    // Unquoted field: up to the next comma or line break; a quote inside it is an error.
    let j = i;
    while (j < n) {
      const c = buf.charCodeAt(j);
      if (c === 44 || c === 10) break;
      if (c === 34) return skipLine(j, `field ${cells.length + 1}: a quote inside an unquoted field (quote the whole field)`);
      j++;
    }
    if (j >= n && !final) return null;
    let field = buf.slice(i, j);
    if (j >= n || buf.charCodeAt(j) === 10) {
      if (field.endsWith('\r')) field = field.slice(0, -1);
      cells.push(field);
      return { cells, error: null, next: j >= n ? n : j + 1, lines: lines + 1 };
    }
    cells.push(field);
    i = j + 1;
  }
}

function countNewlines(s: string): number {
  let count = 0;
  for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) count++;
  return count;
}
