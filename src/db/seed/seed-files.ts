// The shapes of the JSON files in seeds/, read and checked before anything is written,
// so that a typo names its file and path instead of failing half-way through a load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedCountry {
  code: string;
  name: string;
  status: string;
  iocCode: string | null;
}
export interface SeedEvent {
  code: string;
  name: string;
  sex: string;
  kind: string;
  unit: string;
  direction: string;
  windAffected: boolean;
  environment: string;
}
export interface SeedChampionship {
  slug: string;
  name: string;
  level: string;
  ageCategory: string;
  awardsMedals: boolean;
}
export interface SeedSource {
  reference: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
}
export interface SeedAthlete {
  slug: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  sex: string;
  birthDate: string | null;
  country: string | null;
  aliases: string[];
}
export interface SeedResult {
  athlete: string;
  place: number | null;
  mark: string | null;
  status: string;
  windMps: number | null;
  notes: string[];
  photoFinish: boolean;
  sources: string[];
  /** The place is shared ("2="); absent: false. */
  tied?: boolean;
}
export interface SeedEntry {
  athlete: string;
  sources: string[];
}
export interface SeedRace {
  event: string;
  sex: string;
  round: string;
  heat: number;
  date: string | null;
  status: string;
  windMps: number | null;
  results: SeedResult[];
  entries: SeedEntry[];
}
export interface SeedMeet {
  slug: string;
  name: string;
  championship: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  year: number;
  startDate: string | null;
  endDate: string | null;
  indoor: boolean;
  sources: string[];
  races: SeedRace[];
  /** Other names of the edition; absent: none. */
  aliases?: string[];
}

export interface SeedData {
  countries: SeedCountry[];
  events: SeedEvent[];
  championships: SeedChampionship[];
  sources: SeedSource[];
  athletes: SeedAthlete[];
  meets: SeedMeet[];
}

export class SeedFileError extends Error {
  constructor(file: string, path: string, message: string) {
    super(`${file}: ${path}: ${message}`);
    this.name = 'SeedFileError';
  }
}

function readArray(dir: string, file: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new SeedFileError(file, '$', `cannot be read as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SeedFileError(file, '$', 'must be a JSON array');
  return parsed;
}

type Kind = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | 'boolean?' | 'string[]' | 'string[]?' | 'array';

/** Checks that each record has the listed fields with the right JSON types. */
function checkRecords<T>(file: string, records: unknown[], fields: Record<string, Kind>, at = '$'): T[] {
  records.forEach((record, index) => {
    const path = `${at}[${index}]`;
    if (typeof record !== 'object' || record === null) throw new SeedFileError(file, path, 'must be an object');
    for (const [field, kind] of Object.entries(fields)) {
      const value = (record as Record<string, unknown>)[field];
      const optional = kind.endsWith('?');
      if (optional && (value === null || value === undefined)) continue;
      const ok = kind.startsWith('string[]')
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : kind === 'array'
          ? Array.isArray(value)
          : typeof value === kind.replace('?', '');
      if (!ok) throw new SeedFileError(file, `${path}.${field}`, `must be ${optional ? `${kind.slice(0, -1)} or null` : kind}`);
    }
  });
  return records as T[];
}

export function readSeedData(dir: string): SeedData {
  const meets = checkRecords<SeedMeet>('meets.json', readArray(dir, 'meets.json'), {
    slug: 'string',
    name: 'string',
    championship: 'string?',
    venue: 'string?',
    city: 'string?',
    country: 'string?',
    year: 'number',
    startDate: 'string?',
    endDate: 'string?',
    indoor: 'boolean',
    sources: 'string[]',
    races: 'array',
    aliases: 'string[]?',
  });
  meets.forEach((meet, m) => {
    checkRecords<SeedRace>(
      'meets.json',
      meet.races,
      {
        event: 'string',
        sex: 'string',
        round: 'string',
        heat: 'number',
        date: 'string?',
        status: 'string',
        windMps: 'number?',
        results: 'array',
        entries: 'array',
      },
      `$[${m}].races`,
    );
    meet.races.forEach((race, r) => {
      checkRecords(
        'meets.json',
        race.results,
        {
          athlete: 'string',
          place: 'number?',
          mark: 'string?',
          status: 'string',
          windMps: 'number?',
          notes: 'string[]',
          photoFinish: 'boolean',
          sources: 'string[]',
          tied: 'boolean?',
        },
        `$[${m}].races[${r}].results`,
      );
      checkRecords('meets.json', race.entries, { athlete: 'string', sources: 'string[]' }, `$[${m}].races[${r}].entries`);
    });
  });
  return {
    countries: checkRecords('countries.json', readArray(dir, 'countries.json'), {
      code: 'string',
      name: 'string',
      status: 'string',
      iocCode: 'string?',
    }),
    events: checkRecords('events.json', readArray(dir, 'events.json'), {
      code: 'string',
      name: 'string',
      sex: 'string',
      kind: 'string',
      unit: 'string',
      direction: 'string',
      windAffected: 'boolean',
      environment: 'string',
    }),
    championships: checkRecords('championships.json', readArray(dir, 'championships.json'), {
      slug: 'string',
      name: 'string',
      level: 'string',
      ageCategory: 'string',
      awardsMedals: 'boolean',
    }),
    sources: checkRecords('sources.json', readArray(dir, 'sources.json'), {
      reference: 'string',
      title: 'string',
      publisher: 'string?',
      publishedOn: 'string?',
    }),
    athletes: checkRecords('athletes.json', readArray(dir, 'athletes.json'), {
      slug: 'string',
      givenName: 'string?',
      familyName: 'string?',
      displayName: 'string',
      sex: 'string',
      birthDate: 'string?',
      country: 'string?',
      aliases: 'string[]',
    }),
    meets,
  };
}
