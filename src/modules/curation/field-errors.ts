// Field-level input errors: code BAD_USER_INPUT, `extensions.field` naming the input field
// (e.g. "input.mark"), and every problem found in `extensions.fieldErrors`. Database CHECK,
// unique and foreign-key violations become the same kind of error, by constraint name
// (prisma/migrations/*_checks/migration.sql and the unique keys of schema.prisma).
import { GraphQLError } from 'graphql';
import { WIND_RANGE_MPS, YEAR_RANGE, type Violation } from '../../domain';

export interface FieldProblem {
  field: string;
  message: string;
}

export function fieldError(field: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return fieldErrors([{ field, message }], extra);
}

function fieldErrors(problems: FieldProblem[], extra: Record<string, unknown> = {}): GraphQLError {
  const [first] = problems;
  return new GraphQLError(
    `${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more: see extensions.fieldErrors)` : ''}`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        field: first.field,
        argumentName: first.field.split('.')[0],
        fieldErrors: problems,
        ...extra,
      },
    },
  );
}

/** Collects every problem of an input, then throws them together. */
export class FieldCheck {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly prefix: string) {}

  add(field: string, message: string): void {
    this.problems.push({ field: this.prefix ? `${this.prefix}.${field}` : field, message });
  }

  /** The rulebook's violations (src/domain/input-rules.ts), each as a field problem; nulls are none. */
  addViolations(...violations: Array<Violation | null>): void {
    for (const v of violations) if (v) this.add(v.field, v.message);
  }

  has(field: string): boolean {
    const name = this.prefix ? `${this.prefix}.${field}` : field;
    return this.problems.some((p) => p.field === name);
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw fieldErrors(this.problems);
  }
}

/** Constraint -> the input field it concerns and what it means. */
const CONSTRAINTS: Record<string, FieldProblem> = {
  // CHECK constraints (the _checks migration).
  performances_place_positive: { field: 'place', message: 'a place is a whole number from 1' },
  performances_mark_value_positive: { field: 'mark', message: 'a mark is more than zero' },
  performances_non_finisher_has_no_place_or_mark: { field: 'status', message: 'a DNF, DNS, DQ or NM has neither place nor mark' },
  performances_wind_in_range: { field: 'windMps', message: `wind is between -${WIND_RANGE_MPS} and +${WIND_RANGE_MPS} m/s` },
  performances_mark_value_and_text_together: { field: 'mark', message: 'a mark needs both its value and its published text' },
  races_heat_positive: { field: 'heat', message: 'a heat number is 1 or more' },
  races_wind_in_range: { field: 'windMps', message: `wind is between -${WIND_RANGE_MPS} and +${WIND_RANGE_MPS} m/s` },
  meets_end_date_not_before_start_date: { field: 'endDate', message: 'a meet cannot end before it starts' },
  meets_year_in_range: { field: 'year', message: `the year is from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}` },
  meets_start_date_in_year: { field: 'startDate', message: 'the start date is in the year the meet was held (`year`)' },
  meets_slug_format: { field: 'slug', message: 'a slug is lower-case letters and digits joined by single "-"' },
  athletes_slug_format: { field: 'slug', message: 'a slug is lower-case letters and digits joined by single "-"' },
  athletes_display_name_not_empty: { field: 'displayName', message: 'the display name cannot be empty' },
  countries_code_format: { field: 'code', message: 'a country code is three upper-case letters' },
  championships_slug_format: { field: 'slug', message: 'a slug is lower-case letters and digits joined by single "-"' },
  // Unique keys.
  athletes_slug_key: { field: 'slug', message: 'another athlete has this slug' },
  meets_slug_key: { field: 'slug', message: 'another meet has this slug' },
  countries_pkey: { field: 'code', message: 'a country with this code exists' },
  events_code_sex_key: { field: 'code', message: 'an event of this code and sex exists' },
  championships_slug_key: { field: 'slug', message: 'another championship has this slug' },
  races_meet_id_event_id_round_heat_key: { field: 'heat', message: 'the meet already has a race of this event, round and heat' },
  performances_race_id_athlete_id_key: { field: 'athlete', message: 'the athlete already has a result in this race' },
  // The _ties migration.
  performances_place_held_alone: {
    field: 'place',
    message: 'another result of this race holds this place: a tie is tied in every result that shares it',
  },
  performances_shared_place_tied_in_every_row: { field: 'tied', message: 'a shared place is tied in every result that holds it' },
  athlete_aliases_athlete_id_search_name_key: { field: 'aliases', message: 'an alias is given twice (accents and case ignored)' },
  athlete_external_ids_system_value_key: { field: 'externalIds', message: 'another athlete has this external id' },
  athlete_external_ids_athlete_id_system_key: { field: 'externalIds', message: 'an athlete has at most one id a system' },
  meet_aliases_meet_id_search_name_key: { field: 'aliases', message: 'an alias is given twice (accents and case ignored)' },
  entries_race_id_athlete_id_key: { field: 'athlete', message: 'the athlete is already entered in this race' },
  sources_reference_key: { field: 'source', message: 'a source with this reference exists' },
  // Foreign keys.
  athletes_country_code_fkey: { field: 'country', message: 'no country with this code' },
  meets_country_code_fkey: { field: 'country', message: 'no country with this code' },
  meets_championship_id_fkey: { field: 'championship', message: 'no championship with this slug' },
  races_event_id_fkey: { field: 'event', message: 'no such event' },
  races_meet_id_fkey: { field: 'meet', message: 'no such meet' },
  performances_race_id_fkey: { field: 'race', message: 'no such race' },
  performances_athlete_id_fkey: { field: 'athlete', message: 'the athlete is missing, or still has performances' },
  entries_athlete_id_fkey: { field: 'athlete', message: 'the athlete is missing, or still has entries' },
};

interface Inspectable {
  constraint?: unknown;
  message?: unknown;
  originalMessage?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown; target?: unknown };
}

/** The constraint a database error names, from pg, Prisma or its driver adapter. */
export function violatedConstraint(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 6) return null;
  const e = error as Inspectable;
  if (typeof e.constraint === 'string') return e.constraint;
  if (e.constraint && typeof (e.constraint as { index?: unknown }).index === 'string') return (e.constraint as { index: string }).index;
  for (const text of [e.originalMessage, e.message]) {
    const match = typeof text === 'string' ? /constraint "([a-z0-9_]+)"/.exec(text) : null;
    if (match) return match[1];
  }
  return violatedConstraint(e.meta?.driverAdapterError, depth + 1) ?? violatedConstraint(e.cause, depth + 1);
}

/** A violation of a known constraint as a field error of `argument` (e.g. "input"); null otherwise. */
export function constraintError(error: unknown, argument: string): GraphQLError | null {
  const constraint = violatedConstraint(error);
  const known = constraint ? CONSTRAINTS[constraint] : undefined;
  if (!known) return null;
  return fieldError(`${argument}.${known.field}`, known.message, { constraint });
}

/** Runs a write; constraint violations come back as field errors instead of internal ones. */
export async function mapConstraintErrors<T>(argument: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw constraintError(error, argument) ?? error;
  }
}
