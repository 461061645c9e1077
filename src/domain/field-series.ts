// The trials of a field event as published, and the tie-break rules that follow from them:
// a vertical jump's height card (heights with their trials, "2.19:o 2.24:xo 2.27:- 2.30:xxx")
// and countback (World Athletics rule 26.8), a horizontal jump's or throw's series
// ("8.01 x 8.24@+0.4 -") and its tie-break (best mark, then second best, ...). Pure rules: no
// database. The importer checks files with them; places that contradict them are reported.
import { MarkParseError, parseMark } from './marks';

export type FieldSeriesErrorReason =
  | 'EMPTY'
  | 'INVALID_ENTRY'
  | 'INVALID_HEIGHT'
  | 'INVALID_TRIALS'
  | 'NOT_ASCENDING'
  | 'INVALID_MARK'
  | 'INVALID_WIND'
  | 'WIND_NOT_APPLICABLE';

export class FieldSeriesError extends Error {
  constructor(
    readonly reason: FieldSeriesErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'FieldSeriesError';
  }
}

/** One height of a card: the bar (mm) and the trials there, lower-case ("xo", "xx-", "xxx"). */
export interface HeightAttempt {
  heightValue: number;
  heightText: string;
  trials: string;
}

/** What a height's trials may be: cleared after up to two failures, passed after up to two, or failed (up to three). */
export const HEIGHT_TRIALS = /^(x{0,2}o|x{0,2}-|x{1,3}|-)$/;

/** A height card: space-separated HEIGHT:TRIALS in ascending order of height, case-insensitive. */
export function parseHeightCard(text: string): HeightAttempt[] {
  const entries = text.trim().split(/\s+/).filter(Boolean);
  if (entries.length === 0) throw new FieldSeriesError('EMPTY', 'is empty: give HEIGHT:TRIALS entries, e.g. "2.19:o 2.24:xo"');
  const card: HeightAttempt[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    if (colon <= 0 || colon === entry.length - 1) {
      throw new FieldSeriesError('INVALID_ENTRY', `"${entry}" is not HEIGHT:TRIALS, e.g. "2.24:xo"`);
    }
    const heightPart = entry.slice(0, colon);
    const trials = entry.slice(colon + 1).toLowerCase();
    let height;
    try {
      height = parseMark(heightPart, 'HEIGHT');
    } catch (error) {
      if (!(error instanceof MarkParseError)) throw error;
      throw new FieldSeriesError('INVALID_HEIGHT', `"${heightPart}" is not a height in metres: ${error.message}`);
    }
    if (!HEIGHT_TRIALS.test(trials)) {
      throw new FieldSeriesError(
        'INVALID_TRIALS',
        `"${entry.slice(colon + 1)}" at ${height.text} is not a height's trials (o, xo, xxo, -, x-, xx-, x, xx or xxx)`,
      );
    }
    const previous = card[card.length - 1];
    if (previous && height.value <= previous.heightValue) {
      throw new FieldSeriesError('NOT_ASCENDING', `${height.text} comes after ${previous.heightText}: heights must be in ascending order`);
    }
    card.push({ heightValue: height.value, heightText: height.text, trials });
  }
  return card;
}

const failures = (trials: string): number => trials.replace(/[^x]/g, '').length;

/** The highest height cleared (mm), null when none was. */
export function highestCleared(card: readonly HeightAttempt[]): number | null {
  for (let i = card.length - 1; i >= 0; i--) if (card[i].trials.endsWith('o')) return card[i].heightValue;
  return null;
}

/** What countback compares (rule 26.8): the best height, the failures there, the failures up to and including it. */
export interface CountbackRecord {
  best: number | null;
  failuresAtBest: number;
  totalFailures: number;
}

export function countbackRecord(card: readonly HeightAttempt[]): CountbackRecord {
  let last = -1;
  for (let i = card.length - 1; i >= 0 && last < 0; i--) if (card[i].trials.endsWith('o')) last = i;
  if (last < 0) return { best: null, failuresAtBest: 0, totalFailures: 0 };
  let total = 0;
  for (let i = 0; i <= last; i++) total += failures(card[i].trials);
  return { best: card[last].heightValue, failuresAtBest: failures(card[last].trials), totalFailures: total };
}

/**
 * Countback, rule 26.8: negative when `a` ranks ahead of `b`, positive when behind, 0 when
 * they are equal (they share the place, or jump off for first). The higher height first, then
 * the fewest failures at the height last cleared, then the fewest failures in total up to it.
 */
export function compareCountback(a: CountbackRecord, b: CountbackRecord): number {
  if (a.best !== b.best) {
    if (a.best === null) return 1;
    if (b.best === null) return -1;
    return b.best - a.best;
  }
  if (a.best === null) return 0;
  if (a.failuresAtBest !== b.failuresAtBest) return a.failuresAtBest - b.failuresAtBest;
  return a.totalFailures - b.totalFailures;
}

/** One trial of a series: a measured mark (mm, with its wind when given), a foul or a pass. */
export interface SeriesTrial {
  outcome: 'MARK' | 'FOUL' | 'PASS';
  markValue: number | null;
  markText: string | null;
  /** m/s as written, normalised: "+0.4", "-1.2", "0.0". */
  wind: string | null;
}

