// The small tables rows are checked against (events, countries, championships), loaded
// once per import: a row naming something unknown is an error, never a new event or country.
import type { MarkUnit, Sex } from '../../domain';
import type { SqlSession } from './sql-session';

export interface EventRef {
  id: number;
  code: string;
  sex: Sex;
  unit: MarkUnit;
  windAffected: boolean;
}

export interface ReferenceData {
  /** By `${CODE}/${sex}`, the code upper-cased. */
  events: Map<string, EventRef>;
  countries: Set<string>;
  /** Championship id by slug. */
  championships: Map<string, number>;
  /** Championship level (CIRCUIT, OLYMPIC...) by id. */
  championshipLevels: Map<number, string>;
}

export const eventKey = (code: string, sex: string) => `${code.toUpperCase()}/${sex}`;

export async function loadReferenceData(sql: SqlSession): Promise<ReferenceData> {
  // One after the other: a transaction's connection runs one statement at a time anyway.
  const events = await sql.query<{ id: number; code: string; sex: Sex; unit: MarkUnit; wind_affected: boolean }>(
    'SELECT id, code, sex::text AS sex, unit::text AS unit, wind_affected FROM events',
  );
  const countries = await sql.query<{ code: string }>('SELECT code FROM countries');
  const championships = await sql.query<{ id: number; slug: string; level: string }>(
    'SELECT id, slug, level::text AS level FROM championships',
  );
  return {
    events: new Map(
      events.map((e) => [eventKey(e.code, e.sex), { id: e.id, code: e.code, sex: e.sex, unit: e.unit, windAffected: e.wind_affected }]),
    ),
    countries: new Set(countries.map((c) => c.code.trim())),
    championships: new Map(championships.map((c) => [c.slug, c.id])),
    championshipLevels: new Map(championships.map((c) => [c.id, c.level])),
  };
}
