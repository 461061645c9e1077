// Loads seeds/ into the database in one transaction: either every record is in, or none.
// Records are upserted by natural key, so a second run adds nothing.
import { join } from 'node:path';
import { foldName, parseMark } from '../../domain';
import type { PrismaClient } from '../client';
import { projectRoot } from '../project-root';
import * as Enums from '../generated/enums';
import { readSeedData, SeedFileError, type SeedData, type SeedMeet } from './seed-files';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface SeedSummary {
  countries: number;
  events: number;
  championships: number;
  sources: number;
  athletes: number;
  meets: number;
  races: number;
  performances: number;
  entries: number;
}

function enumValue<E extends Record<string, string>>(values: E, value: string, file: string, path: string): E[keyof E] {
  if (!Object.values(values).includes(value)) {
    throw new SeedFileError(file, path, `"${value}" is not one of ${Object.values(values).join(', ')}`);
  }
  return value as E[keyof E];
}

const date = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));

export async function seedDatabase(prisma: PrismaClient, dir = defaultSeedDir()): Promise<SeedSummary> {
  const data = readSeedData(dir);
  return prisma.$transaction((tx) => load(tx, data), { timeout: 120_000 });
}

export function defaultSeedDir(): string {
  return join(projectRoot(), 'seeds');
}

async function load(tx: Tx, data: SeedData): Promise<SeedSummary> {
  await loadCountries(tx, data);
  const eventIds = await loadEvents(tx, data);
  const championshipIds = await loadChampionships(tx, data);
  const sourceIds = await loadSources(tx, data);
  const athleteIds = await loadAthletes(tx, data);
  const lookup = (map: Map<string, number>, key: string, file: string, path: string) => {
    const id = map.get(key);
    if (id === undefined) throw new SeedFileError(file, path, `"${key}" is not defined in the seed files`);
    return id;
  };
  const sourceRefs = (refs: string[], path: string) => {
    if (refs.length === 0) throw new SeedFileError('meets.json', path, 'must name at least one source');
    return refs.map((ref, i) => lookup(sourceIds, ref, 'meets.json', `${path}[${i}]`));
  };

  let races = 0;
  let performances = 0;
  let entries = 0;
  for (const [m, meet] of data.meets.entries()) {
    const meetId = await upsertMeet(tx, meet, m, championshipIds);
    await tx.meetAlias.createMany({
      data: (meet.aliases ?? []).map((name) => ({ meetId, name, searchName: foldName(name) })),
      skipDuplicates: true,
    });
    await tx.meetSource.createMany({
      data: sourceRefs(meet.sources, `$[${m}].sources`).map((sourceId) => ({ meetId, sourceId })),
      skipDuplicates: true,
    });
    for (const [r, race] of meet.races.entries()) {
      const at = `$[${m}].races[${r}]`;
      const event = eventIds.get(`${race.event}/${race.sex}`);
      if (!event) throw new SeedFileError('meets.json', `${at}.event`, `no event ${race.event} (${race.sex}) in events.json`);
      const round = enumValue(Enums.Round, race.round, 'meets.json', `${at}.round`);
      const fields = {
        date: date(race.date),
        status: enumValue(Enums.RaceStatus, race.status, 'meets.json', `${at}.status`),
        windMps: race.windMps,
      };
      const raceRow = await tx.race.upsert({
        where: { meetId_eventId_round_heat: { meetId, eventId: event.id, round, heat: race.heat } },
        create: { meetId, eventId: event.id, round, heat: race.heat, ...fields },
        update: fields,
      });
      races++;
      for (const [p, result] of race.results.entries()) {
        const path = `${at}.results[${p}]`;
        const athleteId = lookup(athleteIds, result.athlete, 'meets.json', `${path}.athlete`);
        const mark = result.mark === null ? null : parseSeedMark(result.mark, event.unit, `${path}.mark`);
        const perf = {
          place: result.place,
          markValue: mark?.value ?? null,
          markText: mark?.text ?? null,
          precision: mark?.precision ?? null,
          windMps: result.windMps,
          photoFinish: result.photoFinish,
          tied: result.tied ?? false,
          status: enumValue(Enums.PerformanceStatus, result.status, 'meets.json', `${path}.status`),
          notes: result.notes.map((n, i) => enumValue(Enums.PerformanceNote, n, 'meets.json', `${path}.notes[${i}]`)),
        };
        const row = await tx.performance.upsert({
          where: { raceId_athleteId: { raceId: raceRow.id, athleteId } },
          create: { raceId: raceRow.id, athleteId, ...perf },
          update: perf,
        });
        await tx.performanceSource.createMany({
          data: sourceRefs(result.sources, `${path}.sources`).map((sourceId) => ({ performanceId: row.id, sourceId })),
          skipDuplicates: true,
        });
        performances++;
      }
      for (const [e, entry] of race.entries.entries()) {
        const path = `${at}.entries[${e}]`;
        const athleteId = lookup(athleteIds, entry.athlete, 'meets.json', `${path}.athlete`);
        const row = await tx.entry.upsert({
          where: { raceId_athleteId: { raceId: raceRow.id, athleteId } },
          create: { raceId: raceRow.id, athleteId },
          update: {},
        });
        await tx.entrySource.createMany({
          data: sourceRefs(entry.sources, `${path}.sources`).map((sourceId) => ({ entryId: row.id, sourceId })),
          skipDuplicates: true,
        });
        entries++;
      }
    }
  }
  // The seed's results were run for the athletes' countries (no transfer is recorded in it).
  await tx.$executeRaw`UPDATE performances p SET country_code = a.country_code
    FROM athletes a WHERE a.id = p.athlete_id AND p.country_code IS NULL AND a.country_code IS NOT NULL`;
  return {
    countries: data.countries.length,
    events: data.events.length,
    championships: data.championships.length,
    sources: data.sources.length,
    athletes: data.athletes.length,
    meets: data.meets.length,
    races,
    performances,
    entries,
  };
}

