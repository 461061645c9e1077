import { startTestApi, type TestApi } from '../../../test/support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.stop());

const PARSE = 'query ($text: String!, $unit: MarkUnit!) { parseMark(text: $text, unit: $unit) { text value unit precision decimal } }';

describe('parseMark', () => {
  it.each([
    ['8:04.29', 'TIME', { text: '8:04.29', value: 484290, precision: 'HUNDREDTHS', decimal: 484.29 }],
    ['13.45', 'TIME', { text: '13.45', value: 13450, precision: 'HUNDREDTHS', decimal: 13.45 }],
    ['2:03:00', 'TIME', { text: '2:03:00', value: 7380000, precision: 'WHOLE_SECONDS', decimal: 7380 }],
    ['9.572', 'TIME', { text: '9.572', value: 9572, precision: 'THOUSANDTHS', decimal: 9.572 }],
    ['10.5h', 'TIME', { text: '10.5', value: 10500, precision: 'TENTHS_HAND', decimal: 10.5 }],
    [' 8:04.29 ', 'TIME', { text: '8:04.29', value: 484290 }],
    ['8.95', 'DISTANCE', { text: '8.95', value: 8950, precision: 'CENTIMETRES', decimal: 8.95 }],
    ['8.9', 'DISTANCE', { text: '8.90', value: 8900, precision: 'CENTIMETRES' }],
    ['2.45', 'HEIGHT', { text: '2.45', value: 2450, precision: 'CENTIMETRES', decimal: 2.45 }],
    ['8998', 'POINTS', { text: '8998', value: 8998, precision: 'POINTS', decimal: 8998 }],
  ])('reads "%s" as a %s mark', async (text, unit, expected) => {
    const { data, errors } = await api.query(PARSE, { text, unit });
    expect(errors).toBeUndefined();
    expect(data.parseMark).toMatchObject({ unit, ...expected });
  });

  it.each([
    ['8.04.29', 'TIME', 'DOT_SEPARATOR', 'use ":" between hours, minutes and seconds, not "."'],
    ['13', 'TIME', 'INVALID_FORMAT', 'a time needs decimals or minutes'],
    ['8:64.00', 'TIME', 'OUT_OF_RANGE', 'must be below 60'],
    ['', 'TIME', 'EMPTY', 'the mark is empty'],
    ['8,95', 'DISTANCE', 'INVALID_CHARACTERS', 'not ","'],
    ['895', 'DISTANCE', 'MISSING_DIGITS', 'decimals are missing'],
    ['2.455', 'HEIGHT', 'TOO_MANY_DECIMALS', 'at most 2 decimals'],
    ['8998.5', 'POINTS', 'DECIMALS_NOT_ALLOWED', 'whole number'],
  ])('rejects "%s" as %s (%s)', async (text, unit, reason, detail) => {
    const { data, errors } = await api.query(PARSE, { text, unit });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text', reason });
    expect(errors?.[0].message).toContain(`text: Invalid ${unit.toLowerCase()} mark "${text}": `);
    expect(errors?.[0].message).toContain(detail);
  });

  it('says what it expected', async () => {
    const { errors } = await api.query(PARSE, { text: '8.04.29', unit: 'TIME' });
    expect(errors?.[0].message).toMatch(/expected a time such as .*"8:04\.29"/);
  });
});
