import { DIGIT_PARSERS, STRING_PARSERS, digits } from './value-parsers';

// src/db/sql-reader.test.ts compares both readings over values PostgreSQL writes (bounds and
// 2,000 random ones); these are the shapes that take the string parser's way.
describe('value parsers: digit by digit, and as strings', () => {
  it('reads digits, and gives NaN for anything else', () => {
    expect(digits('2024', 0, 4)).toBe(2024);
    expect(digits('20x4', 0, 4)).toBeNaN();
  });

  it.each(['0', '-1', '2147483647', '-2147483648', '32767'])('reads the integer %s as parseInt does', (text) => {
    expect(DIGIT_PARSERS.int4(text)).toBe(STRING_PARSERS.int4(text));
  });

  it.each(['1896-04-06', '0100-01-01', '0050-03-01', '9999-12-31', '2024-02-29'])('reads the date %s as the string parser does', (text) => {
    expect(DIGIT_PARSERS.date(text).toISOString()).toBe(STRING_PARSERS.date(text).toISOString());
  });

  it.each([
    '1896-04-06 00:00:00',
    '2024-02-29 23:59:59.999999',
    '1999-12-31 12:00:00.5',
    '0050-03-01 01:02:03.04',
    '2000-01-01 00:00:00.123',
  ])('reads the timestamp %s as the string parser does', (text) => {
    expect(DIGIT_PARSERS.timestamp(text).toISOString()).toBe(STRING_PARSERS.timestamp(text).toISOString());
  });
});
