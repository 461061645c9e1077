// Domain vocabulary. The names mirror the database enums exactly, so values
// read from the database can be passed straight into the domain rules.

/** TIME in integer milliseconds, DISTANCE and HEIGHT in integer millimetres, POINTS in points. */
export type MarkUnit = 'TIME' | 'DISTANCE' | 'HEIGHT' | 'POINTS';

export type MarkDirection = 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';

/** How finely a mark was measured; TENTHS_HAND is a hand-timed time. */
export type MarkPrecision = 'THOUSANDTHS' | 'HUNDREDTHS' | 'TENTHS_HAND' | 'WHOLE_SECONDS' | 'CENTIMETRES' | 'POINTS';

export type PerformanceStatus = 'FINISHED' | 'DNF' | 'DNS' | 'DQ' | 'NM';

export type EventKind = 'TRACK' | 'ROAD' | 'FIELD' | 'COMBINED' | 'RELAY' | 'WALK' | 'CROSS_COUNTRY';

export type Sex = 'MALE' | 'FEMALE' | 'MIXED';

export type Round = 'FINAL' | 'SEMI_FINAL' | 'QUARTER_FINAL' | 'HEAT' | 'QUALIFICATION' | 'PRELIMINARY';

export type PerformanceNote = 'PB' | 'SB' | 'NR' | 'AR' | 'WR' | 'CR' | 'MR' | 'WL' | 'Q' | 'q';

// Runtime lists of the same values, for validating untyped input and for
// registering enums elsewhere without repeating the names.
export const MARK_UNITS: readonly MarkUnit[] = ['TIME', 'DISTANCE', 'HEIGHT', 'POINTS'];
export const MARK_DIRECTIONS: readonly MarkDirection[] = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'];
export const MARK_PRECISIONS: readonly MarkPrecision[] = [
  'THOUSANDTHS',
  'HUNDREDTHS',
  'TENTHS_HAND',
  'WHOLE_SECONDS',
  'CENTIMETRES',
  'POINTS',
];
export const PERFORMANCE_STATUSES: readonly PerformanceStatus[] = ['FINISHED', 'DNF', 'DNS', 'DQ', 'NM'];
export const EVENT_KINDS: readonly EventKind[] = ['TRACK', 'ROAD', 'FIELD', 'COMBINED', 'RELAY', 'WALK', 'CROSS_COUNTRY'];
export const SEXES: readonly Sex[] = ['MALE', 'FEMALE', 'MIXED'];
export const ROUNDS: readonly Round[] = ['FINAL', 'SEMI_FINAL', 'QUARTER_FINAL', 'HEAT', 'QUALIFICATION', 'PRELIMINARY'];
export const PERFORMANCE_NOTES: readonly PerformanceNote[] = ['PB', 'SB', 'NR', 'AR', 'WR', 'CR', 'MR', 'WL', 'Q', 'q'];
