import type { MarkDirection, MarkPrecision, MarkUnit } from './types';

export interface ParsedMark {
  /** Exact integer in the unit's storage scale (ms, mm or points). */
  value: number;
  precision: MarkPrecision;
  /** The canonical published form: what formatMark gives back for value and precision. */
  text: string;
}

export type MarkParseReason =
  | 'EMPTY'
  | 'NEGATIVE'
  | 'INVALID_CHARACTERS'
  | 'DOT_SEPARATOR'
  | 'TOO_MANY_DECIMALS'
  | 'DECIMALS_NOT_ALLOWED'
  | 'MISSING_DIGITS'
  | 'OUT_OF_RANGE'
  | 'INVALID_FORMAT'
  | 'ZERO'
  | 'TOO_LARGE'
  | 'UNKNOWN_UNIT';

const EXPECTED: Record<MarkUnit, string> = {
  TIME: 'a time such as "9.572", "13.45", "10.5h", "8:04.29", "3:45", "2:03:00" or "2:03:00.12"',
  DISTANCE: 'metres with one or two decimals such as "8.95" or "8.9"',
  HEIGHT: 'metres with one or two decimals such as "2.45" or "2.4"',
  POINTS: 'a whole number of points such as "8998"',
};

// Units arrive as strings from the database, so guard against anything else at runtime.
const isKnownUnit = (unit: string): unit is MarkUnit => Object.prototype.hasOwnProperty.call(EXPECTED, unit);

export class MarkParseError extends Error {
  override readonly name = 'MarkParseError';
  constructor(
    readonly input: string,
    readonly unit: MarkUnit,
    readonly reason: MarkParseReason,
    detail: string,
  ) {
    super(
      `Invalid ${String(unit).toLowerCase()} mark "${input}": ${detail}; expected ${isKnownUnit(unit) ? EXPECTED[unit] : 'a unit of TIME, DISTANCE, HEIGHT or POINTS'}`,
    );
  }
}

/** Marks are stored in 32-bit integer columns. */
export const MAX_MARK_VALUE = 2_147_483_647;

const DECIMALS_TO_TIME_PRECISION: Record<number, MarkPrecision> = {
  0: 'WHOLE_SECONDS',
  1: 'TENTHS_HAND',
  2: 'HUNDREDTHS',
  3: 'THOUSANDTHS',
};

const TIME_PRECISION_DECIMALS: Partial<Record<MarkPrecision, number>> = {
  WHOLE_SECONDS: 0,
  TENTHS_HAND: 1,
  HUNDREDTHS: 2,
  THOUSANDTHS: 3,
};

const DIGITS = /^[0-9]+$/;

// Integer value of a digit string; callers bound the length so the result is exact.
function digitsToInt(digits: string): number {
  let n = 0;
  for (const ch of digits) n = n * 10 + (ch.charCodeAt(0) - 48);
  return n;
}

// Leading zeros carry no magnitude, so only significant digits count towards the limit.
function significantLength(digits: string): number {
  return digits.replace(/^0+/, '').length;
}

export function parseMark(text: string, unit: MarkUnit): ParsedMark {
  const input = text.trim();
  const fail = (reason: MarkParseReason, detail: string): never => {
    throw new MarkParseError(input, unit, reason, detail);
  };
  if (!isKnownUnit(unit)) fail('UNKNOWN_UNIT', `unknown unit ${String(unit)}`);
  if (input === '') fail('EMPTY', 'the mark is empty');
  if (input.startsWith('-')) fail('NEGATIVE', 'a mark cannot be negative');

  let value: number;
  let precision: MarkPrecision;
  switch (unit) {
    case 'TIME':
      [value, precision] = parseTime(input, fail);
      break;
    case 'DISTANCE':
    case 'HEIGHT':
      [value, precision] = [parseMetres(input, fail), 'CENTIMETRES'];
      break;
    case 'POINTS':
      [value, precision] = [parsePoints(input, fail), 'POINTS'];
      break;
  }
  if (value > MAX_MARK_VALUE) fail('TOO_LARGE', 'the mark is too large');
  // A zero time or distance is a data error (a failed attempt is a status, not 0); zero points can happen.
  if (value === 0 && unit !== 'POINTS') fail('ZERO', 'a mark of zero is not a performance');
  return { value, precision, text: formatMark(value, unit, precision) };
}

