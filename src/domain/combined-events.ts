// World Athletics combined-events scoring: the points a mark earns in a decathlon, heptathlon or
// pentathlon, and a competition's total. Pure: marks come in as the exact integers of marks.ts.
import type { MarkPrecision, MarkUnit } from './types';

/** Which of the three World Athletics formulas a discipline is scored with. */
export type CombinedEventFormula = 'TRACK' | 'JUMP' | 'THROW';

/** The sexes World Athletics publishes combined-events tables for. */
export type CombinedEventSex = 'MALE' | 'FEMALE';

/**
 * One discipline's coefficients. Points are INT(A·(B−T)^C) for track events (T in seconds),
 * INT(A·(M−B)^C) for jumps (M in centimetres) and INT(A·(D−B)^C) for throws (D in metres), so B
 * is in seconds, centimetres or metres; a mark not better than B scores 0.
 */
export interface CombinedEventCoefficients {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly formula: CombinedEventFormula;
}

// The coefficients, per sex and discipline (codes of seeds/events.json), as published in the IAAF
// Scoring Tables for Combined Events (2001 edition, in force today) and copied from:
//   athlib (Apache License 2.0), https://github.com/openath/athlib, file athlib/athlon_score.py at
//   commit 38be23c8659ac6afee68d61bed65ceae7c61bbaa (the PyPI package's pyproject.toml names
//   version 0.7.10 and the Apache Software License), table `_scoring_table`: A, Z (= B), X (= C).
// Every value was checked against GlaivePro/IaafPoints (MIT), resources/combined/2001.php at
// commit 646374c2063cf6109283691f84c3798a3b770ca7, which has all of them but the women's 1500 m.
// They agree on every value but one: the women's discus A, 12.331 in athlib and 12.3311 in
// GlaivePro; 12.3311 is taken here (GlaivePro, and the WMA Appendix B figure quoted by a third
// repository). The two differ by a point on 44 of the 7,700 marks from 3.01 m to 80.00 m (e.g.
// 43.24 m: 718 with 12.3311, 717 with 12.331); no published result we read tells them apart.
// Indoor disciplines (60 m, 60 m hurdles, 1000 m) have their own rows; the disciplines held both
// indoors and outdoors are scored with the same coefficients in both, as in the tables.
const COEFFICIENTS: Readonly<Record<CombinedEventSex, Readonly<Record<string, CombinedEventCoefficients>>>> = {
  MALE: {
    '60': { a: 58.015, b: 11.5, c: 1.81, formula: 'TRACK' },
    '100': { a: 25.4347, b: 18, c: 1.81, formula: 'TRACK' },
    '400': { a: 1.53775, b: 82, c: 1.81, formula: 'TRACK' },
    '1000': { a: 0.08713, b: 305.5, c: 1.85, formula: 'TRACK' },
    '1500': { a: 0.03768, b: 480, c: 1.85, formula: 'TRACK' },
    '60H': { a: 20.5173, b: 15.5, c: 1.92, formula: 'TRACK' },
    '110H': { a: 5.74352, b: 28.5, c: 1.92, formula: 'TRACK' },
    LJ: { a: 0.14354, b: 220, c: 1.4, formula: 'JUMP' },
    HJ: { a: 0.8465, b: 75, c: 1.42, formula: 'JUMP' },
    PV: { a: 0.2797, b: 100, c: 1.35, formula: 'JUMP' },
    SP: { a: 51.39, b: 1.5, c: 1.05, formula: 'THROW' },
    DT: { a: 12.91, b: 4, c: 1.1, formula: 'THROW' },
    JT: { a: 10.14, b: 7, c: 1.08, formula: 'THROW' },
  },
  FEMALE: {
    '100': { a: 17.857, b: 21, c: 1.81, formula: 'TRACK' },
    '200': { a: 4.99087, b: 42.5, c: 1.81, formula: 'TRACK' },
    '400': { a: 1.34285, b: 91.7, c: 1.81, formula: 'TRACK' },
    '800': { a: 0.11193, b: 254, c: 1.88, formula: 'TRACK' },
    '1500': { a: 0.02883, b: 535, c: 1.88, formula: 'TRACK' },
    '60H': { a: 20.0479, b: 17, c: 1.835, formula: 'TRACK' },
    '100H': { a: 9.23076, b: 26.7, c: 1.835, formula: 'TRACK' },
    LJ: { a: 0.188807, b: 210, c: 1.41, formula: 'JUMP' },
    HJ: { a: 1.84523, b: 75, c: 1.348, formula: 'JUMP' },
    PV: { a: 0.44125, b: 100, c: 1.35, formula: 'JUMP' },
    SP: { a: 56.0211, b: 1.5, c: 1.05, formula: 'THROW' },
    DT: { a: 12.3311, b: 3, c: 1.1, formula: 'THROW' },
    JT: { a: 15.9803, b: 3.8, c: 1.04, formula: 'THROW' },
  },
};

