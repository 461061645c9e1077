import {
  compareMarks,
  formatMargin,
  formatMark,
  isBetterMark,
  isFullyAutomatic,
  MarkParseError,
  markDecimal,
  markMargin,
  parseMark,
  rankingValue,
} from './marks';
import type { MarkPrecision, MarkUnit } from './types';

function parseError(text: string, unit: MarkUnit): MarkParseError {
  try {
    parseMark(text, unit);
  } catch (e) {
    if (e instanceof MarkParseError) return e;
    throw e;
  }
  throw new Error(`expected "${text}" (${unit}) to be rejected`);
}

// Deterministic pseudo-random integers, so failures reproduce.
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

describe('parseMark TIME', () => {
  it.each<[string, number, MarkPrecision, string]>([
    ['13.45', 13450, 'HUNDREDTHS', '13.45'],
    ['9.572', 9572, 'THOUSANDTHS', '9.572'],
    ['9.58', 9580, 'HUNDREDTHS', '9.58'],
    ['10.5', 10500, 'TENTHS_HAND', '10.5'],
    ['10.5h', 10500, 'TENTHS_HAND', '10.5'],
    ['8:04.29', 484290, 'HUNDREDTHS', '8:04.29'],
    ['1:46.5', 106500, 'TENTHS_HAND', '1:46.5'],
    ['1:46.5h', 106500, 'TENTHS_HAND', '1:46.5'],
    ['3:45', 225000, 'WHOLE_SECONDS', '3:45'],
    ['2:03:00', 7380000, 'WHOLE_SECONDS', '2:03:00'],
    ['2:03:00.12', 7380120, 'HUNDREDTHS', '2:03:00.12'],
    ['1:43.123', 103123, 'THOUSANDTHS', '1:43.123'],
    ['0.01', 10, 'HUNDREDTHS', '0.01'],
    ['  8:04.29 ', 484290, 'HUNDREDTHS', '8:04.29'],
    // Non-canonical but unambiguous inputs normalise to the canonical form.
    ['08:04.29', 484290, 'HUNDREDTHS', '8:04.29'],
    ['65.30', 65300, 'HUNDREDTHS', '1:05.30'],
    ['0:45', 45000, 'WHOLE_SECONDS', '0:45'],
  ])('"%s" -> %d %s "%s"', (text, value, precision, canonical) => {
    expect(parseMark(text, 'TIME')).toEqual({ value, precision, text: canonical });
  });

  it('computes exact integers where float multiplication would not', () => {
    // In floats 2.01 * 1000 === 2009.9999999999998 and 64.29 * 1000 === 64290.00000000001,
    // so truncating would be off by one.
    expect(parseMark('2.01', 'TIME').value).toBe(2010);
    expect(parseMark('64.29', 'TIME').value).toBe(64290);
    expect(parseMark('1:04.13', 'TIME').value).toBe(64130);
  });

  it.each<[string, string]>([
    ['8.04.29', 'DOT_SEPARATOR'],
    ['8:64.00', 'OUT_OF_RANGE'],
    ['1:60:00', 'OUT_OF_RANGE'],
    ['2:03:60', 'OUT_OF_RANGE'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['-13.45', 'NEGATIVE'],
    ['13.45s', 'INVALID_CHARACTERS'],
    ['abc', 'INVALID_CHARACTERS'],
    ['13,45', 'INVALID_CHARACTERS'],
    ['8: 04.29', 'INVALID_CHARACTERS'],
    ['10.5H', 'INVALID_CHARACTERS'],
    ['9.5723', 'TOO_MANY_DECIMALS'],
    ['8:4.29', 'MISSING_DIGITS'],
    ['8:004.29', 'MISSING_DIGITS'],
    [':45.00', 'MISSING_DIGITS'],
    ['13.', 'MISSING_DIGITS'],
    ['13', 'INVALID_FORMAT'],
    ['1:02:03:04', 'INVALID_FORMAT'],
    ['8.04:29', 'INVALID_FORMAT'],
    ['10.50h', 'INVALID_FORMAT'],
    ['3:45h', 'INVALID_FORMAT'],
    ['0.00', 'ZERO'],
    ['9999999999:00:00', 'TOO_LARGE'],
    ['600:00:00', 'TOO_LARGE'],
  ])('rejects "%s" (%s)', (text, reason) => {
    expect(parseError(text, 'TIME').reason).toBe(reason);
  });

  it('explains the rejection: quotes the input and says what was expected', () => {
    const error = parseError('8.04.29', 'TIME');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MarkParseError');
    expect(error.message).toContain('"8.04.29"');
    expect(error.message).toContain('expected a time such as');
    expect(error.message).toContain('"8:04.29"');
    expect(error.input).toBe('8.04.29');
    expect(error.unit).toBe('TIME');
  });
});

describe('parseMark DISTANCE and HEIGHT', () => {
  it.each<[string, MarkUnit, number, string]>([
    ['8.95', 'DISTANCE', 8950, '8.95'],
    ['98.48', 'DISTANCE', 98480, '98.48'],
    ['8.9', 'DISTANCE', 8900, '8.90'],
    ['2.45', 'HEIGHT', 2450, '2.45'],
    ['6.26', 'HEIGHT', 6260, '6.26'],
    ['0.57', 'DISTANCE', 570, '0.57'],
  ])('"%s" %s -> %d', (text, unit, value, canonical) => {
    expect(parseMark(text, unit)).toEqual({ value, precision: 'CENTIMETRES', text: canonical });
  });

  it('is exact where float multiplication rounds wrong', () => {
    // In floats 2.01 * 1000 === 2009.9999999999998 and 8.03 * 1000 is just under 8030 as well.
    expect(parseMark('2.01', 'HEIGHT').value).toBe(2010);
    expect(parseMark('8.03', 'DISTANCE').value).toBe(8030);
    expect(parseMark('65.32', 'DISTANCE').value).toBe(65320);
  });

  it.each<[string, string]>([
    ['8.955', 'TOO_MANY_DECIMALS'],
    ['8,95', 'INVALID_CHARACTERS'],
    ['8.95m', 'INVALID_CHARACTERS'],
    ['8.95 m', 'INVALID_CHARACTERS'],
    ['-8.95', 'NEGATIVE'],
    ['8', 'MISSING_DIGITS'],
    ['8.', 'MISSING_DIGITS'],
    ['.95', 'MISSING_DIGITS'],
    ['8.9.5', 'INVALID_FORMAT'],
    ['0.00', 'ZERO'],
    ['', 'EMPTY'],
  ])('rejects "%s" (%s)', (text, reason) => {
    expect(parseError(text, 'DISTANCE').reason).toBe(reason);
  });

  it('names the unit and the expected form in the message', () => {
    const error = parseError('8,95', 'HEIGHT');
    expect(error.message).toContain('"8,95"');
    expect(error.message).toMatch(/height/);
    expect(error.message).toContain('"2.45"');
  });
});

describe('parseMark POINTS', () => {
  it('parses whole points', () => {
    expect(parseMark('8998', 'POINTS')).toEqual({ value: 8998, precision: 'POINTS', text: '8998' });
    expect(parseMark('0', 'POINTS').value).toBe(0);
  });

  it.each<[string, string]>([
    ['8998.5', 'DECIMALS_NOT_ALLOWED'],
    ['8,998', 'DECIMALS_NOT_ALLOWED'],
    ['8998pts', 'INVALID_CHARACTERS'],
    ['-10', 'NEGATIVE'],
    ['99999999999', 'TOO_LARGE'],
  ])('rejects "%s" (%s)', (text, reason) => {
    expect(parseError(text, 'POINTS').reason).toBe(reason);
  });
});

it('rejects an unknown unit at runtime', () => {
  expect(parseError('1', 'FURLONGS' as MarkUnit).reason).toBe('UNKNOWN_UNIT');
  expect(parseError('1', 'toString' as MarkUnit).reason).toBe('UNKNOWN_UNIT');
});

describe('formatMark', () => {
  it.each<[number, MarkUnit, MarkPrecision, string]>([
    [484290, 'TIME', 'HUNDREDTHS', '8:04.29'],
    [13450, 'TIME', 'HUNDREDTHS', '13.45'],
    [9572, 'TIME', 'THOUSANDTHS', '9.572'],
    [7380000, 'TIME', 'WHOLE_SECONDS', '2:03:00'],
    [7380120, 'TIME', 'HUNDREDTHS', '2:03:00.12'],
    [3600000, 'TIME', 'HUNDREDTHS', '1:00:00.00'],
    [225000, 'TIME', 'WHOLE_SECONDS', '3:45'],
    [45000, 'TIME', 'WHOLE_SECONDS', '0:45'],
    [60000, 'TIME', 'HUNDREDTHS', '1:00.00'],
    [10500, 'TIME', 'TENTHS_HAND', '10.5'],
    [9050, 'TIME', 'HUNDREDTHS', '9.05'],
    [8950, 'DISTANCE', 'CENTIMETRES', '8.95'],
    [2050, 'HEIGHT', 'CENTIMETRES', '2.05'],
    [98480, 'DISTANCE', 'CENTIMETRES', '98.48'],
    [8998, 'POINTS', 'POINTS', '8998'],
  ])('%d %s %s -> "%s"', (value, unit, precision, text) => {
    expect(formatMark(value, unit, precision)).toBe(text);
  });

  it('rounds a time finer than its precision up, never down', () => {
    expect(formatMark(9571, 'TIME', 'HUNDREDTHS')).toBe('9.58');
    expect(formatMark(10410, 'TIME', 'TENTHS_HAND')).toBe('10.5');
    expect(formatMark(7380001, 'TIME', 'WHOLE_SECONDS')).toBe('2:03:01');
    expect(formatMark(59999, 'TIME', 'HUNDREDTHS')).toBe('1:00.00');
  });

  it('rounds a distance finer than centimetres down', () => {
    expect(formatMark(8959, 'DISTANCE', 'CENTIMETRES')).toBe('8.95');
  });

  it('refuses a precision that does not fit the unit, and bad values', () => {
    expect(() => formatMark(8950, 'DISTANCE', 'HUNDREDTHS')).toThrow(RangeError);
    expect(() => formatMark(13450, 'TIME', 'CENTIMETRES')).toThrow(RangeError);
    expect(() => formatMark(8998, 'POINTS', 'CENTIMETRES')).toThrow(RangeError);
    expect(() => formatMark(-1, 'TIME', 'HUNDREDTHS')).toThrow(RangeError);
    expect(() => formatMark(13.45, 'TIME', 'HUNDREDTHS')).toThrow(RangeError);
  });
});

describe('round trips', () => {
  const next = lcg(20240913);
  const timeCases: [MarkPrecision, number][] = [
    ['THOUSANDTHS', 1],
    ['HUNDREDTHS', 10],
    ['TENTHS_HAND', 100],
    ['WHOLE_SECONDS', 1000],
  ];

  it.each(timeCases)('TIME %s: parse(format(v)) === v', (precision, step) => {
    // Edge values around minute and hour boundaries plus a spread of random ones.
    const values = [step, 59000, 60000, 3599000, 3600000, 36000000, 484290];
    for (let i = 0; i < 500; i++) values.push(next() % 30_000_000);
    for (const raw of values) {
      const v = Math.max(step, raw - (raw % step));
      const text = formatMark(v, 'TIME', precision);
      const parsed = parseMark(text, 'TIME');
      expect(parsed).toEqual({ value: v, precision, text });
    }
  });

  it.each<MarkUnit>(['DISTANCE', 'HEIGHT'])('%s: parse(format(v)) === v', (unit) => {
    for (let i = 0; i < 500; i++) {
      const v = 10 + (next() % 100_000) * 10;
      const text = formatMark(v, unit, 'CENTIMETRES');
      expect(parseMark(text, unit)).toEqual({ value: v, precision: 'CENTIMETRES', text });
    }
  });

  it('POINTS: parse(format(v)) === v', () => {
    for (let i = 0; i < 200; i++) {
      const v = next() % 10_000;
      expect(parseMark(formatMark(v, 'POINTS', 'POINTS'), 'POINTS').value).toBe(v);
    }
  });

  it('canonical text survives format(parse(t))', () => {
    for (const t of ['9.58', '13.45', '8:04.29', '3:26.00', '2:03:00', '1:59:40.2', '27:43.22']) {
      const { value, precision } = parseMark(t, 'TIME');
      expect(formatMark(value, 'TIME', precision)).toBe(t);
    }
  });
});

describe('comparison', () => {
  it('lower is better for times', () => {
    expect(compareMarks(484290, 484340, 'LOWER_IS_BETTER')).toBeLessThan(0);
    expect(compareMarks(484340, 484290, 'LOWER_IS_BETTER')).toBeGreaterThan(0);
    expect(isBetterMark(484290, 484340, 'LOWER_IS_BETTER')).toBe(true);
    expect(isBetterMark(484340, 484290, 'LOWER_IS_BETTER')).toBe(false);
  });

  it('higher is better for distances and points', () => {
    expect(compareMarks(8950, 8900, 'HIGHER_IS_BETTER')).toBeLessThan(0);
    expect(isBetterMark(8950, 8900, 'HIGHER_IS_BETTER')).toBe(true);
    expect(isBetterMark(8900, 8950, 'HIGHER_IS_BETTER')).toBe(false);
  });

  it('equal marks are neither better', () => {
    expect(compareMarks(484290, 484290, 'LOWER_IS_BETTER')).toBe(0);
    expect(isBetterMark(484290, 484290, 'LOWER_IS_BETTER')).toBe(false);
    expect(isBetterMark(8950, 8950, 'HIGHER_IS_BETTER')).toBe(false);
  });

  it('sorts a list best first', () => {
    const times = [484340, 483530, 484290];
    expect([...times].sort((a, b) => compareMarks(a, b, 'LOWER_IS_BETTER'))).toEqual([483530, 484290, 484340]);
    expect([...times].sort((a, b) => compareMarks(a, b, 'HIGHER_IS_BETTER'))).toEqual([484340, 484290, 483530]);
  });
});

describe('margins', () => {
  it('is the absolute difference', () => {
    expect(markMargin(484290, 484340)).toBe(50);
    expect(markMargin(484340, 484290)).toBe(50);
    expect(markMargin(8950, 8950)).toBe(0);
  });

  it.each<[number, MarkUnit, string]>([
    [0, 'TIME', '0.00'],
    [50, 'TIME', '0.05'],
    [1760, 'TIME', '1.76'],
    [65000, 'TIME', '1:05.00'],
    [3661000, 'TIME', '1:01:01.00'],
    [8, 'TIME', '0.008'],
    [120, 'DISTANCE', '0.12'],
    [1050, 'HEIGHT', '1.05'],
    [5, 'DISTANCE', '0.005'],
    [0, 'DISTANCE', '0.00'],
    [125, 'POINTS', '125'],
  ])('%d %s -> "%s"', (diff, unit, text) => {
    expect(formatMargin(diff, unit)).toBe(text);
  });

  it('refuses a negative or fractional margin', () => {
    expect(() => formatMargin(-50, 'TIME')).toThrow(RangeError);
    expect(() => formatMargin(0.5, 'TIME')).toThrow(RangeError);
  });
});

describe('hand timing and rankings', () => {
  it('only hand times are not fully automatic', () => {
    expect(isFullyAutomatic('THOUSANDTHS')).toBe(true);
    expect(isFullyAutomatic('HUNDREDTHS')).toBe(true);
    expect(isFullyAutomatic('WHOLE_SECONDS')).toBe(true);
    expect(isFullyAutomatic('TENTHS_HAND')).toBe(false);
    expect(isFullyAutomatic('CENTIMETRES')).toBe(true);
    expect(isFullyAutomatic('POINTS')).toBe(true);
  });

  it('keeps hand times out of ranked lists and passes other marks through', () => {
    expect(rankingValue(10500, 'TENTHS_HAND')).toBeNull();
    expect(rankingValue(9580, 'HUNDREDTHS')).toBe(9580);
    expect(rankingValue(7380000, 'WHOLE_SECONDS')).toBe(7380000);
    expect(rankingValue(8950, 'CENTIMETRES')).toBe(8950);
  });
});

describe('markDecimal', () => {
  it('converts to seconds, metres or points', () => {
    expect(markDecimal(484290, 'TIME')).toBe(484.29);
    expect(markDecimal(9572, 'TIME')).toBe(9.572);
    expect(markDecimal(8950, 'DISTANCE')).toBe(8.95);
    expect(markDecimal(2450, 'HEIGHT')).toBe(2.45);
    expect(markDecimal(8998, 'POINTS')).toBe(8998);
  });

  it('equals the number read from the decimal text, for many values', () => {
    for (let ms = 1; ms < 200_000; ms += 37) {
      const text = `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`;
      expect(markDecimal(ms, 'TIME')).toBe(Number(text));
    }
  });

  it('refuses a non-integer value', () => {
    expect(() => markDecimal(1.5, 'TIME')).toThrow(RangeError);
  });
});