type Fail = (reason: MarkParseReason, detail: string) => never;

function parseTime(input: string, fail: Fail): [number, MarkPrecision] {
  // A trailing "h" is the conventional flag for a hand time.
  const hand = input.endsWith('h');
  const body = hand ? input.slice(0, -1) : input;
  if (/[^0-9:.]/.test(body)) fail('INVALID_CHARACTERS', 'only digits, ":" and "." are allowed (and a trailing "h")');
  const pieces = body.split('.');
  if (pieces.length > 2) fail('DOT_SEPARATOR', 'use ":" between hours, minutes and seconds, not "."');
  const [whole, frac] = pieces;
  if (frac !== undefined) {
    if (frac === '') fail('MISSING_DIGITS', 'digits are missing after the decimal point');
    if (!DIGITS.test(frac)) fail('INVALID_FORMAT', 'the decimals must come last');
    if (frac.length > 3) fail('TOO_MANY_DECIMALS', 'a time has at most 3 decimals');
  }
  const parts = whole.split(':');
  if (parts.length > 3) fail('INVALID_FORMAT', 'a time has at most hours, minutes and seconds');
  if (parts[0] === '') fail('MISSING_DIGITS', 'digits are missing before the first separator');
  for (const part of parts.slice(1)) {
    if (part.length !== 2) fail('MISSING_DIGITS', `"${part}" after ":" must be exactly 2 digits`);
    if (digitsToInt(part) >= 60) fail('OUT_OF_RANGE', `"${part}" minutes or seconds must be below 60`);
  }
  // A bare integer ("13") is more likely a typo than a whole-second time.
  if (parts.length === 1 && frac === undefined) fail('INVALID_FORMAT', 'a time needs decimals or minutes');
  if (hand && frac?.length !== 1) fail('INVALID_FORMAT', 'a hand time ("h") has exactly one decimal');
  if (significantLength(parts[0]) > 9) fail('TOO_LARGE', 'the time is too long');

  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + digitsToInt(part);
  const decimals = frac?.length ?? 0;
  const millis = frac === undefined ? 0 : digitsToInt(frac.padEnd(3, '0'));
  return [seconds * 1000 + millis, DECIMALS_TO_TIME_PRECISION[decimals]];
}

function parseMetres(input: string, fail: Fail): number {
  if (input.includes(',')) fail('INVALID_CHARACTERS', 'use "." as the decimal point, not ","');
  if (/[^0-9.]/.test(input)) fail('INVALID_CHARACTERS', 'only digits and "." are allowed, without units');
  const pieces = input.split('.');
  if (pieces.length > 2) fail('INVALID_FORMAT', 'there is more than one "."');
  const [whole, frac] = pieces;
  if (whole === '') fail('MISSING_DIGITS', 'digits are missing before the decimal point');
  // Published distances always carry decimals; "895" is far more likely a typo for 8.95 than 895 m.
  if (frac === undefined || frac === '') fail('MISSING_DIGITS', 'decimals are missing');
  if (frac.length > 2) fail('TOO_MANY_DECIMALS', 'a distance has at most 2 decimals');
  if (significantLength(whole) > 7) fail('TOO_LARGE', 'the distance is too long');
  return digitsToInt(whole) * 1000 + digitsToInt(frac.padEnd(3, '0'));
}

function parsePoints(input: string, fail: Fail): number {
  if (/^[0-9]+[.,][0-9]*$/.test(input)) fail('DECIMALS_NOT_ALLOWED', 'points are a whole number, without decimals or separators');
  if (!DIGITS.test(input)) fail('INVALID_CHARACTERS', 'only digits are allowed');
  if (significantLength(input) > 10) fail('TOO_LARGE', 'the score is too large');
  return digitsToInt(input);
}

