// A streaming reader for a JSON array of flat objects: it finds each element's end by
// tracking strings and nesting, then JSON.parses that element alone, so a file of a million
// rows never has to be held in memory.

export interface JsonSink {
  element(value: unknown, index: number): void;
  /** A syntax error: the rest of the file cannot be read reliably, so reading stops. */
  error(index: number | null, message: string): void;
}

const WS = new Set([9, 10, 13, 32]);

export class JsonArrayParser {
  private buf = '';
  private state: 'start' | 'array' | 'done' | 'failed' = 'start';
  private index = 0;
  private expectComma = false;

  constructor(private readonly sink: JsonSink) {}

  push(chunk: string): void {
    if (this.buf === '' && this.state === 'start' && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    this.buf += chunk;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
    if (this.state === 'start') this.fail(null, 'the file is empty: expected a JSON array of objects');
    else if (this.state === 'array') this.fail(this.index, 'the file ends before the array is closed with "]"');
  }

  private fail(index: number | null, message: string): void {
    this.state = 'failed';
    this.buf = '';
    this.sink.error(index, message);
  }

  private parse(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    while (pos < n && this.state !== 'failed') {
      const c = buf.charCodeAt(pos);
      if (WS.has(c)) {
        pos++;
        continue;
      }
      if (this.state === 'start') {
        if (c !== 91) return this.fail(null, 'expected a JSON array ("[") of objects');
        this.state = 'array';
        pos++;
        continue;
      }
      if (this.state === 'done') return this.fail(null, 'unexpected text after the closing "]"');
      if (c === 93) {
        this.state = 'done';
        pos++;
        continue;
      }
      if (this.expectComma) {
        if (c !== 44) return this.fail(this.index, `expected "," or "]" after element ${this.index - 1}`);
        this.expectComma = false;
        pos++;
        continue;
      }
      const end = elementEnd(buf, pos);
      if (end === null) {
        if (final) return this.fail(this.index, `element ${this.index} is not complete JSON`);
        break;
      }
      if (end === -1) return this.fail(this.index, `element ${this.index} is not valid JSON`);
      let value: unknown;
      try {
        value = JSON.parse(buf.slice(pos, end));
      } catch (error) {
        return this.fail(this.index, `element ${this.index} is not valid JSON: ${(error as Error).message}`);
      }
      this.sink.element(value, this.index++);
      this.expectComma = true;
      pos = end;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
  }
}

/**
 * End offset of the JSON value starting at `start`; null when the buffer ends first,
 * -1 when it is not a value this reader can delimit.
 */
function elementEnd(buf: string, start: number): number | null {
  const first = buf.charCodeAt(start);
  if (first !== 123 && first !== 91) {
    // A scalar element: up to the next "," or "]" (it is rejected as "not an object" later).
    for (let i = start; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === 44 || c === 93 || WS.has(c)) return i;
      if (c === 34) return -1;
    }
    return null;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return null;
}