const WIND = /^([+-]?)(\d{1,2})(?:\.(\d))?$/;

/**
 * A series: the trials in order, space-separated: a mark ("8.24", with "@+0.4" for a
 * wind-affected event), "x" for a foul, "-" for a pass.
 */
export function parseSeries(text: string, windAffected: boolean): SeriesTrial[] {
  const entries = text.trim().split(/\s+/).filter(Boolean);
  if (entries.length === 0) throw new FieldSeriesError('EMPTY', 'is empty: give the trials, e.g. "8.01 x 8.24"');
  return entries.map((entry) => {
    const lower = entry.toLowerCase();
    if (lower === 'x') return { outcome: 'FOUL', markValue: null, markText: null, wind: null };
    if (lower === '-') return { outcome: 'PASS', markValue: null, markText: null, wind: null };
    const at = entry.indexOf('@');
    const markPart = at < 0 ? entry : entry.slice(0, at);
    let wind: string | null = null;
    if (at >= 0) {
      if (!windAffected) throw new FieldSeriesError('WIND_NOT_APPLICABLE', `"${entry}": this event has no wind readings`);
      const m = WIND.exec(entry.slice(at + 1));
      if (!m) throw new FieldSeriesError('INVALID_WIND', `"${entry.slice(at + 1)}" in "${entry}" is not a wind in m/s, e.g. +0.4`);
      const tenths = Number(m[2]) * 10 + Number(m[3] ?? '0');
      wind = `${tenths === 0 ? '' : m[1] === '-' ? '-' : '+'}${Math.floor(tenths / 10)}.${tenths % 10}`;
    }
    try {
      const mark = parseMark(markPart, 'DISTANCE');
      return { outcome: 'MARK', markValue: mark.value, markText: mark.text, wind };
    } catch (error) {
      if (!(error instanceof MarkParseError)) throw error;
      throw new FieldSeriesError('INVALID_MARK', `"${entry}" is not a mark, "x" (foul) or "-" (pass): ${error.message}`);
    }
  });
}

/** The measured marks of a series, best first. */
export function seriesMarks(series: readonly SeriesTrial[]): number[] {
  return series.flatMap((t) => (t.markValue === null ? [] : [t.markValue])).sort((a, b) => b - a);
}

/** The best measured mark (mm), null when none was. */
export function bestOfSeries(series: readonly SeriesTrial[]): number | null {
  return seriesMarks(series)[0] ?? null;
}

/**
 * The tie-break of horizontal jumps and throws: the best marks, then the second best, and so
 * on; a mark beats none. Negative when `a` ranks ahead of `b`, 0 when they stay equal.
 */
export function compareSeries(a: readonly SeriesTrial[], b: readonly SeriesTrial[]): number {
  const ma = seriesMarks(a);
  const mb = seriesMarks(b);
  for (let i = 0; i < Math.max(ma.length, mb.length); i++) {
    if (ma[i] === undefined) return 1;
    if (mb[i] === undefined) return -1;
    if (ma[i] !== mb[i]) return mb[i] - ma[i];
  }
  return 0;
}

export interface PlacedEntry<T> {
  /** The published place; entries without one are left out of the comparison. */
  place: number | null;
  record: T;
}

/** Two entries of a race whose published places the tie-break contradicts (indexes into the entries). */
export interface PlaceContradiction {
  ahead: number;
  behind: number;
  message: string;
}

/**
 * Whether a race's published places agree with a tie-break: an entry placed ahead of another
 * must not rank behind it; entries the tie-break leaves equal share the place; entries it
 * separates do not share one. With `jumpOffForFirst` (vertical jumps), entries equal with the
 * best of the race may be placed 1, 2, ... by a jump-off.
 */
export function placesContradictions<T>(
  entries: readonly PlacedEntry<T>[],
  compare: (a: T, b: T) => number,
  options: { jumpOffForFirst?: boolean } = {},
): PlaceContradiction[] {
  const placed = entries.flatMap((e, i) => (e.place === null ? [] : [{ i, place: e.place, record: e.record }]));
  placed.sort((a, b) => a.place - b.place || a.i - b.i);
  const first = placed.length > 0 && placed[0].place === 1 ? placed[0].record : null;
  const inJumpOff = (r: T) => options.jumpOffForFirst === true && first !== null && compare(r, first) === 0;
  const found: PlaceContradiction[] = [];
  for (let x = 0; x < placed.length; x++) {
    for (let y = x + 1; y < placed.length; y++) {
      const a = placed[x];
      const b = placed[y];
      const c = compare(a.record, b.record);
      if (a.place === b.place) {
        if (c !== 0) found.push({ ahead: a.i, behind: b.i, message: `share place ${a.place} but the tie-break separates them` });
      } else if (c > 0) {
        found.push({
          ahead: a.i,
          behind: b.i,
          message: `placed ${a.place} ahead of ${b.place}, but the tie-break ranks them the other way`,
        });
      } else if (c === 0 && !(inJumpOff(a.record) && inJumpOff(b.record))) {
        found.push({
          ahead: a.i,
          behind: b.i,
          message: `placed ${a.place} and ${b.place}, but the tie-break leaves them equal (a shared place)`,
        });
      }
    }
  }
  return found;
}
