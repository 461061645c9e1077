// Rule 1 of resolve-athletes.ts: rows pinned by athlete_id or an external id, and the
// external ids nobody holds yet (one athlete per id, never one holding another of its system).
import { externalIdText, SLUG_PATTERN, type ExternalId } from '../../domain';
import { decodeNumericId } from '../common/global-id';
import type { AthleteAgg, Collector } from './collect';
import { ATHLETE_SELECT, describe, type ErrorOf, type Person, type PersonOf, type StoredAthlete } from './person';
import type { SqlSession } from './sql-session';

/** A pin's stored athlete id, or its slug: global ids decode, anything else is a slug. */
function pinOf(pin: string): { id: number } | { slug: string } | null {
  if (SLUG_PATTERN.test(pin)) return { slug: pin };
  try {
    return { id: decodeNumericId(pin, 'Athlete', 'athlete_id') };
  } catch {
    return null;
  }
}

/** Rows pinned by athlete_id or a held external id; returns the rows whose external id nobody holds. */
export async function resolvePinned(
  sql: SqlSession,
  list: AthleteAgg[],
  athletes: Array<Person | null>,
  personOf: PersonOf,
  error: ErrorOf,
): Promise<AthleteAgg[]> {
  if (list.length === 0) return [];
  const pins = list.map((a) => (a.pin === null ? null : pinOf(a.pin)));
  const ids = pins.flatMap((p) => (p && 'id' in p ? [p.id] : []));
  const slugs = pins.flatMap((p) => (p && 'slug' in p ? [p.slug] : []));
  const externals = list.flatMap((a) => (a.externalId ? [a.externalId] : []));
  const byPin = await sql.query<StoredAthlete>(
    `SELECT ${ATHLETE_SELECT} FROM athletes a WHERE a.id = ANY($1::int[]) OR a.slug = ANY($2::text[])`,
    [ids, slugs],
  );
  const byExternal = await sql.query<StoredAthlete & { system: string; value: string }>(
    `SELECT ${ATHLETE_SELECT}, e.system, e.value FROM athlete_external_ids e JOIN athletes a ON a.id = e.athlete_id
      WHERE (e.system, e.value) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [externals.map((e) => e.system), externals.map((e) => e.value)],
  );
  const heldIds = await sql.query<{ athlete_id: number; system: string; value: string }>(
    'SELECT athlete_id, system, value FROM athlete_external_ids WHERE athlete_id = ANY($1::int[])',
    [byPin.map((s) => s.id)],
  );
  const storedById = new Map(byPin.map((s) => [s.id, s]));
  const storedBySlug = new Map(byPin.map((s) => [s.slug, s]));
  const storedByExternal = new Map(byExternal.map((s) => [externalIdText(s), s]));
  const unheld: AthleteAgg[] = [];

  list.forEach((a, i) => {
    const pin = pins[i];
    let stored: StoredAthlete | null = null;
    if (a.pin !== null) {
      stored = pin === null ? null : (('id' in pin ? storedById.get(pin.id) : storedBySlug.get(pin.slug)) ?? null);
      if (!stored) return error(a, 'athlete_id', `"${a.pin}" is neither the global id nor the slug of a stored athlete`);
    }
    const ext = a.externalId ? externalIdText(a.externalId) : null;
    const holder = ext ? (storedByExternal.get(ext) ?? null) : null;
    if (stored && holder && holder.id !== stored.id) {
      return error(a, 'athlete_external_id', `${ext} is held by ${holder.slug}, while athlete_id names ${stored.slug}`);
    }
    stored ??= holder;
    if (!stored) {
      unheld.push(a);
      return;
    }
    if (stored.sex !== a.sex) return error(a, 'sex', `${describe(a)} is pinned to ${stored.slug}, who competes as ${stored.sex}`);
    if (a.country && stored.country_code && stored.country_code.trim() !== a.country) {
      return error(a, 'athlete_country', `${describe(a)} is pinned to ${stored.slug}, stored with country ${stored.country_code.trim()}`);
    }
    if (a.birthDate && stored.birth_date && stored.birth_date !== a.birthDate) {
      return error(a, 'athlete_birth_date', `${describe(a)} is pinned to ${stored.slug}, born ${stored.birth_date}`);
    }
    const person = personOf(
      stored,
      a,
      a.pin !== null ? 'ATHLETE_ID' : 'EXTERNAL_ID',
      a.pin !== null ? `athlete_id ${a.pin}` : `${ext} is held by ${stored.slug}`,
    );
    if (a.externalId && !holder) {
      const other = heldIds.find((h) => h.athlete_id === stored.id && h.system === a.externalId?.system);
      if (other && other.value !== a.externalId.value) {
        return error(a, 'athlete_external_id', `${stored.slug} already holds ${other.system}:${other.value}, the file gives ${ext}`);
      }
      if (!other && !person.addExternalIds.some((e) => externalIdText(e) === ext)) person.addExternalIds.push(a.externalId);
    }
    athletes[a.idx] = person;
  });
  return unheld;
}

/** External ids (system -> value) the stored athletes of these names hold: who cannot take another of a system. */
export async function idsHeld(sql: SqlSession, c: Collector, list: AthleteAgg[]): Promise<Map<number, Map<string, string>>> {
  const held = new Map<number, Map<string, string>>();
  if (!list.some((a) => a.externalId)) return held;
  const names = [...new Set(c.athleteList.map((a) => a.folded))];
  const rows = await sql.query<{ athlete_id: number; system: string; value: string }>(
    `SELECT e.athlete_id, e.system, e.value FROM athlete_external_ids e
      WHERE e.athlete_id IN (SELECT id FROM athletes WHERE search_name = ANY($1::text[])
                             UNION SELECT athlete_id FROM athlete_aliases WHERE search_name = ANY($1::text[]))`,
    [names],
  );
  for (const r of rows) held.set(r.athlete_id, (held.get(r.athlete_id) ?? new Map()).set(r.system, r.value));
  return held;
}

/** Whether a stored athlete may be the row's: not when they hold another id of the row's id's system. */
export const mayHold = (held: Map<number, Map<string, string>>, a: AthleteAgg, id: number) =>
  !a.externalId || (held.get(id)?.get(a.externalId.system) ?? a.externalId.value) === a.externalId.value;

/**
 * Keys giving one unheld external id are one person: the stored athlete one of them was
 * found to be (who gets the id), else one new athlete. Two stored athletes: refused.
 */
export function oneAthletePerExternalId(unheld: AthleteAgg[], athletes: Array<Person | null>, error: ErrorOf): void {
  const groups = new Map<string, AthleteAgg[]>();
  for (const a of unheld) {
    const key = externalIdText(a.externalId as ExternalId);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  for (const [key, keys] of groups) {
    const persons = [...new Set(keys.map((a) => athletes[a.idx]).filter((p): p is Person => p !== null))];
    const stored = persons.filter((p) => p.existing);
    if (stored.length > 1) {
      for (const a of keys)
        error(a, 'athlete_external_id', `${key} is given for ${stored.map((p) => p.existing?.slug).join(' and ')}: one id is one athlete`);
      continue;
    }
    const person = stored[0] ?? persons[0];
    if (!person) continue;
    for (const a of keys) if (athletes[a.idx]) athletes[a.idx] = person;
    const id = keys[0].externalId as ExternalId;
    if (!person.addExternalIds.some((e) => externalIdText(e) === key)) person.addExternalIds.push(id);
    if (!person.existing) {
      person.rule = 'NEW';
      person.reason = `${key} is held by no stored athlete: a new athlete holds it`;
    }
  }
}
