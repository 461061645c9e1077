// Finds what the file's meets, races, athletes and sources already are in the database
// (read-only): by natural key, reporting ambiguity and contradictions rather than guessing.
import { foldName } from '../../domain';
import type { Collector, MeetAgg, RaceAgg } from './collect';
import type { ColumnName } from './import-format';
import type { ReferenceData } from './reference-data';
import { resolveAthletes, type Person } from './resolve-athletes';
import type { SqlSession } from './sql-session';

export type { Person } from './resolve-athletes';

/** An error about every row naming one meet, race or athlete. */
export interface KeyError {
  scope: 'meet' | 'race' | 'athlete';
  idx: number;
  column: ColumnName | null;
  message: string;
}

interface StoredMeet {
  id: number;
  slug: string;
  name: string;
  year: number;
  start_date: string | null;
  end_date: string | null;
  city: string | null;
  country_code: string | null;
  championship_id: number | null;
  indoor: boolean;
}

interface StoredRace {
  id: number;
  meet_id: number;
  event_id: number;
  round: string;
  heat: number;
  date: string | null;
  wind: string | null;
  status: string;
}

export type MeetRule = 'NAME' | 'MEET_ALIAS' | 'EDITION' | 'NEW';

export interface MeetPlan {
  existing: StoredMeet | null;
  rule: MeetRule;
  /** The file's name for a stored edition known by another: kept as a meet alias. */
  addAlias: string | null;
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

export async function resolve(sql: SqlSession, c: Collector, refs: ReferenceData): Promise<Resolution> {
  const errors: KeyError[] = [];
  const meets = await resolveMeets(sql, c.meetList, refs, errors);
  const races = await resolveRaces(sql, c.raceList, meets, errors);
  const { athletes, persons } = await resolveAthletes(sql, c, races, errors);
  const storedSources = await inBatches(
    c.sourceList.map((s) => s.reference),
    (refs) => sql.query<{ id: number; reference: string }>('SELECT id, reference FROM sources WHERE reference = ANY($1::text[])', [refs]),
  );
  const sourceIds = new Map(storedSources.map((s) => [s.reference, s.id]));
  return { meets, races, athletes, persons, sources: c.sourceList.map((s) => sourceIds.get(s.reference) ?? null), errors };
}

async function resolveMeets(sql: SqlSession, list: MeetAgg[], refs: ReferenceData, errors: KeyError[]): Promise<MeetPlan[]> {
  const years = [...new Set(list.map((m) => m.year))];
  const stored =
    years.length === 0
      ? []
      : await sql.query<StoredMeet & { aliases: string[] }>(
          `SELECT id, slug, name, year, start_date::text AS start_date, end_date::text AS end_date, city, country_code, championship_id, indoor,
            ARRAY(SELECT a.search_name FROM meet_aliases a WHERE a.meet_id = meets.id) AS aliases
       FROM meets WHERE year = ANY($1::int[]) ORDER BY id`,
          [years],
        );
  const byName = new Map<string, Array<StoredMeet & { byAlias: boolean }>>();
  const byEdition = new Map<string, StoredMeet[]>();
  for (const s of stored) {
    for (const [name, byAlias] of [[foldName(s.name), false] as const, ...s.aliases.map((a) => [a, true] as const)]) {
      const key = `${name}\u001f${s.year}`;
      const same = byName.get(key) ?? [];
      if (!same.some((x) => x.id === s.id)) same.push({ ...s, byAlias });
      byName.set(key, same);
    }
    if (s.championship_id !== null)
      byEdition.set(`${s.championship_id}/${s.year}`, [...(byEdition.get(`${s.championship_id}/${s.year}`) ?? []), s]);
  }
  const plans = list.map((m) => {
    const sameName = byName.get(`${m.folded}\u001f${m.year}`) ?? [];
    // By name and start date when the file has one (a stored meet without dates may be it),
    // else by name and the year held.
    const onDate = <T extends StoredMeet>(meets: T[]) => {
      const same = m.startDate ? meets.filter((s) => s.start_date === m.startDate) : meets;
      return m.startDate && same.length === 0 ? meets.filter((s) => s.start_date === null) : same;
    };
    let candidates: StoredMeet[] = onDate(sameName);
    let rule: MeetRule = candidates.length === 1 && sameName.find((s) => s.id === candidates[0].id)?.byAlias ? 'MEET_ALIAS' : 'NAME';
    // Editions: a championship (not a circuit) holds one edition a year, indoors or out,
    // whatever each source calls it ("Oregon 2022" is "Eugene 2022").
    if (candidates.length === 0 && m.championshipId !== null && refs.championshipLevels.get(m.championshipId) !== 'CIRCUIT') {
      // Other dates than the stored edition's are a contradiction, not a second edition.
      candidates = (byEdition.get(`${m.championshipId}/${m.year}`) ?? []).filter((s) => m.indoor === null || s.indoor === m.indoor);
      rule = 'EDITION';
    }
    const plan: MeetPlan = { existing: null, rule: 'NEW', addAlias: null, fill: {}, startDate: m.startDate, endDate: m.endDate };
    if (candidates.length > 1) {
      errors.push({
        scope: 'meet',
        idx: m.idx,
        column: 'meet_name',
        message: `"${m.name}" (${m.year}) matches ${candidates.length} stored meets (ids ${candidates.map((s) => s.id).join(', ')}); give its start date to tell them apart`,
      });
      return plan;
    }
    const s = candidates[0];
    if (!s) return plan;
    plan.existing = s;
    plan.rule = rule;
    if (rule === 'EDITION') plan.addAlias = m.name;
    const conflict = (column: ColumnName, stored: unknown, given: unknown) =>
      errors.push({
        scope: 'meet',
        idx: m.idx,
        column,
        message: `${s.name} (${s.year}) is stored with ${column.replace(/^meet_/, '').replace(/_/g, ' ')} "${String(stored)}", the file gives "${String(given)}"`,
      });
    if (m.startDate) {
      if (s.start_date === null) plan.fill.startDate = m.startDate;
      else if (s.start_date !== m.startDate) conflict('meet_start_date', s.start_date, m.startDate);
    }
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
      errors.push({
        scope: 'meet',
        idx: m.idx,
        column: s.end_date ? 'meet_start_date' : 'meet_end_date',
        message: `with the stored dates the meet would end (${plan.endDate}) before it starts (${plan.startDate})`,
      });
    }
    return plan;
  });
  oneNamePerEdition(list, plans, refs, errors);
  return plans;
}

