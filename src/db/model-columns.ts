// The columns of a model's table, named and typed as Prisma's model type (Athlete, Race...),
// for hand-written reads through SqlReader. src/db/sql-reader.test.ts checks every list
// against Prisma's own findMany.
import { generatedRowPickers, rowPicker, type RowPicker } from '../runtime/rows/row-picker';
import { Prisma } from './generated/client';

/** [column, field of the model, cast]: enums are read as text, enum arrays as text[]. */
type Column = readonly [column: string, field: string, cast?: string];

export interface ModelColumns {
  /** The select list for the table aliased `alias`; with `prefix`, every field is named `prefix + field`. */
  (alias: string, prefix?: string): Prisma.Sql;
  /** The same names as `(alias, prefix)`, all NULL: the model's place in a UNION branch that reads another model. */
  nulls(prefix?: string): Prisma.Sql;
  /**
   * Builds one model object out of a row selected with `prefix`, with `extra`'s fields (its
   * relations) added. Not `{ ...pick(row), race }`: V8 copies a spread followed by more fields
   * the slow way, about ten times the CPU of a pick with its extra fields assigned
   * (`npm run bench:micro -- row-pickers`; figures in src/runtime/README.md).
   */
  pick<T>(row: Record<string, unknown>, prefix: string): T;
  pick<T, E extends object>(row: Record<string, unknown>, prefix: string, extra: E): T & E;
}

function modelColumns(columns: readonly Column[]): ModelColumns {
  const select = (alias: string, prefix = '') =>
    Prisma.raw(columns.map(([column, field, cast]) => `${alias}.${column}${cast ? `::${cast}` : ''} AS "${prefix}${field}"`).join(', '));
  // One picker per prefix (src/runtime/rows/row-picker.ts), written out as an object literal:
  // every model object then has one shape, and no field name is concatenated per row (a meet
  // picks 500 rows x 3 models). Loops instead with ROW_PICKERS=off, kept apart.
  const pickers = { generated: new Map<string, RowPicker>(), loop: new Map<string, RowPicker>() };
  const pickerFor = (prefix: string) => {
    const made = generatedRowPickers() ? pickers.generated : pickers.loop;
    let picker = made.get(prefix);
    if (!picker) {
      picker = rowPicker(columns.map(([, field]) => [field, prefix + field] as const));
      made.set(prefix, picker);
    }
    return picker;
  };
  const nulls = (prefix = '') => Prisma.raw(columns.map(([, field]) => `NULL AS "${prefix}${field}"`).join(', '));
  return Object.assign(select, {
    nulls,
    pick<T, E extends object>(row: Record<string, unknown>, prefix: string, extra?: E): T & E {
      const picked = pickerFor(prefix)(row) as T & E;
      return extra ? Object.assign(picked, extra) : picked;
    },
  });
}

export const athleteColumns = modelColumns([
  ['id', 'id'],
  ['slug', 'slug'],
  ['given_name', 'givenName'],
  ['family_name', 'familyName'],
  ['display_name', 'displayName'],
  ['search_name', 'searchName'],
  ['sex', 'sex', 'text'],
  ['birth_date', 'birthDate'],
  ['country_code', 'countryCode'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
]);

export const athleteAliasColumns = modelColumns([
  ['id', 'id'],
  ['athlete_id', 'athleteId'],
  ['name', 'name'],
  ['search_name', 'searchName'],
]);

export const meetColumns = modelColumns([
  ['id', 'id'],
  ['slug', 'slug'],
  ['name', 'name'],
  ['championship_id', 'championshipId'],
  ['venue', 'venue'],
  ['city', 'city'],
  ['country_code', 'countryCode'],
  ['year', 'year'],
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['indoor', 'indoor'],
]);

export const raceColumns = modelColumns([
  ['id', 'id'],
  ['meet_id', 'meetId'],
  ['event_id', 'eventId'],
  ['round', 'round', 'text'],
  ['heat', 'heat'],
  ['date', 'date'],
  ['status', 'status', 'text'],
  ['wind_mps', 'windMps'],
  ['effective_date', 'effectiveDate'],
  ['season', 'season'],
]);

export const performanceColumns = modelColumns([
  ['id', 'id'],
  ['race_id', 'raceId'],
  ['athlete_id', 'athleteId'],
  ['place', 'place'],
  ['mark_value', 'markValue'],
  ['mark_text', 'markText'],
  ['precision', 'precision', 'text'],
  ['wind_mps', 'windMps'],
  ['status', 'status', 'text'],
  ['notes', 'notes', 'text[]'],
  ['photo_finish', 'photoFinish'],
  ['tied', 'tied'],
  ['country_code', 'countryCode'],
]);

export const eventColumns = modelColumns([
  ['id', 'id'],
  ['code', 'code'],
  ['name', 'name'],
  ['sex', 'sex', 'text'],
  ['kind', 'kind', 'text'],
  ['unit', 'unit', 'text'],
  ['direction', 'direction', 'text'],
  ['wind_affected', 'windAffected'],
  ['environment', 'environment', 'text'],
]);

export const countryColumns = modelColumns([
  ['code', 'code'],
  ['name', 'name'],
  ['status', 'status', 'text'],
  ['ioc_code', 'iocCode'],
]);

export const championshipColumns = modelColumns([
  ['id', 'id'],
  ['slug', 'slug'],
  ['name', 'name'],
  ['level', 'level', 'text'],
  ['age_category', 'ageCategory', 'text'],
  ['awards_medals', 'awardsMedals'],
]);

export const entryColumns = modelColumns([
  ['id', 'id'],
  ['race_id', 'raceId'],
  ['athlete_id', 'athleteId'],
  ['bib', 'bib'],
]);

export const sourceColumns = modelColumns([
  ['id', 'id'],
  ['reference', 'reference'],
  ['title', 'title'],
  ['publisher', 'publisher'],
  ['published_on', 'publishedOn'],
]);
