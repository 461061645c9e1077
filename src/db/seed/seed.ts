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
  countries: number; events: number; championships: number; sources: number;
  athletes: number; meets: number; races: number; performances: number; entries: number;
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
  for (const c of data.countries) {
    await tx.country.upsert({ where: { code: c.code }, create: c, update: { name: c.name } });
  }
  const eventIds = new Map<string, { id: number; unit: string }>();
  for (const [i, e] of data.events.entries()) {
    const fields = {
      name: e.name,
      kind: enumValue(Enums.EventKind, e.kind, 'events.json', `$[${i}].kind`),
      unit: enumValue(Enums.MarkUnit, e.unit, 'events.json', `$[${i}].unit`),
      direction: enumValue(Enums.MarkDirection, e.direction, 'events.json', `$[${i}].direction`),
      windAffected: e.windAffected,
    };
    const sex = enumValue(Enums.Sex, e.sex, 'events.json', `$[${i}].sex`);
    const row = await tx.event.upsert({ where: { code_sex: { code: e.code, sex } }, create: { code: e.code, sex, ...fields }, update: fields });
    eventIds.set(`${e.code}/${e.sex}`, { id: row.id, unit: row.unit });
  }
  const championshipIds = new Map<string, number>();
  for (const [i, c] of data.championships.entries()) {
    const fields = {
      name: c.name,
      level: enumValue(Enums.ChampionshipLevel, c.level, 'championships.json', `$[${i}].level`),
      ageCategory: enumValue(Enums.AgeCategory, c.ageCategory, 'championships.json', `$[${i}].ageCategory`),
      awardsMedals: c.awardsMedals,
    };
    const row = await tx.championship.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...fields }, update: fields });
    championshipIds.set(c.slug, row.id);
  }
  const sourceIds = new Map<string, number>();
  for (const s of data.sources) {
    const fields = { title: s.title, publisher: s.publisher, publishedOn: date(s.publishedOn) };
    const row = await tx.source.upsert({ where: { reference: s.reference }, create: { reference: s.reference, ...fields }, update: fields });
    sourceIds.set(s.reference, row.id);
  }
  const athleteIds = new Map<string, number>();
  for (const [i, a] of data.athletes.entries()) {
    const fields = {
      givenName: a.givenName, familyName: a.familyName, displayName: a.displayName, searchName: foldName(a.displayName),
      sex: enumValue(Enums.Sex, a.sex, 'athletes.json', `$[${i}].sex`), birthDate: date(a.birthDate), countryCode: a.country,
    };
    const row = await tx.athlete.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...fields }, update: fields });
    athleteIds.set(a.slug, row.id);
    await tx.athleteAlias.createMany({
      data: a.aliases.map((name) => ({ athleteId: row.id, name, searchName: foldName(name) })),
      skipDuplicates: true,
    });
  }
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
        date: date(race.date), status: enumValue(Enums.RaceStatus, race.status, 'meets.json', `${at}.status`), windMps: race.windMps,
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
          place: result.place, markValue: mark?.value ?? null, markText: mark?.text ?? null, precision: mark?.precision ?? null,
          windMps: result.windMps, photoFinish: result.photoFinish,
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
  return {
    countries: data.countries.length, events: data.events.length, championships: data.championships.length,
    sources: data.sources.length, athletes: data.athletes.length, meets: data.meets.length, races, performances, entries,
  };
}

async function upsertMeet(tx: Tx, meet: SeedMeet, m: number, championshipIds: Map<string, number>): Promise<number> {
  let championshipId: number | null = null;
  if (meet.championship !== null) {
    const id = championshipIds.get(meet.championship);
    if (id === undefined) throw new SeedFileError('meets.json', `$[${m}].championship`, `"${meet.championship}" is not in championships.json`);
    championshipId = id;
  }
  const fields = {
    name: meet.name, championshipId, venue: meet.venue, city: meet.city, countryCode: meet.country, year: meet.year,
    startDate: date(meet.startDate), endDate: date(meet.endDate), indoor: meet.indoor,
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
