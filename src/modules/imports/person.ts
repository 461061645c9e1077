// The people an import's athlete keys resolve to, and what the rules share (resolve-athletes.ts).
import type { ExternalId } from '../../domain';
import type { AthleteAgg } from './collect';
import type { KeyError } from './resolve';

export interface StoredAthlete {
  id: number;
  slug: string;
  display_name: string;
  given_name: string | null;
  family_name: string | null;
  country_code: string | null;
  sex: string;
  birth_date: string | null;
}

export type AthleteRule =
  'ATHLETE_ID' | 'EXTERNAL_ID' | 'NAME' | 'ALIAS' | 'UNKNOWN_COUNTRY' | 'FILE_WITHOUT_COUNTRY' | 'RESULT_EVIDENCE' | 'NEW';

/** One person behind one or more of the file's athlete keys. */
export interface Person {
  /** Positive: a stored athlete's id; negative: a new athlete, numbered -1, -2... */
  identity: number;
  existing: StoredAthlete | null;
  name: string;
  folded: string;
  country: string | null;
  sex: string;
  birthDate: string | null;
  /** A stored athlete's unknown date of birth, given by the file. */
  fillBirthDate: string | null;
  /** A stored athlete's unknown country, given by the file. */
  fillCountry: string | null;
  /** Spellings of the file the stored athlete is not yet known by: kept as aliases. */
  addAliases: string[];
  /** External ids the file gives that the athlete does not hold yet. */
  addExternalIds: ExternalId[];
  rule: AthleteRule;
  /** Why, as a curator reads it (for rules other than an exact name). */
  reason: string | null;
}

export const BATCH = 10_000;

export async function inBatches<T, R>(items: T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await run(items.slice(i, i + BATCH))));
  return out;
}

export const ATHLETE_SELECT = `a.id, a.slug, a.display_name, a.given_name, a.family_name, a.country_code, a.sex::text AS sex, a.birth_date::text AS birth_date`;

export const describe = (a: AthleteAgg) => `"${a.name}"${a.country ? ` (${a.country})` : ''}`;

export type PersonOf = (s: StoredAthlete, a: AthleteAgg, rule: AthleteRule, reason: string | null) => Person;
export type NewPerson = (a: AthleteAgg, reason?: string | null) => Person;
export type ErrorOf = (a: AthleteAgg, column: KeyError['column'], message: string) => void;
