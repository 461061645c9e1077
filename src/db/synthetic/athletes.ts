// Synthetic athletes: who they are (name, sex, country, birth date), what they run, jump or
// throw, and how good they are in each season of their career.
import { foldName, slugify } from '../../domain';
import {
  COUNTRIES,
  EVENT_SPECS,
  SPECIALTIES,
  eventIndex,
  specialtyEventCode,
  type Continent,
  type SexCode,
  type Specialty,
} from './catalog';
import { NAME_POOLS } from './names';
import type { Random } from './random';

export interface AthleteEvent {
  event: number;
  /** Ability relative to the athlete's talent (0 for the main event, negative for side events). */
  offset: number;
  /** How often the athlete does this event, relative to the main one. */
  weight: number;
}

export interface AthleteState {
  id: number;
  sex: SexCode;
  country: string;
  continent: Continent;
  birthYear: number;
  talent: number;
  firstSeason: number;
  lastSeason: number;
  peakSeason: number;
  outdoor: AthleteEvent[];
  indoor: AthleteEvent[];
  /** Season-to-season form: a random walk. */
  form: number;
  /** Races this season (reset every season). */
  races: number;
}

export interface AthleteRow {
  id: number;
  slug: string;
  givenName: string;
  familyName: string;
  displayName: string;
  searchName: string;
  sex: SexCode;
  birthDate: string | null;
  countryCode: string;
}

export interface AliasRow {
  id: number;
  athleteId: number;
  name: string;
  searchName: string;
}

const SPECIALTY_ORDER = [
  'sprint',
  '1500',
  'lj',
  'marathon',
  'hj',
  'sp',
  '800',
  '400',
  'hurdles',
  '5000',
  '200',
  'tj',
  'pv',
  'dt',
  'jt',
  '10000',
  'steeple',
  '400h',
  'ht',
  'combined',
];

/**
 * The specialties a dataset of this size can sustain: small datasets drop the rarer ones
 * so that each event still has a field of athletes to race each other.
 */
export function allowedSpecialties(athletes: number, seasons: number): Specialty[] {
  const bySpecialty = new Map(SPECIALTIES.map((s) => [s.key, s]));
  const chosen: Specialty[] = [];
  const activePerSeason = (athletes * 7.5) / Math.max(seasons, 7.5);
  for (const key of SPECIALTY_ORDER) {
    const candidate = bySpecialty.get(key)!;
    const next = [...chosen, candidate];
    const total = next.reduce((sum, s) => sum + s.weight, 0);
    const smallest = Math.min(...next.map((s) => s.weight));
    const perPool = (activePerSeason * smallest) / total / 2;
    if (chosen.length >= 4 && perPool < 12) break;
    chosen.push(candidate);
  }
  return chosen;
}

export interface AthleteSetup {
  count: number;
  firstId: number;
  firstAliasId: number;
  firstSeason: number;
  lastSeason: number;
  specialties: Specialty[];
  /** Slugs already used in the database (when appending). */
  takenSlugs?: ReadonlySet<string>;
}

