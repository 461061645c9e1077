// Checks one row of a results file on its own (cells, formats, the reference tables) and
// splits it into the natural keys of what it names: meet, race, athlete, source, and the
// performance itself. Checks that need other rows or the stored data are the importer's.
import {
  checkWindApplies, checkYear, editDistance, ExternalIdError, foldName, MarkParseError, parseExternalId, parseMark, PERFORMANCE_NOTES,
  PERFORMANCE_STATUSES, ROUNDS, slugify, WIND_RANGE_MPS, YEAR_RANGE,
  type ExternalId, type MarkPrecision, type Violation, type ParsedMark, type PerformanceNote, type PerformanceStatus, type Round, type Sex,
} from '../../domain';
import { COL, type ColumnName, type RawRow } from './import-format';
import { eventKey, type EventRef, type ReferenceData } from './reference-data';

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
}

export interface CheckedRow {
  meet: MeetCells;
  race: RaceCells;
  athlete: AthleteCells;
  source: string;
  sourceTitle: string | null;
  performance: PerformanceCells;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WIND = /^([+-])?(\d{1,2})(?:\.(\d))?$/;
const PLACE = /^(\d{1,5})(=?)$/;
const HEAT = /^\d{1,3}$/;
const YEAR = /^\d{4}$/;

const SEXES: Record<string, Sex> = { MALE: 'MALE', M: 'MALE', MEN: 'MALE', FEMALE: 'FEMALE', F: 'FEMALE', W: 'FEMALE', WOMEN: 'FEMALE' };
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };
const NOTE_ORDER = new Map<string, number>(PERFORMANCE_NOTES.map((n, i) => [n, i]));

/** A rulebook violation (src/domain/input-rules.ts), if any, as the error of the cell it names. */
function pushViolation(errors: CellError[], v: Violation | null): void {
  if (v) errors.push({ column: v.field as ColumnName, message: v.message });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date written YYYY-MM-DD that exists; returns the same text. */
export function checkDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]) ? text : null;
}

/** Wind in m/s with at most one decimal, within the database's ±30 range; canonical text. */
export function checkWind(text: string): string | null {
  const m = WIND.exec(text);
  if (!m) return null;
  const tenths = Number(m[2]) * 10 + Number(m[3] ?? '0');
  if (tenths > WIND_RANGE_MPS * 10) return null;
  if (tenths === 0) return '0.0';
  return `${m[1] === '-' ? '-' : ''}${Math.floor(tenths / 10)}.${tenths % 10}`;
}

function bool(text: string): boolean | undefined {
  return BOOLEANS[text.toLowerCase()];
}

/**
 * A string that holds on to nothing else. Cells are slices of the chunk of input they were
 * read from, and V8 keeps the whole chunk alive as long as one slice is: kept as they are,
 * the keys of a million-row file would keep most of the file in memory.
 */
export function own<T extends string | null>(s: T): T {
  return (s === null ? null : `${s} `.slice(0, -1)) as T;
}

/**
 * A memo keyed by a cell and a few more strings, as nested maps: looking up the cells as
 * they are (slices of the input) allocates nothing, where joining them into one key would.
 */
class Memo2<T> {
  private map = new Map<string, Map<string, T>>();
  private size = 0;
  constructor(private readonly max: number) {}
  get(first: string, rest: string, compute: () => T): T {
    let inner = this.map.get(first);
    let value = inner?.get(rest);
    if (value === undefined) {
      if (this.size >= this.max) {
        this.map.clear();
        this.size = 0;
        inner = undefined;
      }
      if (!inner) this.map.set(own(first), (inner = new Map()));
      value = compute();
      inner.set(own(rest), value);
      this.size++;
    }
    return value;
  }

  /** The entry, if any (no closure to allocate on the hot path, unlike get). */
  peek(first: string, rest: string): T | undefined {
    return this.map.get(first)?.get(rest);
  }

  /** Overwrites an entry (a namesake's): the memo remembers one value per key pair. */
  replace(first: string, rest: string, value: T): T {
    this.map.get(first)?.set(own(rest), value);
    return value;
  }
}

/** Names that repeat over many rows are checked once: results keyed by the raw cells. */
class Memo<T> {
  private map = new Map<string, T>();
  /** Bounded: a file with more distinct keys than this recomputes rather than grows. */
  constructor(private readonly max: number) {}
  get(key: string, compute: () => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      value = compute();
      this.map.set(own(key), value);
    }
    return value;
  }
}

type Part<T> = { value: T | null; errors: CellError[] };

