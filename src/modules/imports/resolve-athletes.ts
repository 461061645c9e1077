// Who the file's athletes are (read-only). The rules, in order, each reported as a decision
// a curator can check:
// 1. pinned: athlete_id (global id or slug) or a stored athlete_external_id names the
//    athlete; a pinned row never matches anyone else. An external id nobody holds yet goes
//    to the other rules, which never pick an athlete holding another id of that system, and
//    the athlete found (or made) gets it;
// 2. by name: the same folded name (or a known alias) and sex, a compatible date of birth,
//    and the same country; a stored athlete whose country is unknown is the row's athlete
//    when it is the only candidate (the file completes the country); a row without a
//    country takes the only candidate;
// 3. by result evidence: a row that would make a new athlete, in a stored race holding a
//    result with the same place and mark (the one of the two both give, where a side lacks
//    the other) under a similar name (identity.ts), is that athlete.
// Several candidates are never guessed between: the key is reported as ambiguous.
import {
  describeNameEvidence, externalIdText, foldName, nameEvidence, SLUG_PATTERN, type ExternalId,
} from '../../domain';
import { decodeNumericId } from '../common/global-id';
import type { AthleteAgg, Collector } from './collect';
import type { KeyError, RacePlan } from './resolve';
import type { SqlSession } from './sql-session';

export interface StoredAthlete {
  id: number; slug: string; display_name: string; given_name: string | null; family_name: string | null;
  country_code: string | null; sex: string; birth_date: string | null;
}

export type AthleteRule = 'ATHLETE_ID' | 'EXTERNAL_ID' | 'NAME' | 'ALIAS' | 'UNKNOWN_COUNTRY' | 'FILE_WITHOUT_COUNTRY' | 'RESULT_EVIDENCE' | 'NEW';

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

const BATCH = 10_000;

async function inBatches<T, R>(items: T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await run(items.slice(i, i + BATCH))));
  return out;
}

const ATHLETE_SELECT = `a.id, a.slug, a.display_name, a.given_name, a.family_name, a.country_code, a.sex::text AS sex, a.birth_date::text AS birth_date`;

const describe = (a: AthleteAgg) => `"${a.name}"${a.country ? ` (${a.country})` : ''}`;

export async function resolveAthletes(
  sql: SqlSession, c: Collector, races: RacePlan[], errors: KeyError[],
): Promise<{ athletes: Array<Person | null>; persons: Person[] }> {
  const list = c.athleteList;
  const athletes: Array<Person | null> = list.map(() => null);
  const byId = new Map<number, Person>();
  let newCount = 0;
  const error = (a: AthleteAgg, column: KeyError['column'], message: string) => errors.push({ scope: 'athlete', idx: a.idx, column, message });

  /** The person of a stored athlete, one per athlete however many keys name it. */
  const personOf = (s: StoredAthlete, a: AthleteAgg, rule: AthleteRule, reason: string | null): Person => {
    let person = byId.get(s.id);
    if (!person) {
      person = {
        identity: s.id, existing: s, name: a.name, folded: a.folded, country: s.country_code?.trim() ?? a.country, sex: s.sex,
        birthDate: s.birth_date, fillBirthDate: null, fillCountry: null, addAliases: [], addExternalIds: [], rule, reason,
      };
      byId.set(s.id, person);
    }
    return person;
  };
  const newPerson = (a: AthleteAgg, reason: string | null = null): Person => ({
    identity: -++newCount, existing: null, name: a.name, folded: a.folded, country: a.country, sex: a.sex, birthDate: a.birthDate,
    fillBirthDate: null, fillCountry: null, addAliases: [], addExternalIds: a.externalId ? [a.externalId] : [], rule: 'NEW', reason,
  });

  const pinned = list.filter((a) => a.pin !== null || a.externalId !== null);
  const unheld = await resolvePinned(sql, pinned, athletes, personOf, error);
  const byName = [...list.filter((a) => a.pin === null && a.externalId === null), ...unheld];
  const held = await idsHeld(sql, c, byName);
  await resolveByName(sql, byName, athletes, personOf, newPerson, held, error);
  await resolveByEvidence(sql, c, races, athletes, personOf);
  oneAthletePerExternalId(unheld, athletes, error);

  const known = await namesKnown(sql, [...byId.keys()]);
  const persons: Person[] = [];
  const seen = new Set<Person>();
  for (const [idx, person] of athletes.entries()) {
    if (!person) continue;
    const a = list[idx];
    if (!seen.has(person)) {
      seen.add(person);
      persons.push(person);
    }
    if (person.existing) completeStored(person, a, known.get(person.identity) ?? new Set(), error);
  }
  return { athletes, persons };
}

