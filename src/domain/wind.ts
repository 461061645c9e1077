/** Above this tailwind (m/s) a mark is wind-assisted: +2.0 is legal, +2.1 is not. */
export const WIND_LIMIT_MPS = 2.0;

export type WindStatus = 'LEGAL' | 'ASSISTED' | 'NOT_APPLICABLE' | 'UNKNOWN';

/** Decimal columns arrive as strings; they are compared digit by digit, not via floats. */
export type WindReading = number | string | null;

const LIMIT_TENTHS = Math.round(WIND_LIMIT_MPS * 10);
const WIND_TEXT = /^([+-]?)([0-9]+)(?:\.([0-9]+))?$/;

// Whether a known reading is over the limit. Strings are compared exactly on
// their digits, so "2.0000001" is over and "2.0" is not, whatever floats would do.
function exceedsLimit(reading: number | string): boolean {
  if (typeof reading === 'number') {
    if (!Number.isFinite(reading)) throw new RangeError(`Invalid wind reading ${reading}: expected a finite number of m/s`);
    return reading > WIND_LIMIT_MPS;
  }
  const match = WIND_TEXT.exec(reading.trim());
  if (!match) {
    throw new RangeError(`Invalid wind reading "${reading}": expected metres per second such as "+1.2", "-0.4" or "2.0"`);
  }
  const [, sign, whole, frac = ''] = match;
  if (sign === '-') return false;
  // Whole tenths decide unless they equal the limit; then any further digit tips it over.
  const tenths = Number(whole) * 10 + Number(frac.charAt(0) || '0');
  if (tenths !== LIMIT_TENTHS) return tenths > LIMIT_TENTHS;
  return /[1-9]/.test(frac.slice(1));
}

export function windStatus(windMps: WindReading, windAffected: boolean): WindStatus {
  // A reading on an event the wind rule does not cover (e.g. 3000 m) means nothing.
  if (!windAffected) return 'NOT_APPLICABLE';
  if (windMps === null) return 'UNKNOWN';
  return exceedsLimit(windMps) ? 'ASSISTED' : 'LEGAL';
}

/**
 * Whether a mark stands for records and rankings as far as wind goes. An
 * unknown reading is given the benefit of the doubt; use windStatus to tell
 * it apart from a measured legal wind.
 */
export function isWindLegal(windMps: WindReading, windAffected: boolean): boolean {
  return windStatus(windMps, windAffected) !== 'ASSISTED';
}
