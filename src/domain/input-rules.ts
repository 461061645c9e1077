// One rulebook for input: the rules a value must meet whoever brings it (an import's cell, a
// curator's field, a query's argument). Each check returns a Violation (the field, a code and
// a message) or null; only the edges turn violations into what their users read: field
// errors of a mutation, cell errors of an import, BAD_USER_INPUT of a query argument.
import { SLUG_PATTERN } from './names';

export type ViolationCode =
  'YEAR_OUT_OF_RANGE' | 'WIND_OUT_OF_RANGE' | 'WIND_TOO_PRECISE' | 'WIND_NOT_APPLICABLE' | 'SLUG_FORMAT' | 'PLACE_NOT_POSITIVE';

export interface Violation {
  /** The field, column or argument the value came in (the caller's name for it). */
  field: string;
  code: ViolationCode;
  message: string;
}

/** Years the graph holds (meets held, seasons, dates): the database's meets_year_in_range too. */
export const YEAR_RANGE = { min: 1800, max: 2200 } as const;

/** Wind readings are stored as numeric(3,1): -30.0 to +30.0 m/s, one decimal. */
export const WIND_RANGE_MPS = 30;

const violation = (field: string, code: ViolationCode, message: string): Violation => ({ field, code, message });

export function checkYear(field: string, year: number): Violation | null {
  if (Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) return null;
  return violation(field, 'YEAR_OUT_OF_RANGE', `${year} is not a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`);
}

/** A reading in m/s, as a number: within ±30 and read to one decimal. */
export function checkWindReading(field: string, mps: number): Violation | null {
  if (!Number.isFinite(mps) || Math.abs(mps) > WIND_RANGE_MPS) {
    return violation(field, 'WIND_OUT_OF_RANGE', `wind is between -${WIND_RANGE_MPS} and +${WIND_RANGE_MPS} m/s`);
  }
  if (Math.abs(Math.round(mps * 10) - mps * 10) > 1e-9)
    return violation(field, 'WIND_TOO_PRECISE', 'wind is read to one decimal, e.g. 1.2');
  return null;
}

/** A wind reading only means something on a wind-affected event (sprints, hurdles, horizontal jumps). */
export function checkWindApplies(field: string, eventCode: string, windAffected: boolean): Violation | null {
  return windAffected ? null : violation(field, 'WIND_NOT_APPLICABLE', `${eventCode} is not a wind-affected event`);
}

/** A slug: lower-case letters and digits joined by single "-"; `example` shows one of the kind. */
export function checkSlug(field: string, slug: string, example: string): Violation | null {
  if (SLUG_PATTERN.test(slug)) return null;
  return violation(field, 'SLUG_FORMAT', `is lower-case letters and digits joined by single "-", e.g. "${example}"`);
}

/** An official place: a whole number from 1 (shared places repeat it, marked tied). */
export function checkPlace(field: string, place: number): Violation | null {
  return Number.isInteger(place) && place >= 1 ? null : violation(field, 'PLACE_NOT_POSITIVE', 'a place is a whole number from 1');
}