/** Sources by reference. */
async function loadSources(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const sourceIds = new Map<string, number>();
  for (const s of data.sources) {
    const fields = { title: s.title, publisher: s.publisher, publishedOn: date(s.publishedOn) };
    const row = await tx.source.upsert({
      where: { reference: s.reference },
      create: { reference: s.reference, ...fields },
      update: fields,
    });
    sourceIds.set(s.reference, row.id);
  }
  return sourceIds;
}

/** Athletes (with their aliases) by slug. */
async function loadAthletes(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const athleteIds = new Map<string, number>();
  for (const [i, a] of data.athletes.entries()) {
    const fields = {
      givenName: a.givenName,
      familyName: a.familyName,
      displayName: a.displayName,
      searchName: foldName(a.displayName),
      sex: enumValue(Enums.Sex, a.sex, 'athletes.json', `$[${i}].sex`),
      birthDate: date(a.birthDate),
      countryCode: a.country,
    };
    const row = await tx.athlete.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...fields }, update: fields });
    athleteIds.set(a.slug, row.id);
    await tx.athleteAlias.createMany({
      data: a.aliases.map((name) => ({ athleteId: row.id, name, searchName: foldName(name) })),
      skipDuplicates: true,
    });
  }
  return athleteIds;
}

async function upsertMeet(tx: Tx, meet: SeedMeet, m: number, championshipIds: Map<string, number>): Promise<number> {
  let championshipId: number | null = null;
  if (meet.championship !== null) {
    const id = championshipIds.get(meet.championship);
    if (id === undefined)
      throw new SeedFileError('meets.json', `$[${m}].championship`, `"${meet.championship}" is not in championships.json`);
    championshipId = id;
  }
  const fields = {
    name: meet.name,
    championshipId,
    venue: meet.venue,
    city: meet.city,
    countryCode: meet.country,
    year: meet.year,
    startDate: date(meet.startDate),
    endDate: date(meet.endDate),
    indoor: meet.indoor,
  };
  const row = await tx.meet.upsert({ where: { slug: meet.slug }, create: { slug: meet.slug, ...fields }, update: fields });
  return row.id;
}

function parseSeedMark(text: string, unit: string, path: string) {
  try {
    return parseMark(text, unit as Enums.MarkUnit);
  } catch (error) {
    throw new SeedFileError('meets.json', path, (error as Error).message);
  }
}

