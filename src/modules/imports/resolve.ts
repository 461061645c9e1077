// Finds what the file's meets, races, athletes and sources already are in the database
// (read-only): by natural key, reporting ambiguity and contradictions rather than guessing.
import { foldName } from '../../domain';
import type { AthleteAgg, Collector, MeetAgg, RaceAgg } from './collect';
import type { ColumnName } from './import-format';
import type { SqlSession } from './sql-session';

/** An error about every row naming one meet, race or athlete. */
export interface KeyError {
  scope: 'meet' | 'race' | 'athlete';
  idx: number;
  column: ColumnName | null;
  message: string;
}

interface StoredMeet {
  id: number; name: string; year: number; start_date: string | null; end_date: string | null; city: string | null;
  country_code: string | null; championship_id: number | null; indoor: boolean;
}

interface StoredRace { id: number; meet_id: number; event_id: number; round: string; heat: number; date: string | null; wind: string | null; status: string }

interface StoredAthlete { id: number; slug: string; matched: string; country_code: string | null; sex: string; birth_date: string | null }

export interface MeetPlan {
  existing: StoredMeet | null;
  /** Values the stored meet lacks and the file gives. */
  fill: { startDate?: string; endDate?: string; city?: string; countryCode?: string; championshipId?: number };
  /** The meet's dates once the file's and the stored ones are merged. */
  startDate: string | null;
  endDate: string | null;
}

export interface RacePlan {
  existing: StoredRace | null;
  fill: { date?: string; wind?: string; complete?: boolean };
  /** race date, or the meet's start date: the day that counts for dates of birth. */
  effectiveDate: string | null;
}

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
}

export interface Resolution {
  meets: MeetPlan[];
  races: RacePlan[];
  /** By athlete key index: the person, or null when the key is in error. */
  athletes: Array<Person | null>;
  persons: Person[];
  /** Stored source id by source index (null: new). */
  sources: Array<number | null>;
  errors: KeyError[];
}

const BATCH = 10_000;

async function inBatches<T, R>(items: T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await run(items.slice(i, i + BATCH))));
  return out;
}

export async function resolve(sql: SqlSession, c: Collector): Promise<Resolution> {
  const errors: KeyError[] = [];
  const meets = await resolveMeets(sql, c.meetList, errors);
  const races = await resolveRaces(sql, c.raceList, meets, errors);
  const { athletes, persons } = await resolveAthletes(sql, c.athleteList, errors);
  const storedSources = await inBatches(c.sourceList.map((s) => s.reference), (refs) =>
    sql.query<{ id: number; reference: string }>('SELECT id, reference FROM sources WHERE reference = ANY($1::text[])', [refs]),
  );
  const sourceIds = new Map(storedSources.map((s) => [s.reference, s.id]));
  return { meets, races, athletes, persons, sources: c.sourceList.map((s) => sourceIds.get(s.reference) ?? null), errors };
}