/**
 * Two names of the file for one edition (a stored one, or a new edition of a championship's
 * year) would make one meet twice: refused, naming both, rather than guessed.
 */
function oneNamePerEdition(list: MeetAgg[], plans: MeetPlan[], refs: ReferenceData, errors: KeyError[]): void {
  const groups = new Map<string, MeetAgg[]>();
  for (const m of list) {
    const plan = plans[m.idx];
    const key = plan.existing
      ? `stored ${plan.existing.id}`
      : m.championshipId !== null && refs.championshipLevels.get(m.championshipId) !== 'CIRCUIT'
        ? `edition ${m.championshipId}/${m.year}`
        : null;
    if (key) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const names = same.map((m) => `"${m.name}"`).join(' and ');
    const what = plans[same[0].idx].existing
      ? `the stored meet ${plans[same[0].idx].existing?.name} (${same[0].year})`
      : `one edition of ${same[0].championship} in ${same[0].year}`;
    for (const m of same)
      errors.push({ scope: 'meet', idx: m.idx, column: 'meet_name', message: `the file names ${what} as ${names}: use one name for it` });
  }
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
    const s = meet.existing ? (byKey.get(`${meet.existing.id}/${r.eventId}/${r.round}/${r.heat}`) ?? null) : null;
    const plan: RacePlan = { existing: s, fill: {}, effectiveDate: null };
    const error = (column: ColumnName | null, message: string) => errors.push({ scope: 'race', idx: r.idx, column, message });
    if (s) {
      if (s.status === 'CANCELLED')
        error(null, `the ${r.eventCode} ${r.round.toLowerCase()} ${r.heat} of ${r.meet.name} is stored as CANCELLED: it has no results`);
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