/** A combined event: its code and sex as in seeds/events.json, and its disciplines in competition order. */
export interface CombinedEventDefinition {
  readonly code: string;
  readonly sex: CombinedEventSex;
  readonly name: string;
  readonly environment: 'OUTDOOR' | 'INDOOR';
  readonly disciplines: readonly string[];
}

/** The World Athletics combined events of the discipline catalogue, each discipline in order. */
export const COMBINED_EVENTS: readonly CombinedEventDefinition[] = [
  {
    code: 'DEC',
    sex: 'MALE',
    name: 'Decathlon',
    environment: 'OUTDOOR',
    disciplines: ['100', 'LJ', 'SP', 'HJ', '400', '110H', 'DT', 'PV', 'JT', '1500'],
  },
  // The women's decathlon puts the throws and the vault on the first day.
  {
    code: 'DEC',
    sex: 'FEMALE',
    name: 'Decathlon',
    environment: 'OUTDOOR',
    disciplines: ['100', 'DT', 'PV', 'JT', '400', '100H', 'LJ', 'SP', 'HJ', '1500'],
  },
  { code: 'HEP', sex: 'FEMALE', name: 'Heptathlon', environment: 'OUTDOOR', disciplines: ['100H', 'HJ', 'SP', '200', 'LJ', 'JT', '800'] },
  { code: 'HEP', sex: 'MALE', name: 'Heptathlon', environment: 'INDOOR', disciplines: ['60', 'LJ', 'SP', 'HJ', '60H', 'PV', '1000'] },
  { code: 'PEN', sex: 'FEMALE', name: 'Pentathlon', environment: 'INDOOR', disciplines: ['60H', 'HJ', 'SP', 'LJ', '800'] },
];

/**
 * Milliseconds added to a hand time before it is scored: 0.24 s up to 200 m (sprints and
 * hurdles), 0.14 s for the 400 m; longer races are scored as timed. As GlaivePro/IaafPoints
 * applies it (src/CombinedCalculator.php at 0d11a5b3a2e0a6b0c57c61fb0d401f502f5ea556, "hand time
 * corrections": "For sprints & hurdles up to 200m" +0.24, "400m" +0.14; MIT), which adds the
 * 0.24 s to the 60 m and 60 m hurdles too. The IAAF tables (2001 edition) print separate
 * "manual timing" tables for these races; the rule's own wording was not available to us.
 */
export const HAND_TIME_CORRECTION_MS: Readonly<Record<string, number>> = {
  '60': 240,
  '100': 240,
  '200': 240,
  '60H': 240,
  '100H': 240,
  '110H': 240,
  '400': 140,
};

export type CombinedEventErrorReason = 'UNKNOWN_COMBINED_EVENT' | 'NOT_A_DISCIPLINE' | 'INVALID_MARK' | 'DUPLICATE_DISCIPLINE';

export class CombinedEventError extends Error {
  override readonly name = 'CombinedEventError';
  constructor(
    readonly reason: CombinedEventErrorReason,
    message: string,
  ) {
    super(message);
  }
}

const normalize = (code: string): string => code.trim().toUpperCase();

const eventDescription = (event: CombinedEventDefinition): string =>
  `the ${event.sex === 'MALE' ? "men's" : "women's"} ${event.environment === 'INDOOR' ? 'indoor ' : ''}${event.name.toLowerCase()} (${event.code})`;

/** The combined event of this code (case ignored) and sex; UNKNOWN_COMBINED_EVENT when World Athletics scores none. */
export function combinedEvent(code: string, sex: string): CombinedEventDefinition {
  const event = COMBINED_EVENTS.find((e) => e.code === normalize(code) && e.sex === sex);
  if (event) return event;
  const known = COMBINED_EVENTS.map((e) => `${e.code} ${e.sex}`).join(', ');
  throw new CombinedEventError(
    'UNKNOWN_COMBINED_EVENT',
    `no World Athletics combined event "${code.trim()}" for sex ${sex}; known: ${known}`,
  );
}

/** A discipline of a combined event: its code, the unit its marks are in, and its coefficients. */
export interface CombinedEventDiscipline {
  readonly code: string;
  readonly unit: MarkUnit;
  readonly coefficients: CombinedEventCoefficients;
}

const HEIGHTS = new Set(['HJ', 'PV']);