async function resolveMeets(sql: SqlSession, list: MeetAgg[], errors: KeyError[]): Promise<MeetPlan[]> {
  const years = [...new Set(list.map((m) => m.year))];
  const stored = years.length === 0 ? [] : await sql.query<StoredMeet>(
    `SELECT id, name, year, start_date::text AS start_date, end_date::text AS end_date, city, country_code, championship_id, indoor
       FROM meets WHERE year = ANY($1::int[]) ORDER BY id`,
    [years],
  );
  const byName = new Map<string, StoredMeet[]>();
  for (const s of stored) {
    const key = `${foldName(s.name)}\u001f${s.year}`;
    const same = byName.get(key);
    if (same) same.push(s);
    else byName.set(key, [s]);
  }
  return list.map((m) => {
    const sameName = byName.get(`${m.folded}\u001f${m.year}`) ?? [];
    // By name and start date when the file has one (a stored meet without dates may be it),
    // else by name and the year held.
    let candidates = m.startDate ? sameName.filter((s) => s.start_date === m.startDate) : sameName;
    if (m.startDate && candidates.length === 0) candidates = sameName.filter((s) => s.start_date === null);
    const plan: MeetPlan = { existing: null, fill: {}, startDate: m.startDate, endDate: m.endDate };
    if (candidates.length > 1) {
      errors.push({
        scope: 'meet', idx: m.idx, column: 'meet_name',
        message: `"${m.name}" (${m.year}) matches ${candidates.length} stored meets (ids ${candidates.map((s) => s.id).join(', ')}); give its start date to tell them apart`,
      });
      return plan;
    }
    const s = candidates[0];
    if (!s) return plan;
    plan.existing = s;
    const conflict = (column: ColumnName, stored: unknown, given: unknown) =>
      errors.push({ scope: 'meet', idx: m.idx, column, message: `${m.name} (${m.year}) is stored with ${column.replace(/^meet_/, '').replace(/_/g, ' ')} "${String(stored)}", the file gives "${String(given)}"` });
    if (m.startDate && s.start_date === null) plan.fill.startDate = m.startDate;
    if (m.endDate) {
      if (s.end_date === null) plan.fill.endDate = m.endDate;
      else if (s.end_date !== m.endDate) conflict('meet_end_date', s.end_date, m.endDate);
    }
    if (m.city) {
      if (s.city === null) plan.fill.city = m.city;
      else if (s.city.toLowerCase() !== m.city.toLowerCase()) conflict('meet_city', s.city, m.city);
    }
    if (m.country) {
      if (s.country_code === null) plan.fill.countryCode = m.country;
      else if (s.country_code !== m.country) conflict('meet_country', s.country_code, m.country);
    }
    if (m.championshipId !== null) {
      if (s.championship_id === null) plan.fill.championshipId = m.championshipId;
      else if (s.championship_id !== m.championshipId) conflict('championship', `id ${s.championship_id}`, m.championship);
    }
    if (m.indoor !== null && m.indoor !== s.indoor) conflict('indoor', s.indoor, m.indoor);
    plan.startDate = s.start_date ?? m.startDate;
    plan.endDate = s.end_date ?? m.endDate;
    if (plan.startDate && plan.endDate && plan.endDate < plan.startDate) {
      errors.push({ scope: 'meet', idx: m.idx, column: s.end_date ? 'meet_start_date' : 'meet_end_date', message: `with the stored dates the meet would end (${plan.endDate}) before it starts (${plan.startDate})` });
    }
    return plan;
  });
}

async function resolveRaces(sql: SqlSession, list: RaceAgg[], meets: MeetPlan[], errors: KeyError[]): Promise<RacePlan[]> {
  const meetIds = [...new Set(meets.map((m) => m.existing?.id).filter((id): id is number => id !== undefined))];
  const stored = await inBatches(meetIds, (ids) =>
    sql.query<StoredRace>(
      `SELECT id, meet_id, event_id, round::text AS round, heat, date::text AS date, wind_mps::text AS wind, status::text AS status
         FROM races WHERE meet_id = ANY($1::int[])`,
      [ids],
    ),
  );
  const byKey = new Map(stored.map((r) => [`${r.meet_id}/${r.event_id}/${r.round}/${r.heat}`, r]));
  return list.map((r) => {
    const meet = meets[r.meet.idx];
    const s = meet.existing ? byKey.get(`${meet.existing.id}/${r.eventId}/${r.round}/${r.heat}`) ?? null : null;
    const plan: RacePlan = { existing: s, fill: {}, effectiveDate: null };
    const error = (column: ColumnName | null, message: string) => errors.push({ scope: 'race', idx: r.idx, column, message });
    if (s) {
      if (s.status === 'CANCELLED') error(null, `the ${r.eventCode} ${r.round.toLowerCase()} ${r.heat} of ${r.meet.name} is stored as CANCELLED: it has no results`);
      else if (s.status === 'SCHEDULED') plan.fill.complete = true;
      if (r.date) {
        if (s.date === null) plan.fill.date = r.date;
        else if (s.date !== r.date) error('race_date', `the race is stored with date ${s.date}, the file gives ${r.date}`);
      }
      if (r.wind) {
        if (s.wind === null) plan.fill.wind = r.wind;
        else if (Number(s.wind) !== Number(r.wind)) error('race_wind', `the race is stored with wind ${s.wind}, the file gives ${r.wind}`);
      }
    }
    const date = s?.date ?? r.date;
    if (date) {
      if (meet.startDate && date < meet.startDate) error('race_date', `${date} is before the meet's start date ${meet.startDate}`);
      else if (meet.endDate && date > meet.endDate) error('race_date', `${date} is after the meet's end date ${meet.endDate}`);
      else if (!meet.startDate && !meet.endDate && Number(date.slice(0, 4)) !== r.meet.year) {
        error('race_date', `${date} is not in ${r.meet.year}, the year ${r.meet.name} was held`);
      }
    }
    plan.effectiveDate = date ?? meet.startDate;
    return plan;
  });
}

/**
 * The identity rule: the same folded name (or a known alias), the same country (both
 * unknown counts as the same) and the same sex is the same athlete, unless both dates of
 * birth are known and differ. Several candidates make the key ambiguous: never guessed.
 */