export function createAthletes(rng: Random, setup: AthleteSetup): { states: AthleteState[]; rows: AthleteRow[]; aliases: AliasRow[] } {
  const allowedEvents = new Set<number>();
  for (const sex of ['MALE', 'FEMALE'] as const) {
    for (const s of setup.specialties) {
      allowedEvents.add(eventIndex(specialtyEventCode(s.outdoor[0][0], sex), sex));
      if (s.indoor.length > 0) allowedEvents.add(eventIndex(specialtyEventCode(s.indoor[0][0], sex), sex));
    }
  }
  const restricted = setup.specialties.length < SPECIALTIES.length;
  const slugCount = new Map<string, number>();
  const states: AthleteState[] = [];
  const rows: AthleteRow[] = [];
  const aliases: AliasRow[] = [];
  let aliasId = setup.firstAliasId;

  for (let i = 0; i < setup.count; i++) {
    const id = setup.firstId + i;
    const sex: SexCode = rng.chance(0.53) ? 'MALE' : 'FEMALE';
    const country = rng.weighted(COUNTRIES, (c) => c.weight);
    const specialty = rng.weighted(setup.specialties, (s) => s.weight * (country.strong?.includes(s.key) ? 3 : 1));
    const strong = country.strong?.includes(specialty.key) ?? false;
    // Most athletes are club level; a few percent are world class.
    const talent = Math.max(-0.4, Math.min(1.05, 1.02 - rng.gammaInt(3, 0.17) + (strong ? 0.04 : 0)));
    let length = 2 + Math.floor(13 * rng.next() ** 1.6);
    if (talent > 0.85) length = Math.min(15, length + rng.int(1, 4));
    const firstSeason = rng.int(setup.firstSeason - length + 1, setup.lastSeason);
    const lastSeason = firstSeason + length - 1;
    const startAge = rng.int(17, 23) + (specialty.key === 'marathon' ? rng.int(2, 6) : 0);
    const birthYear = firstSeason - startAge;

    const events = (list: Array<[string, number]>, main: boolean): AthleteEvent[] => {
      const out: AthleteEvent[] = [];
      list.forEach(([code, chance], k) => {
        if (k > 0 && !rng.chance(chance)) return;
        const event = eventIndex(specialtyEventCode(code, sex), sex);
        if (restricted && !allowedEvents.has(event)) return;
        const primary = k === 0 && main;
        out.push({ event, offset: primary ? 0 : -rng.uniform(0.03, 0.15), weight: primary ? 1 : k === 0 ? 0.8 : 0.35 });
      });
      return out;
    };
    const outdoor = events(specialty.outdoor, true);
    const indoor = rng.chance(specialty.indoorChance) ? events(specialty.indoor, false) : [];

    states.push({
      id,
      sex,
      country: country.code,
      continent: country.continent,
      birthYear,
      talent,
      firstSeason,
      lastSeason,
      peakSeason: firstSeason + Math.min(8, Math.max(1, Math.round(length * rng.uniform(0.35, 0.65)))),
      outdoor,
      indoor,
      form: 0,
      races: 0,
    });

    const pool = NAME_POOLS[country.names];
    const givenName = rng.pick(sex === 'MALE' ? pool.male : pool.female);
    const familyName = rng.pick(pool.family);
    const displayName = `${givenName} ${familyName}`;
    const base = slugify(displayName);
    let n = slugCount.get(base) ?? 1;
    let slug = n === 1 ? base : `${base}-${n}`;
    // Homonyms get "-2", "-3"... (names have no digits, so these never meet a plain slug).
    while (setup.takenSlugs?.has(slug)) slug = `${base}-${++n}`;
    slugCount.set(base, n + 1);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    rows.push({
      id,
      slug,
      givenName,
      familyName,
      displayName,
      searchName: foldName(displayName),
      sex,
      // Some birth dates are not published.
      birthDate: rng.chance(0.04) ? null : `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      countryCode: country.code,
    });
    if (rng.chance(0.015)) {
      // Results lists often print "FAMILY Given".
      const name = `${familyName.toUpperCase()} ${givenName}`;
      aliases.push({ id: aliasId++, athleteId: id, name, searchName: foldName(name) });
    }
  }
  return { states, rows, aliases };
}

/** An athlete's ability in a season: talent, shaped by the career curve and by form. */
export function seasonAbility(a: AthleteState, season: number): number {
  const k = season - a.firstSeason;
  const toPeak = a.peakSeason - a.firstSeason;
  let curve: number;
  if (season <= a.peakSeason) curve = -0.14 * ((toPeak - k) / Math.max(1, toPeak)) ** 1.3;
  else curve = -0.018 * (season - a.peakSeason) ** 1.2;
  return a.talent + curve + a.form;
}

export function isActive(a: AthleteState, season: number): boolean {
  return season >= a.firstSeason && season <= a.lastSeason;
}

export function eventSpec(i: number) {
  return EVENT_SPECS[i];
}
