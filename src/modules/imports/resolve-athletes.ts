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
import { externalIdText, foldName } from '../../domain';
import type { AthleteAgg, Collector } from './collect';
import {
  ATHLETE_SELECT,
  describe,
  inBatches,
  type AthleteRule,
  type ErrorOf,
  type NewPerson,
  type Person,
  type PersonOf,
  type StoredAthlete,
} from './person';
import type { KeyError, RacePlan } from './resolve';
import { resolveByEvidence } from './resolve-evidence';
import { idsHeld, mayHold, oneAthletePerExternalId, resolvePinned } from './resolve-pinned';
import type { SqlSession } from './sql-session';

export type { Person, StoredAthlete, AthleteRule } from './person';

export async function resolveAthletes(
  sql: SqlSession,
  c: Collector,
  races: RacePlan[],
  errors: KeyError[],
): Promise<{ athletes: Array<Person | null>; persons: Person[] }> {
  const list = c.athleteList;
  const athletes: Array<Person | null> = list.map(() => null);
  const byId = new Map<number, Person>();
  let newCount = 0;
  const error = (a: AthleteAgg, column: KeyError['column'], message: string) =>
    errors.push({ scope: 'athlete', idx: a.idx, column, message });

  /** The person of a stored athlete, one per athlete however many keys name it. */
  const personOf = (s: StoredAthlete, a: AthleteAgg, rule: AthleteRule, reason: string | null): Person => {
    let person = byId.get(s.id);
    if (!person) {
      person = {
        identity: s.id,
        existing: s,
        name: a.name,
        folded: a.folded,
        country: s.country_code?.trim() ?? a.country,
        sex: s.sex,
        birthDate: s.birth_date,
        fillBirthDate: null,
        fillCountry: null,
        addAliases: [],
        addExternalIds: [],
        rule,
        reason,
      };
      byId.set(s.id, person);
    }
    return person;
  };
  const newPerson = (a: AthleteAgg, reason: string | null = null): Person => ({
    identity: -++newCount,
    existing: null,
    name: a.name,
    folded: a.folded,
    country: a.country,
    sex: a.sex,
    birthDate: a.birthDate,
    fillBirthDate: null,
    fillCountry: null,
    addAliases: [],
    addExternalIds: a.externalId ? [a.externalId] : [],
    rule: 'NEW',
    reason,
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

/** What the file adds to a stored athlete: a date of birth, a country, a spelling. */
function completeStored(person: Person, a: AthleteAgg, names: Set<string>, error: ErrorOf): void {
  const s = person.existing as StoredAthlete;
  if (a.birthDate && !s.birth_date) {
    if (person.fillBirthDate && person.fillBirthDate !== a.birthDate) {
      error(
        a,
        'athlete_birth_date',
        `${describe(a)} is stored as ${s.slug} without a date of birth, and the file gives two: ${person.fillBirthDate} and ${a.birthDate}`,
      );
    } else {
      person.fillBirthDate = a.birthDate;
      person.birthDate = a.birthDate;
    }
  }
  if (a.country && !s.country_code) {
    if (person.fillCountry && person.fillCountry !== a.country) {
      error(
        a,
        'athlete_country',
        `${describe(a)} is stored as ${s.slug} without a country, and the file gives two: ${person.fillCountry} and ${a.country}`,
      );
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

async function resolveByName(
  sql: SqlSession,
  list: AthleteAgg[],
  athletes: Array<Person | null>,
  personOf: PersonOf,
  newPerson: NewPerson,
  held: Map<number, Map<string, string>>,
  error: ErrorOf,
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
    const all = (byName.get(`${a.folded}\u001f${a.sex}`) ?? []).filter(
      (s) => (!a.birthDate || !s.birth_date || s.birth_date === a.birthDate) && mayHold(held, a, s.id),
    );
    const country = (s: StoredAthlete) => s.country_code?.trim() ?? null;
    let candidates = a.country ? all.filter((s) => country(s) === a.country) : all;
    let rule: AthleteRule = 'NAME';
    if (a.country && candidates.length === 0) {
      candidates = all.filter((s) => country(s) === null);
      rule = 'UNKNOWN_COUNTRY';
    } else if (!a.country && candidates.some((s) => country(s) !== null)) rule = 'FILE_WITHOUT_COUNTRY';
    if (candidates.length > 1) {
      error(
        a,
        'athlete',
        `${describe(a)} matches ${candidates.length} stored athletes (${candidates.map((s) => s.slug).join(', ')}): ambiguous; ${a.birthDate ? '' : 'a date of birth, '}a country or athlete_id tells them apart`,
      );
      continue;
    }
    const s = candidates[0];
    if (!s) {
      const g = `${a.folded}\u001f${a.country ?? ''}\u001f${a.sex}\u001f${a.externalId ? externalIdText(a.externalId) : ''}`;
      newKeysByGroup.set(g, [...(newKeysByGroup.get(g) ?? []), a]);
      continue;
    }
    if (rule === 'NAME' && s.by_alias) rule = 'ALIAS';
    const reason =
      rule === 'UNKNOWN_COUNTRY'
        ? `the only ${a.name} stored, with no country: the file gives ${a.country}`
        : rule === 'FILE_WITHOUT_COUNTRY'
          ? `the only ${a.name} stored (${country(s)}); the file gives no country`
          : rule === 'ALIAS'
            ? `known by the alias "${a.name}"`
            : null;
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
        error(
          a,
          'athlete_birth_date',
          `the file names ${dated.size} different athletes called ${describe(a)} (born ${[...dated.keys()].join(', ')}): give the date of birth`,
        );
        continue;
      }
      undated = [...dated.values()][0] ?? undated ?? newPerson(a);
      athletes[a.idx] = undated;
    }
  }
}
