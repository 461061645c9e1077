// Checks one row of a results file on its own (cells, formats, the reference tables) and
// splits it into the natural keys of what it names: meet, race, athlete, source, and the
// performance itself. Checks that need other rows or the stored data are the importer's.
// The checks of the meet's, race's and athlete's cells are in row-cells.ts, the memos that
// spare repeating them in row-memo.ts.
import {
  checkWindApplies,
  MarkParseError,
  parseMark,
  PERFORMANCE_STATUSES,
  WIND_RANGE_MPS,
  type ExternalId,
  type MarkPrecision,
  type ParsedMark,
  type PerformanceStatus,
  type Round,
  type Sex,
} from '../../domain';
import {
  bestOfSeries,
  FieldSeriesError,
  highestCleared,
  parseHeightCard,
  parseSeries,
  type HeightAttempt,
  type SeriesTrial,
} from '../../domain/field-series';
import { combinedEventOf, ComponentsError, parseComponents, type ComponentCells } from './components';
import { COL, type ColumnName, type RawRow } from './import-format';
import type { EventRef, ReferenceData } from './reference-data';
import { bool, cellOf, checkAthlete, checkMeet, checkRace, checkWind, parseNotes, pushViolation, SEP, type Part } from './row-cells';
import { Memo, Memo2, own } from './row-memo';

export { checkDate, checkWind } from './row-cells';
export { own } from './row-memo';

export interface CellError {
  column: ColumnName | null;
  message: string;
}

export interface MeetCells {
  /** Natural key in the file: folded name and the year held. */
  key: string;
  name: string;
  folded: string;
  year: number;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  country: string | null;
  championshipId: number | null;
  championship: string | null;
  indoor: boolean | null;
}

export interface RaceCells {
  key: string;
  event: EventRef;
  round: Round;
  heat: number;
  date: string | null;
  wind: string | null;
}

export interface AthleteCells {
  key: string;
  name: string;
  folded: string;
  country: string | null;
  sex: Sex;
  birthDate: string | null;
  /** athlete_id as given: a stored athlete's global id or slug (checked against the database later). */
  pin: string | null;
  /** athlete_external_id, read. */
  externalId: ExternalId | null;
}

export interface PerformanceCells {
  place: number | null;
  /** The place was given shared ("2="). */
  tied: boolean;
  markValue: number | null;
  markText: string | null;
  precision: MarkPrecision | null;
  wind: string | null;
  status: PerformanceStatus;
  /** Canonical, space-separated, in the enum's order. */
  notes: string;
  photoFinish: boolean;
  /** The country the athlete competed for in this result: the row's athlete_country (checked with the athlete's cells). */
  country: string | null;
}

/** The rare cells beside a row's one mark: a vertical jump's heights, a distance event's series. */
export interface RowExtras {
  /** The row's place, for the race's tie-break check. */
  place: number | null;
  /** The row's mark (a combined event's total, checked against its components). */
  markValue: number | null;
  heights: HeightAttempt[] | null;
  series: SeriesTrial[] | null;
  components: ComponentCells[] | null;
}

export interface CheckedRow {
  /** Null for nearly every row. */
  extras: RowExtras | null;
  meet: MeetCells;
  race: RaceCells;
  athlete: AthleteCells;
  source: string;
  sourceTitle: string | null;
  performance: PerformanceCells;
}

const PLACE = /^(\d{1,5})(=?)$/;
const SEXES: Record<string, Sex> = { MALE: 'MALE', M: 'MALE', MEN: 'MALE', FEMALE: 'FEMALE', F: 'FEMALE', W: 'FEMALE', WOMEN: 'FEMALE' };

/** Checked meet and race cells of a row, with the race's natural key (memoised together). */
interface RacePart {
  meet: MeetCells | null;
  race: RaceCells | null;
  errors: CellError[];
}

/** The columns a race's rows repeat (its meet's, the event's and the race's own): see `last`. */
const RACE_COLUMNS = [
  COL.meet_name,
  COL.meet_year,
  COL.meet_start_date,
  COL.meet_end_date,
  COL.meet_city,
  COL.meet_country,
  COL.championship,
  COL.indoor,
  COL.sex,
  COL.event,
  COL.round,
  COL.heat,
  COL.race_date,
  COL.race_wind,
];

/** Notes cells repeat ("SB", "PB SB"...): each distinct text is parsed once. */
const NOTES_MEMO_MAX = 1000;