type PersonOf = (s: StoredAthlete, a: AthleteAgg, rule: AthleteRule, reason: string | null) => Person;
type NewPerson = (a: AthleteAgg, reason?: string | null) => Person;
type ErrorOf = (a: AthleteAgg, column: KeyError['column'], message: string) => void;

/** What the file adds to a stored athlete: a date of birth, a country, a spelling. */
function completeStored(person: Person, a: AthleteAgg, names: Set<string>, error: ErrorOf): void {
  const s = person.existing as StoredAthlete;
  if (a.birthDate && !s.birth_date) {
    if (person.fillBirthDate && person.fillBirthDate !== a.birthDate) {
      error(a, 'athlete_birth_date', `${describe(a)} is stored as ${s.slug} without a date of birth, and the file gives two: ${person.fillBirthDate} and ${a.birthDate}`);
    } else {
      person.fillBirthDate = a.birthDate;
      person.birthDate = a.birthDate;
    }
  }
  if (a.country && !s.country_code) {
    if (person.fillCountry && person.fillCountry !== a.country) {
      error(a, 'athlete_country', `${describe(a)} is stored as ${s.slug} without a country, and the file gives two: ${person.fillCountry} and ${a.country}`);
    } else {
      person.fillCountry = a.country;
      person.country = a.country;
    }
  }
  if (!names.has(a.folded) && !person.addAliases.some((n) => foldName(n) === a.folded)) person.addAliases.push(a.name);
}

