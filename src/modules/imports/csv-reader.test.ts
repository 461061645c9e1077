import { parse } from 'csv-parse/sync';
import { CsvParser, CsvRecordSplitter } from './csv-reader';
import { decodeUtf8 } from './import-file';
import { JsonArrayParser } from './json-reader';

/** Parses text fed in pieces of `size` characters (chunk boundaries anywhere). */
function records(text: string, size = text.length || 1) {
  const out: Array<{ cells: string[]; line: number }> = [];
  const errors: Array<{ line: number; message: string }> = [];
  const parser = new CsvParser({
    record: (cells, line) => out.push({ cells, line }),
    error: (line, message) => errors.push({ line, message }),
  });
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  parser.end();
  return { out, errors };
}

const SAMPLES = [
  'a,b,c\n1,2,3\n',
  'a,b,c\r\n1,2,3\r\n4,5,6',
  'name,note\n"Kibiwott, Abraham","said ""go"""\n',
  'a,b\n"two\nlines",x\n"three\r\nline\nfield",y\n',
  'a,b\n,\n"",""\n',
  'a,b,\n1,2,\n',
  '\ufeffmeet_name,mark\nParis 2024,8:06.05\n',
  'a,b\n\n1,2\n\n\n3,4\n',
  'x\n"a"\n"b"',
];

describe('CsvParser', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s), s]))('reads %s as csv-parse does, in any chunking', (_name, text) => {
    const expected = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    for (const size of [1, 2, 3, 7, text.length]) {
      const { out, errors } = records(text, size);
      expect(errors).toEqual([]);
      expect(out.map((r) => r.cells)).toEqual(expected);
    }
  });

  it('numbers records by the line they start on, counting line breaks inside quotes and empty lines', () => {
    const { out } = records('h1,h2\n"a\nb",1\n\nc,2\n"d",3');
    expect(out.map((r) => [r.cells[0], r.line])).toEqual([
      ['h1', 1],
      ['a\nb', 2],
      ['c', 5],
      ['d', 6],
    ]);
  });

  it('reports malformed quoting and goes on with the next line', () => {
    const { out, errors } = records('h\nab"c,1\n"x"y,2\nok,3\n"never closed,4');
    expect(errors).toEqual([
      { line: 2, message: 'field 1: a quote inside an unquoted field (quote the whole field)' },
      { line: 3, message: 'field 1: characters after a closing quote (write "" for a quote inside a quoted field)' },
      { line: 5, message: 'field 1: a quote is opened and never closed' },
    ]);
    expect(out.map((r) => [r.cells[0], r.line])).toEqual([
      ['h', 1],
      ['ok', 4],
    ]);
  });
});

describe('CsvRecordSplitter', () => {
  /** Cuts text (fed in chunks of `size`) into pieces, and parses them alternately with two parsers, as two threads would. */
  function viaPieces(text: string, size: number) {
    const out: Array<{ cells: string[]; line: number }> = [];
    const errors: Array<{ line: number; message: string }> = [];
    const sink = {
      record: (cells: string[], line: number) => out.push({ cells, line }),
      error: (line: number, message: string) => errors.push({ line, message }),
    };
    const parsers = [new CsvParser(sink), new CsvParser(sink)];
    const splitter = new CsvRecordSplitter();
    const pieces: string[] = [];
    const take = (cut: Array<{ text: string; firstLine: number }>) => {
      for (const piece of cut) {
        parsers[pieces.length % 2].records(piece.text, piece.firstLine);
        pieces.push(piece.text);
      }
    };
    for (let i = 0; i < text.length; i += size) take(splitter.push(text.slice(i, i + size)));
    take(splitter.end());
    return { out, errors, pieces };
  }

  // Quotes, line breaks inside them, CRLF, empty lines, malformed quoting, an unclosed quote at the end.
  const row = (i: number) =>
    [
      `${i},plain,${i % 3}`,
      `${i},"quoted, with comma",x`,
      `${i},"two\nlines ""q""",y`,
      `${i},a"b,bad`,
      `${i},"x"y,bad`,
      '',
      `${i},crlf,z\r`,
    ][i % 7];
  const LARGE = `h1,h2,h3\n${Array.from({ length: 12_000 }, (_, i) => row(i)).join('\n')}\n9,"never closed,1`;

  it.each([...SAMPLES, 'h\nab"c,1\n"x"y,2\nok,3\n"never closed,4', LARGE].map((s) => [s.length, s]))(
    'cuts %s characters where the parser ends records: the pieces read as the whole file does',
    (_length, text) => {
      const whole = records(text);
      for (const size of text.length > 1000 ? [977, 65_536, text.length] : [1, 2, 3, 7, text.length]) {
        const { out, errors, pieces } = viaPieces(text, size);
        expect(out).toEqual(whole.out);
        expect(errors).toEqual(whole.errors);
        expect(pieces.join('')).toBe(text.replace(/^\ufeff/, ''));
      }
    },
  );

  it('gives the header a piece of its own, and cuts a large file into pieces of about 64 K characters', () => {
    const { pieces } = viaPieces(LARGE, LARGE.length);
    expect(pieces[0]).toBe('h1,h2,h3\n');
    expect(pieces.length).toBeGreaterThan(Math.floor(LARGE.length / 65_536));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65_536 + 100);
  });
});

describe('JsonArrayParser', () => {
  function elements(text: string, size: number) {
    const out: Array<[number, unknown]> = [];
    const errors: Array<[number | null, string]> = [];
    const parser = new JsonArrayParser({
      element: (value, index) => out.push([index, value]),
      error: (index, message) => errors.push([index, message]),
    });
    for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
    parser.end();
    return { out, errors };
  }

  it('streams the elements of an array, whatever the chunking', () => {
    const text = ' [ {"a": "x,]}", "b": 1}, {"c": "\\"q\\" \\\\"} ,\n{} ] ';
    for (const size of [1, 3, 5, text.length]) {
      expect(elements(text, size)).toEqual({
        out: [
          [0, { a: 'x,]}', b: 1 }],
          [1, { c: '"q" \\' }],
          [2, {}],
        ],
        errors: [],
      });
    }
  });

  it('stops at a syntax error, naming the element', () => {
    expect(elements('[{"a":1},{"a":2,}]', 4).errors).toEqual([[1, expect.stringMatching(/^element 1 is not valid JSON/)]]);
    expect(elements('{"a":1}', 4).errors).toEqual([[null, 'expected a JSON array ("[") of objects']]);
    expect(elements('[{"a":1}', 4).errors).toEqual([[1, 'the file ends before the array is closed with "]"']]);
  });
});

describe('decodeUtf8', () => {
  it('decodes characters split across chunks, whether chunks are ASCII or not', async () => {
    const text = 'athlete\nSoufiané El Bakkali\nØstergaard, Łukasz\nplain ascii line\nß';
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 5, 8, bytes.length]) {
      async function* chunks() {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      }
      let out = '';
      for await (const piece of decodeUtf8(chunks())) out += piece;
      expect(out).toBe(text);
    }
  });
});