/** The discipline (code, case ignored) of the event; NOT_A_DISCIPLINE when the event does not hold it. */
export function combinedEventDiscipline(event: CombinedEventDefinition, discipline: string): CombinedEventDiscipline {
  const code = normalize(discipline);
  if (!event.disciplines.includes(code)) {
    throw new CombinedEventError(
      'NOT_A_DISCIPLINE',
      `"${discipline.trim()}" is not a discipline of ${eventDescription(event)}, which is ${event.disciplines.join(', ')}`,
    );
  }
  const coefficients = COEFFICIENTS[event.sex][code];
  const unit: MarkUnit = coefficients.formula === 'TRACK' ? 'TIME' : HEIGHTS.has(code) ? 'HEIGHT' : 'DISTANCE';
  return { code, unit, coefficients };
}

/** A mark as marks.ts gives it: an exact integer (ms or mm) and how it was measured. */
export interface CombinedEventMark {
  readonly value: number;
  readonly precision: MarkPrecision;
}

export interface CombinedEventScore {
  readonly event: CombinedEventDefinition;
  readonly discipline: CombinedEventDiscipline;
  readonly points: number;
  /** What the formula was given: T in seconds, M in centimetres or D in metres, after rounding and hand-timing. */
  readonly scoredAs: number;
  /** Milliseconds added to a hand time (240 or 140), 0 otherwise. */
  readonly handTimeCorrectionMs: number;
}

const TIME_PRECISIONS = new Set<MarkPrecision>(['THOUSANDTHS', 'HUNDREDTHS', 'TENTHS_HAND', 'WHOLE_SECONDS']);

// A formula's input on an integer grid: hundredths of a second, centimetres (jumps), centimetres
// of a metre (throws); `perUnit` steps make one formula unit (s, cm, m).
const GRID: Record<CombinedEventFormula, { perUnit: number }> = { TRACK: { perUnit: 100 }, JUMP: { perUnit: 1 }, THROW: { perUnit: 100 } };

/**
 * The points a mark earns in one discipline of a combined event. Times are scored to the
 * hundredth, rounded up (a 7.671 counts as 7.68), after adding the hand-timing correction to a
 * TENTHS_HAND time; distances and heights to the centimetre, rounded down. The result is rounded
 * down to a whole point, and a mark not better than B scores 0.
 */
export function scoreCombinedEventMark(event: CombinedEventDefinition, discipline: string, mark: CombinedEventMark): CombinedEventScore {
  const found = combinedEventDiscipline(event, discipline);
  const { a, b, c, formula } = found.coefficients;
  if (!Number.isSafeInteger(mark.value) || mark.value <= 0) {
    throw new CombinedEventError(
      'INVALID_MARK',
      `a mark is a positive whole number of ${found.unit === 'TIME' ? 'milliseconds' : 'millimetres'}, got ${mark.value}`,
    );
  }
  const isTime = formula === 'TRACK';
  if (isTime ? !TIME_PRECISIONS.has(mark.precision) : mark.precision !== 'CENTIMETRES') {
    throw new CombinedEventError(
      'INVALID_MARK',
      `precision ${mark.precision} does not apply to ${found.code}, a ${found.unit.toLowerCase()} discipline`,
    );
  }
  const handTimeCorrectionMs = isTime && mark.precision === 'TENTHS_HAND' ? (HAND_TIME_CORRECTION_MS[found.code] ?? 0) : 0;
  // Hundredths up for times; whole centimetres down for jumps and throws.
  const steps = isTime ? Math.ceil((mark.value + handTimeCorrectionMs) / 10) : Math.floor(mark.value / 10);
  const { perUnit } = GRID[formula];
  const base = Math.round(b * perUnit);
  const margin = isTime ? base - steps : steps - base;
  // In doubles: every mark from B to beyond the world records lands at least 3e-6 from a whole
  // point (checked against 40-digit arithmetic), far more than a double's error.
  const points = margin > 0 ? Math.floor(a * Math.pow(margin / perUnit, c)) : 0;
  return { event, discipline: found, points, scoredAs: steps / perUnit, handTimeCorrectionMs };
}

export interface CombinedEventTotal {
  readonly event: CombinedEventDefinition;
  /** Each discipline's score, in the order given. */
  readonly scores: readonly CombinedEventScore[];
  /** The sum of the scores: a competition's total once every discipline is in, a running total before. */
  readonly total: number;
}

/** The total of marks in some or all of an event's disciplines; each discipline at most once. */
export function combinedEventTotal(
  event: CombinedEventDefinition,
  marks: ReadonlyArray<{ readonly discipline: string; readonly mark: CombinedEventMark }>,
): CombinedEventTotal {
  const seen = new Set<string>();
  const scores = marks.map(({ discipline, mark }) => {
    const score = scoreCombinedEventMark(event, discipline, mark);
    if (seen.has(score.discipline.code)) {
      throw new CombinedEventError(
        'DUPLICATE_DISCIPLINE',
        `${score.discipline.code} is given twice; a combined event scores each discipline once`,
      );
    }
    seen.add(score.discipline.code);
    return score;
  });
  return { event, scores, total: scores.reduce((sum, s) => sum + s.points, 0) };
}
