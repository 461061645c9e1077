// The results file format: one row per performance, the same keys in CSV (header row) and
// JSON (an array of objects). The README's "Importing results" section documents it from here.

export type ColumnName =
  | 'meet_name'
  | 'meet_year'
  | 'meet_start_date'
  | 'meet_end_date'
  | 'meet_city'
  | 'meet_country'
  | 'championship'
  | 'indoor'
  | 'event'
  | 'sex'
  | 'round'
  | 'heat'
  | 'race_date'
  | 'race_wind'
  | 'place'
  | 'athlete'
  | 'athlete_country'
  | 'athlete_birth_date'
  | 'athlete_id'
  | 'athlete_external_id'
  | 'mark'
  | 'status'
  | 'notes'
  | 'wind'
  | 'photo_finish'
  | 'source'
  | 'source_title'
  | 'height_card'
  | 'series'
  | 'components';

export interface ColumnSpec {
  name: ColumnName;
  required: boolean;
  description: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { name: 'meet_name', required: true, description: 'The edition\'s own name, e.g. "Paris 2024", "Tokyo 2020".' },
  {
    name: 'meet_year',
    required: false,
    description: 'The year the meet was HELD (Tokyo 2020: 2021). Needed when meet_start_date is empty; must agree with it otherwise.',
  },
  { name: 'meet_start_date', required: false, description: 'First day, YYYY-MM-DD.' },
  { name: 'meet_end_date', required: false, description: 'Last day, YYYY-MM-DD, not before the start.' },
  { name: 'meet_city', required: false, description: 'City.' },
  { name: 'meet_country', required: false, description: 'Host country, three-letter code known to the database (e.g. FRA).' },
  {
    name: 'championship',
    required: false,
    description: 'Slug of a known championship series the meet is an edition of, e.g. olympic-games.',
  },
  { name: 'indoor', required: false, description: 'true or false (empty: false for a new meet).' },
  { name: 'event', required: true, description: 'Event code known to the database, e.g. 3000SC.' },
  { name: 'sex', required: true, description: "MALE or FEMALE (also M, F, W): the event's sex, and the athlete's." },
  { name: 'round', required: false, description: 'FINAL (default), SEMI_FINAL, QUARTER_FINAL, HEAT, QUALIFICATION or PRELIMINARY.' },
  { name: 'heat', required: false, description: 'Heat or semi-final number (default 1).' },
  { name: 'race_date', required: false, description: "Day of the race, YYYY-MM-DD, within the meet's dates (or its year)." },
  { name: 'race_wind', required: false, description: 'Race wind in m/s, e.g. +1.2 (wind-affected events only).' },
  { name: 'place', required: false, description: 'Official place, e.g. 2 (a shared "2=" is accepted). Empty for DNF, DNS, DQ, NM.' },
  {
    name: 'athlete',
    required: true,
    description: 'The athlete\'s name as published, e.g. "Soufiane El Bakkali" (an alias such as "Bakkali" also matches).',
  },
  {
    name: 'athlete_country',
    required: false,
    description:
      "The country the athlete competed for in this result, three-letter code: stored with the result, and part of the athlete's identity (see below). A stored athlete keeps their own country (one without any gets this one).",
  },
  { name: 'athlete_birth_date', required: false, description: 'Date of birth, YYYY-MM-DD, when the source gives it.' },
  {
    name: 'athlete_id',
    required: false,
    description: 'Pins the row to a stored athlete: their global id or slug, e.g. "amos-serem". A pinned row never matches anyone else.',
  },
  {
    name: 'athlete_external_id',
    required: false,
    description:
      "The athlete's id in another system, SYSTEM:value, e.g. WA:14208194 or WIKIDATA:Q21622479: pins the row to the athlete holding it (a new athlete gets it).",
  },
  { name: 'mark', required: false, description: 'The mark as published: "8:04.29", "10.5h", "8.95", "8998". Empty for non-finishers.' },
  { name: 'status', required: false, description: 'FINISHED (default), DNF, DNS, DQ or NM.' },
  { name: 'notes', required: false, description: 'Space-separated notes: PB SB NR AR WR CR MR WL Q q.' },
  { name: 'wind', required: false, description: 'Wind of this mark in m/s (wind-affected events only).' },
  { name: 'photo_finish', required: false, description: 'true when the place was separated from an equal mark by the photo finish.' },
  { name: 'source', required: true, description: "Where the row comes from: a URL or a document name (a source's natural key)." },
  { name: 'source_title', required: false, description: 'Title for a source not yet known (default: the reference itself).' },
  {
    name: 'height_card',
    required: false,
    description:
      'High jump and pole vault: the heights with their trials, space-separated HEIGHT:TRIALS in ascending order, e.g. "2.19:o 2.24:xo 2.27:- 2.30:xxx" (o cleared, x failed, - passed). The mark must be the highest height cleared.',
  },
  {
    name: 'series',
    required: false,
    description:
      'Horizontal jumps and throws: the trials in order, space-separated, each a mark (with @WIND for the long and triple jump, e.g. 8.24@+0.4), x for a foul, - for a pass. The mark must be the best measured trial.',
  },
  {
    name: 'components',
    required: false,
    description:
      'Decathlon, heptathlon, pentathlon: the disciplines in order, separated by ";", each CODE:MARK[@WIND][=POINTS], e.g. "100:10.50@+0.2=975;LJ:7.40=910;...;1500:4:40.00=680", or CODE:NM, CODE:DNF, CODE:DNS. Points are computed from the scoring tables; published points or a total (mark) that disagree are reported as warnings, and kept.',
  },
];

export const COLUMN_NAMES: ReadonlySet<string> = new Set(COLUMNS.map((c) => c.name));

/** Position of each column in a RawRow. */
export const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.name, i])) as Record<ColumnName, number>;

export type ImportFormat = 'CSV' | 'JSON';

/**
 * A raw row: the cells in COLUMNS order (index with COL), null or undefined when empty
 * or absent. An array, not an object keyed by name: this is built a million times.
 */
export type RawRow = Array<string | null | undefined>;

/**
 * Where a row is in its file: the CSV line it starts on (the header is line 1), or the
 * index in the JSON array (from 0).
 */
export interface RowRef {
  line: number | null;
  index: number | null;
}

export interface ImportErrorItem extends RowRef {
  /** The column (key) at fault; null when the error concerns the whole row or file. */
  column: string | null;
  message: string;
}
