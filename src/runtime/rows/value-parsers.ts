// PostgreSQL's text for integers, dates and timestamps, read digit by digit (charCodeAt) instead
// of with parseInt, slices and Number() or the Date string parser: a meet reads thousands of
// values per request. STRING_PARSERS are the plain reading, the reference the tests compare
// with and what DIGIT_PARSERS=off runs (scripts/bench/micro/digit-parsers.ts measures both).
// `timestamp without time zone` is read as UTC, as Prisma writes and reads it.

/** The parsers this file offers for one reading: int2/int4, date, timestamp. */
export interface ValueParsers {
  int4: (text: string) => number;
  date: (text: string) => Date;
  timestamp: (text: string) => Date;
}

/** The number written by `count` ASCII digits of `text` from `from`; NaN when one of them is not a digit. */
export function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

const stringDate = (text: string) => new Date(`${text}T00:00:00Z`);
const stringTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);

/** What pg and the Date string parser do: parseInt, and the text handed to `new Date`. */
export const STRING_PARSERS: Readonly<ValueParsers> = Object.freeze({
  int4: (text: string) => parseInt(text, 10),
  date: stringDate,
  timestamp: stringTimestamp,
});

// Dates and timestamps are read by their parts. Other shapes (BC, five-digit years) and years
// below 100, which Date.UTC would put in the 1900s, take the string parser.
const yearOf = (text: string) => (text.length >= 10 && text[4] === '-' && text[7] === '-' ? digits(text, 0, 4) : NaN);

/** The same values as STRING_PARSERS, read digit by digit. */
export const DIGIT_PARSERS: Readonly<ValueParsers> = Object.freeze({
  // int2 and int4 as PostgreSQL writes them: an optional minus, then digits.
  int4: (text: string) => (text.charCodeAt(0) === 45 ? -digits(text, 1, text.length - 1) : digits(text, 0, text.length)),
  date: (text: string) => {
    const year = yearOf(text);
    if (text.length !== 10 || !(year >= 100)) return stringDate(text);
    return new Date(Date.UTC(year, digits(text, 5, 2) - 1, digits(text, 8, 2)));
  },
  // Fractions are cut to milliseconds, as the string parser does.
  timestamp: (text: string) => {
    const year = yearOf(text);
    const simple =
      text[10] === ' ' && text[13] === ':' && text[16] === ':' && (text.length === 19 || (text[19] === '.' && text.length <= 26));
    if (!simple || !(year >= 100)) return stringTimestamp(text);
    // Milliseconds: the first three digits of the fraction, missing ones as zeros (".5" is 500).
    const fraction = text.length > 20 ? Math.min(text.length - 20, 3) : 0;
    const ms = fraction === 0 ? 0 : digits(text, 20, fraction) * 10 ** (3 - fraction);
    return new Date(
      Date.UTC(year, digits(text, 5, 2) - 1, digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), ms),
    );
  },
});