export class RowChecker {
  // Rows of a race mostly come together (see `last`), so few races need remembering.
  private races = new Memo<RacePart>(20_000);
  /**
   * The previous row's meet and race cells (RACE_COLUMNS, as read) and what they gave: files
   * list a race's rows together, so most rows repeat them, the very same text.
   */
  private last: { raw: Array<string | null | undefined>; part: RacePart } | null = null;
  /** The previous row's sex cell, and the sex it named (null: not a valid one). */
  private lastSex: { text: string | null | undefined; sex: Sex | null } = { text: undefined, sex: null };
  private notes = new Map<string, { notes: string | null; error: CellError | null }>();
  private marks = new Memo2<{ mark: ParsedMark | null; error: string | null }>(50_000);
  private meets = new Memo<Part<MeetCells>>(50_000);
  private athletes = new Memo2<Part<AthleteCells> & { birth: string | null; sex: Sex; pin: string | null; external: string | null }>(
    200_000,
  );

  /** Required columns the CSV header lacks: reported once, on line 1, not again on every row. */
  readonly absentColumns = new Set<ColumnName>();

  constructor(private readonly refs: ReferenceData) {}

  /**
   * The row's parts, or null when it has errors: every error found in the row is pushed
   * onto `errors`. Meet, race and athlete cells repeat over many rows, so their checks are
   * memoised by the raw cells.
   */
  check(raw: RawRow, errors: CellError[]): CheckedRow | null {
    const before = errors.length;
    const sex = this.sexOf(raw, errors);

    let racePart: RacePart;
    const last = this.last;
    if (last !== null && sameRaceCells(last.raw, raw)) racePart = last.part;
    else {
      const meetName = cellOf(raw, COL.meet_name);
      const meetYear = cellOf(raw, COL.meet_year);
      const meetStart = cellOf(raw, COL.meet_start_date);
      const meetEnd = cellOf(raw, COL.meet_end_date);
      const meetCity = cellOf(raw, COL.meet_city);
      const meetCountry = cellOf(raw, COL.meet_country);
      const championship = cellOf(raw, COL.championship);
      const indoor = cellOf(raw, COL.indoor);
      const event = cellOf(raw, COL.event);
      const round = cellOf(raw, COL.round);
      const heat = cellOf(raw, COL.heat);
      const raceDate = cellOf(raw, COL.race_date);
      const raceWind = cellOf(raw, COL.race_wind);
      const cells = [
        meetName,
        meetYear,
        meetStart,
        meetEnd,
        meetCity,
        meetCountry,
        championship,
        indoor,
        sex,
        event,
        round,
        heat,
        raceDate,
        raceWind,
      ];
      const meetKey = cells
        .slice(0, 8)
        .map((c) => c ?? '')
        .join(SEP);
      racePart = this.races.get(cells.map((c) => c ?? '').join(SEP), () => {
        const meet = this.meets.get(meetKey, () =>
          checkMeet(this.refs, [meetName, meetYear, meetStart, meetEnd, meetCity, meetCountry, championship, indoor]),
        );
        if (sex === null) return { meet: meet.value, race: null, errors: meet.errors };
        const race = checkRace(this.refs, [event, round, heat, raceDate, raceWind], sex);
        const value =
          meet.value && race.value
            ? { ...race.value, key: `${meet.value.key}${SEP}${race.value.event.id}${SEP}${race.value.round}${SEP}${race.value.heat}` }
            : null;
        return { meet: meet.value, race: value, errors: [...meet.errors, ...race.errors] };
      });
      this.last = { raw: RACE_COLUMNS.map((k) => raw[k]), part: racePart };
    }
    for (const e of racePart.errors) errors.push(e);

    let athlete: AthleteCells | null = null;
    if (sex !== null) {
      const name = cellOf(raw, COL.athlete) ?? '';
      const country = cellOf(raw, COL.athlete_country) ?? '';
      const birth = cellOf(raw, COL.athlete_birth_date);
      const pin = cellOf(raw, COL.athlete_id);
      const external = cellOf(raw, COL.athlete_external_id);
      // Keyed by name and country; the date of birth, sex and pins are compared (a name nearly
      // always comes with the same ones), which spares building a key for every row.
      let part = this.athletes.peek(country, name);
      if (part === undefined || part.birth !== birth || part.sex !== sex || part.pin !== pin || part.external !== external) {
        const checked = {
          ...checkAthlete(this.refs, [name || null, country || null, birth, pin, external], sex),
          birth: own(birth),
          sex,
          pin: own(pin),
          external: own(external),
        };
        part = part === undefined ? this.athletes.get(country, name, () => checked) : this.athletes.replace(country, name, checked);
      }
      for (const e of part.errors) errors.push(e);
      athlete = part.value;
    }

    const source = cellOf(raw, COL.source);
    if (source === null) errors.push({ column: 'source', message: 'is required: the URL or document name the row comes from' });
    else if (source.length > 2000) errors.push({ column: 'source', message: 'is longer than 2000 characters' });

    const performance = this.checkPerformance(raw, racePart.race?.event ?? null, athlete?.country ?? null, errors);
    const extras =
      raw[COL.height_card] || raw[COL.series] || raw[COL.components]
        ? checkExtras(raw, racePart.race?.event ?? null, performance, errors)
        : null;
    if (this.absentColumns.size > 0) {
      for (let i = errors.length - 1; i >= before; i--) {
        const column = errors[i].column;
        if (column !== null && this.absentColumns.has(column) && /^is required/.test(errors[i].message)) errors.splice(i, 1);
      }
      if (errors.length === before) errors.push({ column: null, message: 'cannot be read without the missing column(s)' });
    }
    if (errors.length > before || !racePart.meet || !racePart.race || !athlete || !performance || source === null) return null;
    return { meet: racePart.meet, race: racePart.race, athlete, source, sourceTitle: cellOf(raw, COL.source_title), performance, extras };
  }

