// Purpose-built data for tests: terse builders over Prisma for the cases the seed lacks
// (ties, DNFs, wind, hand times, indoor seasons, shared medals, DQs).
import { foldName, parseMark, slugify, type MarkUnit } from '../../src/domain';
import type { PrismaClient } from '../../src/db/client';
import type {
  AgeCategory,
  ChampionshipLevel,
  EventKind,
  MarkDirection,
  PerformanceNote,
  PerformanceStatus,
  RaceStatus,
  Round,
  Sex,
} from '../../src/db/generated/enums';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export class Fixtures {
  private sourceId: number | null = null;

  constructor(readonly prisma: PrismaClient) {}

  async source(reference?: string): Promise<number> {
    if (reference !== undefined) {
      return (await this.prisma.source.upsert({ where: { reference }, create: { reference, title: reference }, update: {} })).id;
    }
    this.sourceId ??= (
      await this.prisma.source.upsert({
        where: { reference: 'test-fixtures' },
        create: { reference: 'test-fixtures', title: 'Test fixtures' },
        update: {},
      })
    ).id;
    return this.sourceId;
  }

  async country(code: string, name = code) {
    return this.prisma.country.upsert({ where: { code }, create: { code, name }, update: {} });
  }

  async athlete(displayName: string, opts: { sex?: Sex; country?: string; birthDate?: string; aliases?: string[] } = {}) {
    if (opts.country) await this.country(opts.country);
    return this.prisma.athlete.create({
      data: {
        slug: `${slugify(displayName)}-${++counter}`,
        displayName,
        searchName: foldName(displayName),
        sex: opts.sex ?? 'MALE',
        givenName: displayName.split(' ')[0],
        familyName: displayName.split(' ').slice(1).join(' ') || null,
        countryCode: opts.country ?? null,
        birthDate: opts.birthDate ? new Date(`${opts.birthDate}T00:00:00Z`) : null,
        aliases: { create: (opts.aliases ?? []).map((name) => ({ name, searchName: foldName(name) })) },
      },
    });
  }

  async event(
    code: string,
    opts: { sex?: Sex; kind?: EventKind; unit?: MarkUnit; direction?: MarkDirection; windAffected?: boolean; name?: string } = {},
  ) {
    const sex = opts.sex ?? 'MALE';
    const unit = opts.unit ?? 'TIME';
    const data = {
      name: opts.name ?? code,
      kind: opts.kind ?? 'TRACK',
      unit,
      direction: opts.direction ?? (unit === 'TIME' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER'),
      windAffected: opts.windAffected ?? false,
    } as const;
    return this.prisma.event.upsert({ where: { code_sex: { code, sex } }, create: { code, sex, ...data }, update: {} });
  }

  async championship(name: string, opts: { level?: ChampionshipLevel; ageCategory?: AgeCategory; awardsMedals?: boolean } = {}) {
    return this.prisma.championship.create({
      data: {
        slug: unique(slugify(name)),
        name,
        level: opts.level ?? 'WORLD',
        ageCategory: opts.ageCategory ?? 'SENIOR',
        awardsMedals: opts.awardsMedals ?? true,
      },
    });
  }

  /** A meet; `date` (YYYY-MM-DD) sets its start and end dates and its year. */
  async meet(name: string, opts: { date?: string; year?: number; championshipId?: number; indoor?: boolean; country?: string } = {}) {
    const date = opts.date ? new Date(`${opts.date}T00:00:00Z`) : null;
    if (opts.country) await this.country(opts.country);
    return this.prisma.meet.create({
      data: {
        slug: unique(slugify(name)),
        name,
        year: opts.year ?? date?.getUTCFullYear() ?? 2024,
        startDate: date,
        endDate: date,
        championshipId: opts.championshipId ?? null,
        indoor: opts.indoor ?? false,
        countryCode: opts.country ?? null,
        sources: { create: { sourceId: await this.source() } },
      },
    });
  }

  async race(
    meetId: number,
    eventId: number,
    opts: { round?: Round; heat?: number; date?: string; status?: RaceStatus; windMps?: number } = {},
  ) {
    return this.prisma.race.create({
      data: {
        meetId,
        eventId,
        round: opts.round ?? 'FINAL',
        heat: opts.heat ?? 1,
        status: opts.status ?? 'COMPLETED',
        date: opts.date ? new Date(`${opts.date}T00:00:00Z`) : null,
        windMps: opts.windMps ?? null,
      },
    });
  }

  /**
   * One result. `mark` is as published ("8:04.29", "8.95"), parsed with the event's unit;
   * non-finishers get neither place nor mark.
   */
  async result(
    raceId: number,
    athleteId: number,
    opts: {
      place?: number | null;
      tied?: boolean;
      mark?: string | null;
      status?: PerformanceStatus;
      windMps?: number | null;
      notes?: PerformanceNote[];
      photoFinish?: boolean;
      /** The source's reference (default: the fixtures' own source). */
      source?: string;
      /** The country competed for (default: none recorded). */
      country?: string;
    } = {},
  ) {
    const race = await this.prisma.race.findUniqueOrThrow({ where: { id: raceId }, include: { event: true } });
    if (opts.country) await this.country(opts.country);
    const mark = opts.mark ? parseMark(opts.mark, race.event.unit as MarkUnit) : null;
    return this.prisma.performance.create({
      data: {
        raceId,
        athleteId,
        place: opts.place ?? null,
        tied: opts.tied ?? false,
        status: opts.status ?? 'FINISHED',
        markValue: mark?.value ?? null,
        markText: mark?.text ?? null,
        precision: mark?.precision ?? null,
        windMps: opts.windMps ?? null,
        notes: opts.notes ?? [],
        photoFinish: opts.photoFinish ?? false,
        countryCode: opts.country ?? null,
        sources: { create: { sourceId: await this.source(opts.source) } },
      },
    });
  }

  /** A relay team's result with its legs (athlete ids in running order). */
  async relayTeam(
    raceId: number,
    name: string,
    opts: {
      country?: string | null;
      place?: number | null;
      tied?: boolean;
      mark?: string | null;
      status?: PerformanceStatus;
      legs: number[];
    },
  ) {
    const mark = opts.mark ? parseMark(opts.mark, 'TIME') : null;
    if (opts.country) await this.country(opts.country);
    return this.prisma.relayTeam.create({
      data: {
        raceId,
        name,
        countryCode: opts.country ?? null,
        place: opts.place ?? null,
        tied: opts.tied ?? false,
        status: opts.status ?? 'FINISHED',
        markValue: mark?.value ?? null,
        markText: mark?.text ?? null,
        precision: mark?.precision ?? null,
        legs: { create: opts.legs.map((athleteId, i) => ({ athleteId, leg: i + 1 })) },
        sources: { create: { sourceId: await this.source() } },
      },
    });
  }

  /** Results of a race in one go: [athleteId, place, mark] or [athleteId, status]; a place given twice is a tie ("2="). */
  async results(raceId: number, rows: Array<[number, number | null, string | null] | [number, PerformanceStatus]>) {
    const created = [];
    const places = rows.flatMap((row) => (typeof row[1] === 'number' ? [row[1]] : []));
    const tied = (place: number) => places.filter((p) => p === place).length > 1;
    for (const row of rows) {
      created.push(
        typeof row[1] === 'string'
          ? await this.result(raceId, row[0], { status: row[1] })
          : await this.result(raceId, row[0], {
              place: row[1],
              tied: row[1] !== null && tied(row[1]),
              mark: (row[2] as string | null) ?? null,
            }),
      );
    }
    return created;
  }

  async entry(raceId: number, athleteId: number) {
    return this.prisma.entry.create({ data: { raceId, athleteId, sources: { create: { sourceId: await this.source() } } } });
  }
}