/** Folded display names and aliases of stored athletes, by id. */
async function namesKnown(sql: SqlSession, ids: number[]): Promise<Map<number, Set<string>>> {
  const rows = await inBatches(ids, (batch) =>
    sql.query<{ id: number; name: string }>(
      `SELECT id, search_name AS name FROM athletes WHERE id = ANY($1::int[])
       UNION ALL SELECT athlete_id, search_name FROM athlete_aliases WHERE athlete_id = ANY($1::int[])`,
      [batch],
    ),
  );
  const names = new Map<number, Set<string>>();
  for (const r of rows) names.set(r.id, (names.get(r.id) ?? new Set()).add(r.name));
  return names;
}

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
async function resolvePinned(sql: SqlSession, list: AthleteAgg[], athletes: Array<Person | null>, personOf: PersonOf, error: ErrorOf): Promise<AthleteAgg[]> {
  if (list.length === 0) return [];
  const pins = list.map((a) => (a.pin === null ? null : pinOf(a.pin)));
  const ids = pins.flatMap((p) => (p && 'id' in p ? [p.id] : []));
  const slugs = pins.flatMap((p) => (p && 'slug' in p ? [p.slug] : []));
  const externals = list.flatMap((a) => (a.externalId ? [a.externalId] : []));
  const byPin = await sql.query<StoredAthlete>(
    `SELECT ${ATHLETE_SELECT} FROM athletes a WHERE a.id = ANY($1::int[]) OR a.slug = ANY($2::text[])`, [ids, slugs],
  );
  const byExternal = await sql.query<StoredAthlete & { system: string; value: string }>(
    `SELECT ${ATHLETE_SELECT}, e.system, e.value FROM athlete_external_ids e JOIN athletes a ON a.id = e.athlete_id
      WHERE (e.system, e.value) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [externals.map((e) => e.system), externals.map((e) => e.value)],
  );
  const heldIds = await sql.query<{ athlete_id: number; system: string; value: string }>(
    'SELECT athlete_id, system, value FROM athlete_external_ids WHERE athlete_id = ANY($1::int[])', [byPin.map((s) => s.id)],
  );
  const storedById = new Map(byPin.map((s) => [s.id, s]));
  const storedBySlug = new Map(byPin.map((s) => [s.slug, s]));
  const storedByExternal = new Map(byExternal.map((s) => [externalIdText(s), s]));
  const unheld: AthleteAgg[] = [];

  list.forEach((a, i) => {
    const pin = pins[i];
    let stored: StoredAthlete | null = null;
    if (a.pin !== null) {
      stored = pin === null ? null : ('id' in pin ? storedById.get(pin.id) : storedBySlug.get(pin.slug)) ?? null;
      if (!stored) return error(a, 'athlete_id', `"${a.pin}" is neither the global id nor the slug of a stored athlete`);
    }
    const ext = a.externalId ? externalIdText(a.externalId) : null;
    const holder = ext ? storedByExternal.get(ext) ?? null : null;
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
    const person = personOf(stored, a, a.pin !== null ? 'ATHLETE_ID' : 'EXTERNAL_ID', a.pin !== null ? `athlete_id ${a.pin}` : `${ext} is held by ${stored.slug}`);
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
async function idsHeld(sql: SqlSession, c: Collector, list: AthleteAgg[]): Promise<Map<number, Map<string, string>>> {
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
const mayHold = (held: Map<number, Map<string, string>>, a: AthleteAgg, id: number) =>
  !a.externalId || (held.get(id)?.get(a.externalId.system) ?? a.externalId.value) === a.externalId.value;

/**
 * Keys giving one unheld external id are one person: the stored athlete one of them was
 * found to be (who gets the id), else one new athlete. Two stored athletes: refused.
 */
function oneAthletePerExternalId(unheld: AthleteAgg[], athletes: Array<Person | null>, error: ErrorOf): void {
  const groups = new Map<string, AthleteAgg[]>();
  for (const a of unheld) {
    const key = externalIdText(a.externalId as ExternalId);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  for (const [key, keys] of groups) {
    const persons = [...new Set(keys.map((a) => athletes[a.idx]).filter((p): p is Person => p !== null))];
    const stored = persons.filter((p) => p.existing);
    if (stored.length > 1) {
      for (const a of keys) error(a, 'athlete_external_id', `${key} is given for ${stored.map((p) => p.existing?.slug).join(' and ')}: one id is one athlete`);
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

async function resolveByName(
  sql: SqlSession, list: AthleteAgg[], athletes: Array<Person | null>, personOf: PersonOf, newPerson: NewPerson,
  held: Map<number, Map<string, string>>, error: ErrorOf,
): Promise<void> {
  const names = [...new Set(list.map((a) => a.folded))];
  const stored = await inBatches(names, (batch) =>
    sql.query<StoredAthlete & { matched: string; by_alias: boolean }>(
      `SELECT ${ATHLETE_SELECT}, a.search_name AS matched, false AS by_alias FROM athletes a WHERE a.search_name = ANY($1::text[])
       UNION
       SELECT ${ATHLETE_SELECT}, al.search_name, true FROM athlete_aliases al JOIN athletes a ON a.id = al.athlete_id
        WHERE al.search_name = ANY($1::text[])`,
      [batch],
    ),
  );
  const byName = new Map<string, Array<StoredAthlete & { by_alias: boolean }>>();
  for (const s of stored) {
    const same = byName.get(`${s.matched}\u001f${s.sex}`) ?? [];
    if (!same.some((x) => x.id === s.id)) same.push(s);
    byName.set(`${s.matched}\u001f${s.sex}`, same);
  }
  for (const same of byName.values()) same.sort((x, y) => x.id - y.id);

  // New athletes by name, country and sex: one per distinct date of birth (see below).
  const newKeysByGroup = new Map<string, AthleteAgg[]>();
  for (const a of list) {
    if (athletes[a.idx]) continue;
    const all = (byName.get(`${a.folded}\u001f${a.sex}`) ?? [])
      .filter((s) => (!a.birthDate || !s.birth_date || s.birth_date === a.birthDate) && mayHold(held, a, s.id));
    const country = (s: StoredAthlete) => s.country_code?.trim() ?? null;
    let candidates = a.country ? all.filter((s) => country(s) === a.country) : all;
    let rule: AthleteRule = 'NAME';
    if (a.country && candidates.length === 0) {
      candidates = all.filter((s) => country(s) === null);
      rule = 'UNKNOWN_COUNTRY';
    } else if (!a.country && candidates.some((s) => country(s) !== null)) rule = 'FILE_WITHOUT_COUNTRY';
    if (candidates.length > 1) {
      error(a, 'athlete', `${describe(a)} matches ${candidates.length} stored athletes (${candidates.map((s) => s.slug).join(', ')}): ambiguous; ${a.birthDate ? '' : 'a date of birth, '}a country or athlete_id tells them apart`);
      continue;
    }
    const s = candidates[0];
    if (!s) {
      const g = `${a.folded}\u001f${a.country ?? ''}\u001f${a.sex}\u001f${a.externalId ? externalIdText(a.externalId) : ''}`;
      newKeysByGroup.set(g, [...(newKeysByGroup.get(g) ?? []), a]);
      continue;
    }
    if (rule === 'NAME' && s.by_alias) rule = 'ALIAS';
    const reason = rule === 'UNKNOWN_COUNTRY' ? `the only ${a.name} stored, with no country: the file gives ${a.country}`
      : rule === 'FILE_WITHOUT_COUNTRY' ? `the only ${a.name} stored (${country(s)}); the file gives no country`
      : rule === 'ALIAS' ? `known by the alias "${a.name}"` : null;
    athletes[a.idx] = personOf(s, a, rule, reason);
  }

  // A key without a date of birth joins the only dated person of its group, is its own
  // person when there is none, and is ambiguous otherwise.
  for (const keys of newKeysByGroup.values()) {
    const dated = new Map<string, Person>();
    for (const a of keys.filter((k) => k.birthDate)) {
      const person = dated.get(a.birthDate as string) ?? newPerson(a);
      dated.set(a.birthDate as string, person);
      athletes[a.idx] = person;
    }
    let undated: Person | null = null;
    for (const a of keys.filter((k) => !k.birthDate)) {
      if (dated.size > 1) {
        error(a, 'athlete_birth_date', `the file names ${dated.size} different athletes called ${describe(a)} (born ${[...dated.keys()].join(', ')}): give the date of birth`);
        continue;
      }
      undated = [...dated.values()][0] ?? undated ?? newPerson(a);
      athletes[a.idx] = undated;
    }
  }
}

/**
 * Rule 3: a new athlete's rows in stored races, against the stored results with the same
 * place and mark (where one side lacks either, the other alone). One suggested athlete over all the person's rows makes the match; two
 * (or one whose country, sex or date of birth disagrees) leave the athlete new.
 */
async function resolveByEvidence(sql: SqlSession, c: Collector, races: RacePlan[], athletes: Array<Person | null>, personOf: PersonOf): Promise<void> {
  const newIdxs = athletes.flatMap((p, idx) => (p && !p.existing ? [idx] : []));
  const storedRaces = races.flatMap((r, idx) => (r.existing ? [idx] : []));
  if (newIdxs.length === 0 || storedRaces.length === 0) return;
  const knownIdxs = athletes.flatMap((p, idx) => (p?.existing ? [idx] : []));
  const all = await sql.query<{ athlete_idx: number; race_idx: number; place: number | null; mark_value: number | null }>(
    `SELECT athlete_idx, race_idx, place, mark_value FROM import_rows
      WHERE race_idx = ANY($1::int[]) AND (athlete_idx = ANY($2::int[]) OR athlete_idx = ANY($3::int[]))`,
    [storedRaces, newIdxs, knownIdxs],
  );
  const raceOfRow = (raceIdx: number) => races[raceIdx].existing?.id as number;
  // Stored athletes the file already names in a race: they cannot be someone else there too.
  const claimed = new Set(all.flatMap((r) => {
    const p = athletes[r.athlete_idx];
    return p?.existing ? [`${raceOfRow(r.race_idx)}/${p.identity}`] : [];
  }));
  const rows = all.filter((r) => !athletes[r.athlete_idx]?.existing && (r.place !== null || r.mark_value !== null));
  if (rows.length === 0) return;
  const raceIds = [...new Set(rows.map((r) => races[r.race_idx].existing?.id as number))];
  const stored = await sql.query<StoredAthlete & { race_id: number; place: number | null; mark_value: number | null; aliases: string[]; ids: string[] }>(
    `SELECT p.race_id, p.place, p.mark_value, ${ATHLETE_SELECT},
            ARRAY(SELECT al.name FROM athlete_aliases al WHERE al.athlete_id = a.id) AS aliases,
            ARRAY(SELECT e.system || ':' || e.value FROM athlete_external_ids e WHERE e.athlete_id = a.id) AS ids
       FROM performances p JOIN athletes a ON a.id = p.athlete_id
      WHERE p.race_id = ANY($1::int[]) AND (p.place IS NOT NULL OR p.mark_value IS NOT NULL)`,
    [raceIds],
  );
  const atPlace = new Map<string, typeof stored>();
  for (const s of stored) atPlace.set(`${s.race_id}`, [...(atPlace.get(`${s.race_id}`) ?? []), s]);
  const rowsOfKey = new Map<number, typeof rows>();
  for (const r of rows) rowsOfKey.set(r.athlete_idx, [...(rowsOfKey.get(r.athlete_idx) ?? []), r]);

  const suggestions = new Map<Person, Map<number, { stored: StoredAthlete; reason: string }>>();
  for (const [idx, keyRows] of rowsOfKey) {
    const a = c.athleteList[idx];
    const person = athletes[idx] as Person;
    for (const r of keyRows) {
      for (const s of atPlace.get(`${raceOfRow(r.race_idx)}`) ?? []) {
        // The same place and mark where both give them, and at least one of the two given by both
        // (a source may list places only, or marks only).
        const samePlace = r.place !== null && s.place !== null;
        const sameMark = r.mark_value !== null && s.mark_value !== null;
        if ((samePlace && r.place !== s.place) || (sameMark && r.mark_value !== s.mark_value) || (!samePlace && !sameMark)) continue;
        if (claimed.has(`${s.race_id}/${s.id}`)) continue;
        if (s.sex !== a.sex || (a.country && s.country_code && s.country_code.trim() !== a.country)) continue;
        if (a.birthDate && s.birth_date && a.birthDate !== s.birth_date) continue;
        // Another id of the row's system: another person.
        if (a.externalId && s.ids.some((id) => id.startsWith(`${a.externalId?.system}:`) && id !== externalIdText(a.externalId as ExternalId))) continue;
        const evidence = [s.display_name, ...s.aliases].map((name) => nameEvidence({ displayName: a.name }, { displayName: name, givenName: s.given_name, familyName: s.family_name })).find((e) => e !== null);
        if (!evidence) continue;
        const found = suggestions.get(person) ?? new Map();
        const same = [samePlace ? `place (${r.place})` : null, sameMark ? 'mark' : null].filter(Boolean).join(' and ');
        found.set(s.id, { stored: s, reason: `${describeNameEvidence(evidence)}, the same ${same} in a stored race of ${s.slug}` });
        suggestions.set(person, found);
      }
    }
  }
  for (const [person, found] of suggestions) {
    if (found.size !== 1) continue;
    const [{ stored: s, reason }] = found.values();
    const keys = athletes.flatMap((p, idx) => (p === person ? [idx] : []));
    const matched = personOf(s, c.athleteList[keys[0]], 'RESULT_EVIDENCE', reason);
    for (const idx of keys) athletes[idx] = matched;
  }
}