async function resolveAthletes(sql: SqlSession, list: AthleteAgg[], errors: KeyError[]): Promise<{ athletes: Array<Person | null>; persons: Person[] }> {
  const names = [...new Set(list.map((a) => a.folded))];
  const stored = await inBatches(names, (batch) =>
    sql.query<StoredAthlete>(
      `SELECT a.id, a.slug, a.search_name AS matched, a.country_code, a.sex::text AS sex, a.birth_date::text AS birth_date
         FROM athletes a WHERE a.search_name = ANY($1::text[])
       UNION
       SELECT a.id, a.slug, al.search_name, a.country_code, a.sex::text, a.birth_date::text
         FROM athlete_aliases al JOIN athletes a ON a.id = al.athlete_id WHERE al.search_name = ANY($1::text[])`,
      [batch],
    ),
  );
  const group = (folded: string, country: string | null, sex: string) => `${folded}\u001f${country ?? ''}\u001f${sex}`;
  const storedByGroup = new Map<string, StoredAthlete[]>();
  for (const s of stored) {
    const key = group(s.matched, s.country_code, s.sex);
    const list = storedByGroup.get(key) ?? [];
    if (!list.some((x) => x.id === s.id)) list.push(s);
    storedByGroup.set(key, list);
  }
  for (const list of storedByGroup.values()) list.sort((a, b) => a.id - b.id);

  const athletes: Array<Person | null> = list.map(() => null);
  const persons: Person[] = [];
  const existingPersons = new Map<number, Person>();
  let newCount = 0;
  const newKeysByGroup = new Map<string, AthleteAgg[]>();
  const describe = (a: AthleteAgg) => `"${a.name}"${a.country ? ` (${a.country})` : ''}`;

  for (const a of list) {
    const g = group(a.folded, a.country, a.sex);
    const candidates = (storedByGroup.get(g) ?? []).filter((s) => !a.birthDate || !s.birth_date || s.birth_date === a.birthDate);
    if (candidates.length > 1) {
      errors.push({
        scope: 'athlete', idx: a.idx, column: 'athlete',
        message: `${describe(a)} matches ${candidates.length} stored athletes (${candidates.map((s) => s.slug).join(', ')}): ambiguous${a.birthDate ? '' : '; a date of birth may tell them apart'}`,
      });
      continue;
    }
    const s = candidates[0];
    if (!s) {
      const keys = newKeysByGroup.get(g);
      if (keys) keys.push(a);
      else newKeysByGroup.set(g, [a]);
      continue;
    }
    let person = existingPersons.get(s.id);
    if (!person) {
      person = { identity: s.id, existing: s, name: a.name, folded: a.folded, country: a.country, sex: a.sex, birthDate: s.birth_date, fillBirthDate: null };
      existingPersons.set(s.id, person);
      persons.push(person);
    }
    if (a.birthDate && !s.birth_date) {
      if (person.fillBirthDate && person.fillBirthDate !== a.birthDate) {
        errors.push({
          scope: 'athlete', idx: a.idx, column: 'athlete_birth_date',
          message: `${describe(a)} is stored as ${s.slug} without a date of birth, and the file gives two: ${person.fillBirthDate} and ${a.birthDate}`,
        });
        continue;
      }
      person.fillBirthDate = a.birthDate;
      person.birthDate = a.birthDate;
    }
    athletes[a.idx] = person;
  }

  // New athletes: one per distinct date of birth; a key without one joins the only dated
  // person of its group, is its own person when there is none, and is ambiguous otherwise.
  for (const keys of newKeysByGroup.values()) {
    const dated = new Map<string, Person>();
    for (const a of keys.filter((k) => k.birthDate)) {
      const person: Person = {
        identity: -++newCount, existing: null, name: a.name, folded: a.folded,
        country: a.country, sex: a.sex, birthDate: a.birthDate, fillBirthDate: null,
      };
      dated.set(a.birthDate as string, person);
      persons.push(person);
      athletes[a.idx] = person;
    }
    for (const a of keys.filter((k) => !k.birthDate)) {
      if (dated.size > 1) {
        errors.push({
          scope: 'athlete', idx: a.idx, column: 'athlete_birth_date',
          message: `the file names ${dated.size} different athletes called ${describe(a)} (born ${[...dated.keys()].join(', ')}): give the date of birth`,
        });
        continue;
      }
      let person = [...dated.values()][0];
      if (!person) {
        person = {
          identity: -++newCount, existing: null, name: a.name, folded: a.folded,
          country: a.country, sex: a.sex, birthDate: null, fillBirthDate: null,
        };
        persons.push(person);
      }
      athletes[a.idx] = person;
    }
  }
  return { athletes, persons };
}