// The reference tables hold hundreds of rows: one statement each, not one upsert a row.

async function loadCountries(tx: Tx, data: SeedData): Promise<void> {
  const c = data.countries;
  const statuses = c.map((x, i) => enumValue(Enums.CountryStatus, x.status, 'countries.json', `$[${i}].status`));
  await tx.$executeRaw`
    INSERT INTO countries (code, name, status, ioc_code)
    SELECT code, name, status::"CountryStatus", ioc FROM unnest(${c.map((x) => x.code)}::text[], ${c.map((x) => x.name)}::text[],
           ${statuses}::text[], ${c.map((x) => x.iocCode)}::text[]) AS t(code, name, status, ioc)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, status = excluded.status, ioc_code = excluded.ioc_code`;
}

async function loadEvents(tx: Tx, data: SeedData): Promise<Map<string, { id: number; unit: string }>> {
  const e = data.events.map((x, i) => ({
    code: x.code,
    name: x.name,
    windAffected: x.windAffected,
    sex: enumValue(Enums.Sex, x.sex, 'events.json', `$[${i}].sex`),
    kind: enumValue(Enums.EventKind, x.kind, 'events.json', `$[${i}].kind`),
    unit: enumValue(Enums.MarkUnit, x.unit, 'events.json', `$[${i}].unit`),
    direction: enumValue(Enums.MarkDirection, x.direction, 'events.json', `$[${i}].direction`),
    environment: enumValue(Enums.EventEnvironment, x.environment, 'events.json', `$[${i}].environment`),
  }));
  const rows = await tx.$queryRaw<Array<{ id: number; code: string; sex: string; unit: string }>>`
    INSERT INTO events (code, name, sex, kind, unit, direction, wind_affected, environment)
    SELECT code, name, sex::"Sex", kind::"EventKind", unit::"MarkUnit", direction::"MarkDirection", wind, env::"EventEnvironment"
      FROM unnest(${e.map((x) => x.code)}::text[], ${e.map((x) => x.name)}::text[], ${e.map((x) => x.sex)}::text[],
                  ${e.map((x) => x.kind)}::text[], ${e.map((x) => x.unit)}::text[], ${e.map((x) => x.direction)}::text[],
                  ${e.map((x) => x.windAffected)}::boolean[], ${e.map((x) => x.environment)}::text[])
           AS t(code, name, sex, kind, unit, direction, wind, env)
    ON CONFLICT (code, sex) DO UPDATE SET name = excluded.name, kind = excluded.kind, unit = excluded.unit,
       direction = excluded.direction, wind_affected = excluded.wind_affected, environment = excluded.environment
    RETURNING id, code, sex::text AS sex, unit::text AS unit`;
  return new Map(rows.map((r) => [`${r.code}/${r.sex}`, { id: r.id, unit: r.unit }]));
}

async function loadChampionships(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const c = data.championships.map((x, i) => ({
    slug: x.slug,
    name: x.name,
    awardsMedals: x.awardsMedals,
    level: enumValue(Enums.ChampionshipLevel, x.level, 'championships.json', `$[${i}].level`),
    ageCategory: enumValue(Enums.AgeCategory, x.ageCategory, 'championships.json', `$[${i}].ageCategory`),
  }));
  const rows = await tx.$queryRaw<Array<{ id: number; slug: string }>>`
    INSERT INTO championships (slug, name, level, age_category, awards_medals)
    SELECT slug, name, level::"ChampionshipLevel", age::"AgeCategory", medals
      FROM unnest(${c.map((x) => x.slug)}::text[], ${c.map((x) => x.name)}::text[], ${c.map((x) => x.level)}::text[],
                  ${c.map((x) => x.ageCategory)}::text[], ${c.map((x) => x.awardsMedals)}::boolean[]) AS t(slug, name, level, age, medals)
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, level = excluded.level, age_category = excluded.age_category,
       awards_medals = excluded.awards_medals
    RETURNING id, slug`;
  return new Map(rows.map((r) => [r.slug, r.id]));
}