  private notesOf(text: string | null, errors: CellError[]): string | null {
    if (text === null) return '';
    let memo = this.notes.get(text);
    if (memo === undefined) {
      const found: CellError[] = [];
      memo = { notes: parseNotes(text, found), error: found[0] ?? null };
      if (this.notes.size >= NOTES_MEMO_MAX) this.notes.clear();
      this.notes.set(own(text), memo);
    }
    if (memo.error !== null) errors.push(memo.error);
    return memo.notes;
  }

  private sexOf(raw: RawRow, errors: CellError[]): Sex | null {
    const text = raw[COL.sex];
    if (text === this.lastSex.text && this.lastSex.sex !== null) return this.lastSex.sex;
    const sexText = cellOf(raw, COL.sex);
    let sex: Sex | null = null;
    if (sexText === null) errors.push({ column: 'sex', message: 'is required (MALE or FEMALE)' });
    else {
      sex = SEXES[sexText.toUpperCase()] ?? null;
      if (sex === null) {
        errors.push({
          column: 'sex',
          message:
            sexText.toUpperCase() === 'MIXED'
              ? 'mixed events (relays) cannot be imported: rows are individual results'
              : `"${sexText}" is not MALE or FEMALE`,
        });
      }
    }
    this.lastSex = { text, sex };
    return sex;
  }

  private checkPerformance(raw: RawRow, event: EventRef | null, country: string | null, errors: CellError[]): PerformanceCells | null {
    const before = errors.length;
    const cell = (k: number) => cellOf(raw, k);
    const statusText = cell(COL.status);
    let status: PerformanceStatus | null = 'FINISHED';
    if (statusText !== null) {
      const upper = statusText.toUpperCase();
      status = (PERFORMANCE_STATUSES as readonly string[]).includes(upper) ? (upper as PerformanceStatus) : null;
      if (status === null) errors.push({ column: 'status', message: `"${statusText}" is not one of ${PERFORMANCE_STATUSES.join(', ')}` });
    }
    const placeText = cell(COL.place);
    let place: number | null = null;
    let tied = false;
    if (placeText !== null) {
      const m = PLACE.exec(placeText);
      place = m && Number(m[1]) >= 1 ? Number(m[1]) : null;
      tied = m !== null && m[2] === '=';
      if (place === null)
        errors.push({ column: 'place', message: `"${placeText}" is not a place (a whole number from 1, "2=" when shared)` });
    }
    const markText = cell(COL.mark);
    let mark: { value: number; text: string; precision: MarkPrecision } | null = null;
    if (markText !== null && event) {
      const parsed =
        this.marks.peek(event.unit, markText) ??
        this.marks.get(event.unit, markText, () => {
          try {
            return { mark: parseMark(markText, event.unit), error: null };
          } catch (error) {
            if (!(error instanceof MarkParseError)) throw error;
            return { mark: null, error: error.message };
          }
        });
      if (parsed.error !== null) errors.push({ column: 'mark', message: parsed.error });
      mark = parsed.mark;
    }
    const windText = cell(COL.wind);
    let wind: string | null = null;
    if (windText !== null) {
      wind = checkWind(windText);
      if (wind === null)
        errors.push({
          column: 'wind',
          message: `"${windText}" is not a wind in m/s from -${WIND_RANGE_MPS}.0 to +${WIND_RANGE_MPS}.0 with at most one decimal`,
        });
      else pushViolation(errors, event && checkWindApplies('wind', event.code, event.windAffected));
    }
    const notes = this.notesOf(cell(COL.notes), errors);
    const photoText = cell(COL.photo_finish);
    let photoFinish = false;
    if (photoText !== null) {
      const b = bool(photoText);
      if (b === undefined) errors.push({ column: 'photo_finish', message: `"${photoText}" is not true or false` });
      else photoFinish = b;
    }
    if (status !== null && status !== 'FINISHED') {
      // The database's performances_non_finisher_has_no_place_or_mark, said per column.
      if (placeText !== null) errors.push({ column: 'place', message: `a ${status} has no place` });
      if (markText !== null) errors.push({ column: 'mark', message: `a ${status} has no mark` });
      if (windText !== null) errors.push({ column: 'wind', message: `a ${status} has no wind reading` });
    } else if (status === 'FINISHED' && placeText === null && markText === null && !/\b[Qq]\b/.test(notes ?? '')) {
      errors.push({
        column: 'place',
        message: 'a finisher needs a place or a mark (or a Q/q note when the source only says the athlete advanced)',
      });
    }
    if (photoFinish && placeText === null)
      errors.push({ column: 'photo_finish', message: 'a photo finish decides a place: give the place' });
    if (errors.length > before || status === null || notes === null) return null;
    return {
      place,
      tied,
      markValue: mark?.value ?? null,
      markText: mark?.text ?? null,
      precision: mark?.precision ?? null,
      wind,
      status,
      notes,
      photoFinish,
      country,
    };
  }
}