/** Checked meet and race cells of a row, with the race's natural key (memoised together). */
interface RacePart {
  meet: MeetCells | null;
  race: RaceCells | null;
  errors: CellError[];
}

const SEP = '\u001f';

/** A cell's trimmed text, null when empty or absent. */
function cellOf(raw: RawRow, k: number): string | null {
  const v = raw[k];
  if (v === undefined || v === null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** The columns a race's rows repeat (its meet's, the event's and the race's own): see `last`. */
const RACE_COLUMNS = [
  COL.meet_name, COL.meet_year, COL.meet_start_date, COL.meet_end_date, COL.meet_city, COL.meet_country, COL.championship,
  COL.indoor, COL.sex, COL.event, COL.round, COL.heat, COL.race_date, COL.race_wind,
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
  private athletes = new Memo2<Part<AthleteCells> & { birth: string | null; sex: Sex; pin: string | null; external: string | null }>(200_000);

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
      const cells = [meetName, meetYear, meetStart, meetEnd, meetCity, meetCountry, championship, indoor, sex, event, round, heat, raceDate, raceWind];
      const meetKey = cells.slice(0, 8).map((c) => c ?? '').join(SEP);
      racePart = this.races.get(cells.map((c) => c ?? '').join(SEP), () => {
        const meet = this.meets.get(meetKey, () => this.checkMeet([meetName, meetYear, meetStart, meetEnd, meetCity, meetCountry, championship, indoor]));
        if (sex === null) return { meet: meet.value, race: null, errors: meet.errors };
        const race = this.checkRace([event, round, heat, raceDate, raceWind], sex);
        const value = meet.value && race.value ? { ...race.value, key: `${meet.value.key}${SEP}${race.value.event.id}${SEP}${race.value.round}${SEP}${race.value.heat}` } : null;
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
          ...this.checkAthlete([name || null, country || null, birth, pin, external], sex), birth: own(birth), sex, pin: own(pin), external: own(external),
        };
        part = part === undefined ? this.athletes.get(country, name, () => checked) : this.athletes.replace(country, name, checked);
      }
      for (const e of part.errors) errors.push(e);
      athlete = part.value;
    }

    const source = cellOf(raw, COL.source);
    if (source === null) errors.push({ column: 'source', message: 'is required: the URL or document name the row comes from' });
    else if (source.length > 2000) errors.push({ column: 'source', message: 'is longer than 2000 characters' });

    const performance = this.checkPerformance(raw, racePart.race?.event ?? null, errors);
    if (this.absentColumns.size > 0) {
      for (let i = errors.length - 1; i >= before; i--) {
        const column = errors[i].column;
        if (column !== null && this.absentColumns.has(column) && /^is required/.test(errors[i].message)) errors.splice(i, 1);
      }
      if (errors.length === before) errors.push({ column: null, message: 'cannot be read without the missing column(s)' });
    }
    if (errors.length > before || !racePart.meet || !racePart.race || !athlete || !performance || source === null) return null;
    return { meet: racePart.meet, race: racePart.race, athlete, source, sourceTitle: cellOf(raw, COL.source_title), performance };
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
          message: sexText.toUpperCase() === 'MIXED' ? 'mixed events (relays) cannot be imported: rows are individual results' : `"${sexText}" is not MALE or FEMALE`,
        });
      }
    }
    this.lastSex = { text, sex };
    return sex;
  }

  private checkMeet([name, yearText, start, end, city, countryText, championshipText, indoorText]: Array<string | null>): Part<MeetCells> {
    const errors: CellError[] = [];
    if (name === null) errors.push({ column: 'meet_name', message: 'is required' });
    else if (name.length > 200) errors.push({ column: 'meet_name', message: 'is longer than 200 characters' });
    else if (!hasSlugLetters(name)) errors.push({ column: 'meet_name', message: `"${name}" has no Latin letters or digits to make a slug from` });
    let year: number | null = null;
    if (yearText !== null) {
      year = YEAR.test(yearText) ? Number(yearText) : null;
      const outOfRange = year === null ? null : checkYear('meet_year', year);
      if (year === null) errors.push({ column: 'meet_year', message: `"${yearText}" is not a year written in four digits` });
      else if (outOfRange) {
        pushViolation(errors, outOfRange);
        year = null;
      }
    }
    const startDate = start === null ? null : checkDate(start);
    if (start !== null && startDate === null) errors.push({ column: 'meet_start_date', message: `"${start}" is not a date written YYYY-MM-DD` });
    const endDate = end === null ? null : checkDate(end);
    if (end !== null && endDate === null) errors.push({ column: 'meet_end_date', message: `"${end}" is not a date written YYYY-MM-DD` });
    if (startDate && endDate && endDate < startDate) {
      errors.push({ column: 'meet_end_date', message: `${endDate} is before the start date ${startDate}` });
    }
    if (startDate && year !== null && Number(startDate.slice(0, 4)) !== year) {
      errors.push({ column: 'meet_year', message: `${year} is not the year of the start date ${startDate} (meet_year is the year the meet was held)` });
    }
    if (start === null && yearText === null) {
      errors.push({ column: 'meet_year', message: 'give the year the meet was held, or its start date' });
    }
    const country = countryText === null ? null : countryText.toUpperCase();
    if (country !== null && !this.refs.countries.has(country)) {
      errors.push({ column: 'meet_country', message: `"${countryText}" is not a known country code` });
    }
    let championshipId: number | null = null;
    if (championshipText !== null) {
      championshipId = this.refs.championships.get(championshipText) ?? null;
      if (championshipId === null) errors.push({ column: 'championship', message: `"${championshipText}" is not a known championship slug` });
    }
    let indoor: boolean | null = null;
    if (indoorText !== null) {
      indoor = bool(indoorText) ?? null;
      if (indoor === null) errors.push({ column: 'indoor', message: `"${indoorText}" is not true or false` });
    }
    if (errors.length > 0 || name === null) return { value: null, errors };
    const heldIn = year ?? Number((startDate as string).slice(0, 4));
    const folded = foldName(name);
    return {
      value: {
        key: `${folded}${SEP}${heldIn}`, name: own(name.replace(/\s+/g, ' ')), folded, year: heldIn, startDate: own(startDate), endDate: own(endDate),
        city: own(city), country: own(country), championshipId, championship: own(championshipText), indoor,
      },
      errors,
    };
  }

  private checkRace([code, roundText, heatText, dateText, windText]: Array<string | null>, sex: Sex): Part<Omit<RaceCells, 'key'>> {
    const errors: CellError[] = [];
    let event: EventRef | null = null;
    if (code === null) errors.push({ column: 'event', message: 'is required, e.g. 3000SC' });
    else {
      event = this.refs.events.get(eventKey(code, sex)) ?? null;
      if (event === null) {
        errors.push({ column: 'event', message: `"${code}" is not a known ${sex.toLowerCase()} event${this.closeEventCodes(code, sex)}` });
      }
    }
    let round: Round | null = 'FINAL';
    if (roundText !== null) {
      const normalised = roundText.toUpperCase().replace(/[\s-]+/g, '_');
      round = (ROUNDS as readonly string[]).includes(normalised) ? (normalised as Round) : null;
      if (round === null) errors.push({ column: 'round', message: `"${roundText}" is not one of ${ROUNDS.join(', ')}` });
    }
    let heat: number | null = 1;
    if (heatText !== null) {
      heat = HEAT.test(heatText) && Number(heatText) >= 1 ? Number(heatText) : null;
      if (heat === null) errors.push({ column: 'heat', message: `"${heatText}" is not a heat number from 1 to 999` });
    }
    const date = dateText === null ? null : checkDate(dateText);
    if (dateText !== null && date === null) errors.push({ column: 'race_date', message: `"${dateText}" is not a date written YYYY-MM-DD` });
    let wind: string | null = null;
    if (windText !== null) {
      wind = checkWind(windText);
      if (wind === null) errors.push({ column: 'race_wind', message: `"${windText}" is not a wind in m/s from -${WIND_RANGE_MPS}.0 to +${WIND_RANGE_MPS}.0 with at most one decimal` });
      else pushViolation(errors, event && checkWindApplies('race_wind', event.code, event.windAffected));
    }
    if (errors.length > 0 || !event || round === null || heat === null) return { value: null, errors };
    return { value: { event, round, heat, date: own(date), wind: own(wind) }, errors };
  }

  /** " (did you mean 100, 10000?)": known codes of the sex a few letters from the one given, for the message. */
  private closeEventCodes(code: string, sex: Sex): string {
    const known = [...new Set([...this.refs.events.values()].filter((e) => e.sex === sex).map((e) => e.code))];
    if (known.length === 0) return ' (the database knows no event of this sex yet)';
    const distance = (k: string) => editDistance(k.toUpperCase(), code.toUpperCase(), 2);
    const close = known.filter((k) => distance(k) <= 2).sort((a, b) => distance(a) - distance(b) || a.localeCompare(b)).slice(0, 5);
    return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ' (the events query lists the codes)';
  }

  private checkAthlete([name, countryText, birthText, pinText, externalText]: Array<string | null>, sex: Sex): Part<AthleteCells> {
    const errors: CellError[] = [];
    if (name === null) errors.push({ column: 'athlete', message: 'is required' });
    else if (name.length > 200) errors.push({ column: 'athlete', message: 'is longer than 200 characters' });
    else if (!hasSlugLetters(name)) errors.push({ column: 'athlete', message: `"${name}" has no Latin letters or digits to make a slug from` });
    const country = countryText === null ? null : countryText.toUpperCase();
    if (country !== null && !this.refs.countries.has(country)) {
      errors.push({ column: 'athlete_country', message: `"${countryText}" is not a known country code` });
    }
    const birthDate = birthText === null ? null : checkDate(birthText);
    if (birthText !== null && birthDate === null) errors.push({ column: 'athlete_birth_date', message: `"${birthText}" is not a date written YYYY-MM-DD` });
    if (pinText !== null && pinText.length > 200) errors.push({ column: 'athlete_id', message: 'is longer than 200 characters' });
    let externalId: ExternalId | null = null;
    if (externalText !== null) {
      try {
        externalId = parseExternalId(externalText);
      } catch (error) {
        if (!(error instanceof ExternalIdError)) throw error;
        errors.push({ column: 'athlete_external_id', message: error.message });
      }
    }
    if (errors.length > 0 || name === null) return { value: null, errors };
    const folded = foldName(name);
    const external = externalId ? `${externalId.system}:${externalId.value}` : '';
    const key = `${folded}${SEP}${country ?? ''}${SEP}${sex}${SEP}${birthDate ?? ''}${SEP}${pinText ?? ''}${SEP}${external}`;
    return {
      value: {
        key, name: own(name.replace(/\s+/g, ' ')), folded, country: own(country), sex, birthDate: own(birthDate), pin: own(pinText),
        externalId: externalId && { system: own(externalId.system), value: own(externalId.value) },
      },
      errors,
    };
  }

  private checkPerformance(raw: RawRow, event: EventRef | null, errors: CellError[]): PerformanceCells | null {
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
      if (place === null) errors.push({ column: 'place', message: `"${placeText}" is not a place (a whole number from 1, "2=" when shared)` });
    }
    const markText = cell(COL.mark);
    let mark: { value: number; text: string; precision: MarkPrecision } | null = null;
    if (markText !== null && event) {
      const parsed = this.marks.peek(event.unit, markText) ?? this.marks.get(event.unit, markText, () => {
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
      if (wind === null) errors.push({ column: 'wind', message: `"${windText}" is not a wind in m/s from -${WIND_RANGE_MPS}.0 to +${WIND_RANGE_MPS}.0 with at most one decimal` });
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
    if (photoFinish && placeText === null) errors.push({ column: 'photo_finish', message: 'a photo finish decides a place: give the place' });
    if (errors.length > before || status === null || notes === null) return null;
    return {
      place, tied, markValue: mark?.value ?? null, markText: mark?.text ?? null, precision: mark?.precision ?? null,
      wind, status, notes, photoFinish,
    };
  }
}

function sameRaceCells(last: Array<string | null | undefined>, raw: RawRow): boolean {
  for (let i = 0; i < RACE_COLUMNS.length; i++) if (last[i] !== raw[RACE_COLUMNS[i]]) return false;
  return true;
}

function parseNotes(text: string | null, errors: CellError[]): string | null {
  if (text === null) return '';
  const notes = new Set<PerformanceNote>();
  for (const word of text.split(/[\s,;]+/)) {
    if (word === '') continue;
    // Q (qualified by place) and q (by time) differ only in case; every other note is upper-case.
    const note = NOTE_ORDER.has(word) ? word : word.toUpperCase() !== 'Q' && NOTE_ORDER.has(word.toUpperCase()) ? word.toUpperCase() : null;
    if (note === null) {
      errors.push({ column: 'notes', message: `"${word}" is not one of ${PERFORMANCE_NOTES.join(' ')}` });
      return null;
    }
    notes.add(note as PerformanceNote);
  }
  return [...notes].sort((a, b) => (NOTE_ORDER.get(a) as number) - (NOTE_ORDER.get(b) as number)).join(' ');
}

function hasSlugLetters(name: string): boolean {
  try {
    slugify(name);
    return true;
  } catch {
    return false;
  }
}
