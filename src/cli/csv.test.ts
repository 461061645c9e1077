import { csvField, toCsv } from './csv';
import { flatten } from './flatten';

describe('CSV', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvField('8:04.29')).toBe('8:04.29');
    expect(csvField('Kenya, Nairobi')).toBe('"Kenya, Nairobi"');
    expect(csvField('the "Silesia" meet')).toBe('"the ""Silesia"" meet"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('writes a header of the columns and one line per row, blanks for missing cells', () => {
    const csv = toCsv(
      flatten({
        r: {
          nodes: [
            { athlete: { displayName: 'Soufiane El Bakkali' }, mark: { text: '8:04.29' }, notes: ['SB', 'MR'] },
            { athlete: { displayName: 'O\'Neil, "Jr"' }, mark: null, notes: [] },
          ],
        },
      }),
    );
    expect(csv).toBe('athlete.displayName,mark.text,notes\nSoufiane El Bakkali,8:04.29,SB;MR\n"O\'Neil, ""Jr""",,\n');
  });

  it('reads back to the same cells (a round trip through a strict parser)', () => {
    const nasty = ['a,b', 'say "hi"', 'two\nlines', 'plain'];
    const csv = toCsv({ columns: ['x'], rows: nasty.map((x) => ({ x })) });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
    expect(parse(csv, { columns: true })).toEqual(nasty.map((x) => ({ x })));
  });
});