function sameRaceCells(last: Array<string | null | undefined>, raw: RawRow): boolean {
  for (let i = 0; i < RACE_COLUMNS.length; i++) if (last[i] !== raw[RACE_COLUMNS[i]]) return false;
  return true;
}

/** The height card and series cells, checked against the event and the row's mark. */
function checkExtras(raw: RawRow, event: EventRef | null, performance: PerformanceCells | null, errors: CellError[]): RowExtras | null {
  const before = errors.length;
  const cardText = cellOf(raw, COL.height_card);
  const seriesText = cellOf(raw, COL.series);
  let heights: HeightAttempt[] | null = null;
  let series: SeriesTrial[] | null = null;
  const read = <T>(column: ColumnName, f: () => T): T | null => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof FieldSeriesError)) throw error;
      errors.push({ column, message: error.message });
      return null;
    }
  };
  const markAgrees = (column: ColumnName, best: number | null, what: string) => {
    if (!performance) return;
    if (best === null && performance.markValue !== null)
      errors.push({ column, message: `has no ${what}, but the mark is ${performance.markText}` });
    else if (best !== null && performance.markValue !== best)
      errors.push({
        column,
        message: `the ${what} is ${best / 1000}, but the mark is ${performance.markText ?? 'empty'}: the mark must be the ${what}`,
      });
  };
  if (cardText !== null && event) {
    if (event.unit !== 'HEIGHT')
      errors.push({ column: 'height_card', message: `${event.code} is not a vertical jump (high jump, pole vault)` });
    else {
      heights = read('height_card', () => parseHeightCard(cardText));
      if (heights) markAgrees('height_card', highestCleared(heights), 'highest height cleared');
    }
  }
  if (seriesText !== null && event) {
    if (event.unit !== 'DISTANCE') errors.push({ column: 'series', message: `${event.code} is not a horizontal jump or throw` });
    else {
      series = read('series', () => parseSeries(seriesText, event.windAffected));
      if (series) markAgrees('series', bestOfSeries(series), 'best measured trial');
    }
  }
  const componentsText = cellOf(raw, COL.components);
  let components: ComponentCells[] | null = null;
  if (componentsText !== null && event) {
    const def = combinedEventOf(event);
    if (def === null) errors.push({ column: 'components', message: `${event.code} is not a combined event (DEC, HEP, PEN)` });
    else {
      try {
        components = parseComponents(componentsText, def);
        if (performance?.status === 'FINISHED' && components.length < def.disciplines.length)
          errors.push({
            column: 'components',
            message: `a finisher's components give all ${def.disciplines.length} disciplines (${def.disciplines.join(', ')}), not ${components.length}`,
          });
      } catch (error) {
        if (!(error instanceof ComponentsError)) throw error;
        errors.push({ column: 'components', message: error.message });
      }
    }
  }
  return errors.length > before
    ? null
    : { place: performance?.place ?? null, markValue: performance?.markValue ?? null, heights, series, components };
}