function assertMarkValue(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// Clock form with the hour and minute fields only when needed; "0:45" keeps a
// whole-second time under a minute recognisable as a time.
function formatClock(ms: number, decimals: number, wholeSeconds: boolean): string {
  const totalSeconds = Math.floor(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const frac =
    decimals > 0
      ? '.' +
        String(ms % 1000)
          .padStart(3, '0')
          .slice(0, decimals)
      : '';
  if (h > 0) return `${h}:${pad2(m)}:${pad2(s)}${frac}`;
  if (m > 0 || wholeSeconds) return `${m}:${pad2(s)}${frac}`;
  return `${s}${frac}`;
}

// Rounds up to a multiple of step: the athlete never gets a faster time than measured.
const roundUp = (n: number, step: number): number => Math.ceil(n / step) * step;

function formatMetres(mm: number, decimals: number): string {
  const scale = 10 ** (3 - decimals);
  // Field marks are measured down to the last whole centimetre, never up.
  const units = Math.floor(mm / scale);
  const base = 10 ** decimals;
  return `${Math.floor(units / base)}.${String(units % base).padStart(decimals, '0')}`;
}

/**
 * The published form of a stored mark. A value finer than its precision is
 * rounded the way the rules round: times up, distances down.
 */
export function formatMark(value: number, unit: MarkUnit, precision: MarkPrecision): string {
  assertMarkValue(value, 'A mark');
  const mismatch = (): never => {
    throw new RangeError(`Precision ${precision} does not apply to unit ${unit}`);
  };
  switch (unit) {
    case 'TIME': {
      const decimals = TIME_PRECISION_DECIMALS[precision];
      if (decimals === undefined) return mismatch();
      const rounded = roundUp(value, 10 ** (3 - decimals));
      return formatClock(rounded, decimals, decimals === 0);
    }
    case 'DISTANCE':
    case 'HEIGHT':
      return precision === 'CENTIMETRES' ? formatMetres(value, 2) : mismatch();
    case 'POINTS':
      return precision === 'POINTS' ? String(value) : mismatch();
    default:
      throw new RangeError(`Unknown unit ${String(unit)}`);
  }
}

/** Negative when a is the better mark, positive when b is, 0 when equal. */
export function compareMarks(a: number, b: number, direction: MarkDirection): number {
  const diff = direction === 'LOWER_IS_BETTER' ? a - b : b - a;
  return Math.sign(diff);
}

export function isBetterMark(a: number, b: number, direction: MarkDirection): boolean {
  return compareMarks(a, b, direction) < 0;
}

export function markMargin(a: number, b: number): number {
  return Math.abs(a - b);
}

/**
 * A margin in the unit's published style: hundredths (or centimetres), with a
 * third decimal only when the margin is finer than that, so a 0.008 s gap
 * between thousandth-timed marks does not show as "0.00".
 */
export function formatMargin(diff: number, unit: MarkUnit): string {
  assertMarkValue(diff, 'A margin');
  const decimals = diff % 10 === 0 ? 2 : 3;
  switch (unit) {
    case 'TIME':
      return formatClock(diff, decimals, false);
    case 'DISTANCE':
    case 'HEIGHT':
      return formatMetres(diff, decimals);
    case 'POINTS':
      return String(diff);
    default:
      throw new RangeError(`Unknown unit ${String(unit)}`);
  }
}

/**
 * Whether a mark can stand in a ranked list next to automatic times: only
 * hand times (tenths) cannot. Whole seconds are how road races are timed, and
 * distances and points involve no timing at all.
 */
export function isFullyAutomatic(precision: MarkPrecision): boolean {
  return precision !== 'TENTHS_HAND';
}

/**
 * The value a mark ranks with, or null when it must stay out of ranked lists.
 * Hand times are excluded outright rather than converted (+0.24 s), so a list
 * never mixes two kinds of timing.
 */
export function rankingValue(value: number, precision: MarkPrecision): number | null {
  return isFullyAutomatic(precision) ? value : null;
}

/**
 * A stored mark as a plain number for display and charts: seconds, metres or
 * points (484290 ms -> 484.29). One correctly rounded division gives the same
 * double as reading the decimal text, so no drift is introduced.
 */
export function markDecimal(value: number, unit: MarkUnit): number {
  assertMarkValue(value, 'A mark');
  switch (unit) {
    case 'TIME':
    case 'DISTANCE':
    case 'HEIGHT':
      return value / 1000;
    case 'POINTS':
      return value;
    default:
      throw new RangeError(`Unknown unit ${String(unit)}`);
  }
}
