// The checks of one row's cells, part by part: formats (dates, wind, booleans, notes) and
// the meet's, the race's and the athlete's cells against the reference tables. RowChecker
// (row.ts) memoises them over the rows of a file and checks the performance's cells.
import {
  checkWindApplies,
  checkYear,
  editDistance,
  ExternalIdError,
  foldName,
  parseExternalId,
  PERFORMANCE_NOTES,
  ROUNDS,
  slugify,
  WIND_RANGE_MPS,
  YEAR_RANGE,
  type ExternalId,
  type PerformanceNote,
  type Round,
  type Sex,
  type Violation,
} from '../../domain';
import type { ColumnName, RawRow } from './import-format';
import { eventKey, type EventRef, type ReferenceData } from './reference-data';
import type { AthleteCells, CellError, MeetCells, RaceCells } from './row';
import { own } from './row-memo';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WIND = /^([+-])?(\d{1,2})(?:\.(\d))?$/;
const HEAT = /^\d{1,3}$/;
const YEAR = /^\d{4}$/;

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };
const NOTE_ORDER = new Map<string, number>(PERFORMANCE_NOTES.map((n, i) => [n, i]));

/** A rulebook violation (src/domain/input-rules.ts), if any, as the error of the cell it names. */
export function pushViolation(errors: CellError[], v: Violation | null): void {
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

export function bool(text: string): boolean | undefined {
  return BOOLEANS[text.toLowerCase()];
}

export type Part<T> = { value: T | null; errors: CellError[] };

export const SEP = '\u001f';

/** A cell's trimmed text, null when empty or absent. */
export function cellOf(raw: RawRow, k: number): string | null {
  const v = raw[k];
  if (v === undefined || v === null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

export function checkMeet(
  refs: ReferenceData,
  [name, yearText, start, end, city, countryText, championshipText, indoorText]: Array<string | null>,
): Part<MeetCells> {
  const errors: CellError[] = [];
  if (name === null) errors.push({ column: 'meet_name', message: 'is required' });
  else if (name.length > 200) errors.push({ column: 'meet_name', message: 'is longer than 200 characters' });
  else if (!hasSlugLetters(name))
    errors.push({ column: 'meet_name', message: `"${name}" has no Latin letters or digits to make a slug from` });
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
  if (start !== null && startDate === null)
    errors.push({ column: 'meet_start_date', message: `"${start}" is not a date written YYYY-MM-DD` });
  const endDate = end === null ? null : checkDate(end);
  if (end !== null && endDate === null) errors.push({ column: 'meet_end_date', message: `"${end}" is not a date written YYYY-MM-DD` });
  if (startDate && endDate && endDate < startDate) {
    errors.push({ column: 'meet_end_date', message: `${endDate} is before the start date ${startDate}` });
  }
  if (startDate && year !== null && Number(startDate.slice(0, 4)) !== year) {
    errors.push({
      column: 'meet_year',
      message: `${year} is not the year of the start date ${startDate} (meet_year is the year the meet was held)`,
    });
  }
  if (start === null && yearText === null) {
    errors.push({ column: 'meet_year', message: 'give the year the meet was held, or its start date' });
  }
  const country = countryText === null ? null : countryText.toUpperCase();
  if (country !== null && !refs.countries.has(country)) {
    errors.push({ column: 'meet_country', message: `"${countryText}" is not a known country code` });
  }
  let championshipId: number | null = null;
  if (championshipText !== null) {
    championshipId = refs.championships.get(championshipText) ?? null;
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
      key: `${folded}${SEP}${heldIn}`,
      name: own(name.replace(/\s+/g, ' ')),
      folded,
      year: heldIn,
      startDate: own(startDate),
      endDate: own(endDate),
      city: own(city),
      country: own(country),
      championshipId,
      championship: own(championshipText),
      indoor,
    },
    errors,
  };
}

export function checkRace(
  refs: ReferenceData,
  [code, roundText, heatText, dateText, windText]: Array<string | null>,
  sex: Sex,
): Part<Omit<RaceCells, 'key'>> {
  const errors: CellError[] = [];
  let event: EventRef | null = null;
  if (code === null) errors.push({ column: 'event', message: 'is required, e.g. 3000SC' });
  else {
    event = refs.events.get(eventKey(code, sex)) ?? null;
    if (event === null) {
      errors.push({ column: 'event', message: `"${code}" is not a known ${sex.toLowerCase()} event${closeEventCodes(refs, code, sex)}` });
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
    if (wind === null)
      errors.push({
        column: 'race_wind',
        message: `"${windText}" is not a wind in m/s from -${WIND_RANGE_MPS}.0 to +${WIND_RANGE_MPS}.0 with at most one decimal`,
      });
    else pushViolation(errors, event && checkWindApplies('race_wind', event.code, event.windAffected));
  }
  if (errors.length > 0 || !event || round === null || heat === null) return { value: null, errors };
  return { value: { event, round, heat, date: own(date), wind: own(wind) }, errors };
}

/** " (did you mean 100, 10000?)": known codes of the sex a few letters from the one given, for the message. */
function closeEventCodes(refs: ReferenceData, code: string, sex: Sex): string {
  const known = [...new Set([...refs.events.values()].filter((e) => e.sex === sex).map((e) => e.code))];
  if (known.length === 0) return ' (the database knows no event of this sex yet)';
  const distance = (k: string) => editDistance(k.toUpperCase(), code.toUpperCase(), 2);
  const close = known
    .filter((k) => distance(k) <= 2)
    .sort((a, b) => distance(a) - distance(b) || a.localeCompare(b))
    .slice(0, 5);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ' (the events query lists the codes)';
}

export function checkAthlete(
  refs: ReferenceData,
  [name, countryText, birthText, pinText, externalText]: Array<string | null>,
  sex: Sex,
): Part<AthleteCells> {
  const errors: CellError[] = [];
  if (name === null) errors.push({ column: 'athlete', message: 'is required' });
  else if (name.length > 200) errors.push({ column: 'athlete', message: 'is longer than 200 characters' });
  else if (!hasSlugLetters(name))
    errors.push({ column: 'athlete', message: `"${name}" has no Latin letters or digits to make a slug from` });
  const country = countryText === null ? null : countryText.toUpperCase();
  if (country !== null && !refs.countries.has(country)) {
    errors.push({ column: 'athlete_country', message: `"${countryText}" is not a known country code` });
  }
  const birthDate = birthText === null ? null : checkDate(birthText);
  if (birthText !== null && birthDate === null)
    errors.push({ column: 'athlete_birth_date', message: `"${birthText}" is not a date written YYYY-MM-DD` });
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
      key,
      name: own(name.replace(/\s+/g, ' ')),
      folded,
      country: own(country),
      sex,
      birthDate: own(birthDate),
      pin: own(pinText),
      externalId: externalId && { system: own(externalId.system), value: own(externalId.value) },
    },
    errors,
  };
}

export function parseNotes(text: string | null, errors: CellError[]): string | null {
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
