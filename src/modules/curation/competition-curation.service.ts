// Curated edits of meets and races.
import type { Meet, Race } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { checkSlug, checkYear, foldName, type Round } from '../../domain';
import type { RaceStatus } from '../common/enums';
import type { AuthenticatedKey } from '../auth/api-key.service';
import { recordAudit } from '../auth/audit-log.service';
import { meetSlugBase } from '../imports/slugs';
import type { CreateMeetInput, CreateRaceInput, UpdateMeetInput, UpdateRaceInput } from './curation.inputs';
import { checkAliases } from './aliases';
import {
  checkSourceReference,
  checkWindValue,
  freeSlug,
  idOf,
  isoDay,
  optionalText,
  sourceId,
  TX_OPTIONS,
  type Tx,
} from './curation-helpers';
import { FieldCheck, fieldError, mapConstraintErrors } from './field-errors';

interface MeetFields {
  name: string;
  year: number | null;
  startDate: Date | null;
  endDate: Date | null;
  venue: string | null;
  city: string | null;
  countryCode: string | null;
  championshipId: number | null;
  indoor: boolean;
}

/** What the audit log keeps of a meet: its row and its aliases. */
async function meetSnapshot(tx: Tx, id: number) {
  const row = await tx.meet.findUnique({ where: { id }, include: { aliases: { orderBy: { id: 'asc' } } } });
  return row && { ...row, aliases: row.aliases.map((a) => a.name) };
}

const aliasRows = (aliases: readonly string[]) => aliases.map((name) => ({ name, searchName: foldName(name) }));

export class CompetitionCurationService {
  constructor(private readonly prisma: PrismaClient) {}

  async createMeet(input: CreateMeetInput, key: AuthenticatedKey): Promise<Meet> {
    const check = new FieldCheck('input');
    const source = checkSourceReference(check, 'source', input.source);
    if (input.slug != null) check.addViolations(checkSlug('slug', input.slug, 'paris-2024'));
    const championshipId = await this.championshipId(check, input.championship);
    const fields = await this.checkMeet(check, {
      name: input.name,
      year: input.year ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      venue: input.venue ?? null,
      city: input.city ?? null,
      countryCode: input.country ?? null,
      championshipId,
      indoor: input.indoor ?? false,
    });
    const aliases = checkAliases(check, input.aliases ?? [], fields.name);
    check.throwIfAny();
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const year = fields.year as number;
        const slug = input.slug ?? (await freeSlug(tx, 'meet', meetSlugBase(fields.name, year)));
        const row = await tx.meet.create({
          data: {
            ...fields,
            year,
            slug,
            sources: { create: { sourceId: await sourceId(tx, source as string) } },
            aliases: { create: aliasRows(aliases) },
          },
        });
        await recordAudit(tx, {
          key,
          operation: 'createMeet',
          entityType: 'Meet',
          entityId: row.id,
          before: null,
          after: await meetSnapshot(tx, row.id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  async updateMeet(id: number, input: UpdateMeetInput, key: AuthenticatedKey): Promise<Meet> {
    const current = await this.prisma.meet.findUnique({ where: { id } });
    if (!current) throw fieldError('id', 'no meet has this id');
    const check = new FieldCheck('input');
    for (const field of ['name', 'year', 'indoor', 'slug'] as const) {
      if (input[field] === null) check.add(field, 'cannot be cleared');
    }
    if (input.slug != null) check.addViolations(checkSlug('slug', input.slug, 'paris-2024'));
    const source = checkSourceReference(check, 'source', input.source);
    const championshipId = input.championship === undefined ? current.championshipId : await this.championshipId(check, input.championship);
    const keep = <T>(given: T | null | undefined, stored: T | null): T | null => (given === undefined ? stored : given);
    const fields = await this.checkMeet(check, {
      name: input.name ?? current.name,
      year: input.year ?? current.year,
      startDate: keep(input.startDate, current.startDate),
      endDate: keep(input.endDate, current.endDate),
      venue: keep(input.venue, current.venue),
      city: keep(input.city, current.city),
      countryCode: keep(input.country, current.countryCode),
      championshipId,
      indoor: input.indoor ?? current.indoor,
    });
    // The meet's races must stay within its (new) dates.
    const races = await this.prisma.race.findMany({ where: { meetId: id, date: { not: null } }, orderBy: { date: 'asc' } });
    const outside = races.find((r) => !dateFits(r.date as Date, fields.startDate, fields.endDate, fields.year as number));
    if (outside)
      check.add(
        fields.startDate || fields.endDate ? 'startDate' : 'year',
        `the meet's race of ${isoDay(outside.date as Date)} would fall outside its dates`,
      );
    const aliases = input.aliases == null ? null : checkAliases(check, input.aliases, fields.name);
    check.throwIfAny();
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const before = await meetSnapshot(tx, id);
        const row = await tx.meet.update({
          where: { id },
          data: { ...fields, year: fields.year as number, slug: input.slug ?? undefined },
        });
        if (source) await tx.meetSource.createMany({ data: [{ meetId: id, sourceId: await sourceId(tx, source) }], skipDuplicates: true });
        if (aliases !== null) {
          await tx.meetAlias.deleteMany({ where: { meetId: id } });
          await tx.meetAlias.createMany({ data: aliasRows(aliases).map((alias) => ({ meetId: id, ...alias })) });
        }
        await recordAudit(tx, {
          key,
          operation: 'updateMeet',
          entityType: 'Meet',
          entityId: id,
          before,
          after: await meetSnapshot(tx, id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  /** Only a meet without races (deleting races would delete results). */
  async deleteMeet(id: number, key: AuthenticatedKey): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await meetSnapshot(tx, id);
      if (!before) throw fieldError('id', 'no meet has this id');
      const races = await tx.race.count({ where: { meetId: id } });
      if (races > 0) throw fieldError('id', `${before.name} has ${races} race(s): delete them first`);
      await tx.meet.delete({ where: { id } });
      await recordAudit(tx, { key, operation: 'deleteMeet', entityType: 'Meet', entityId: id, before, after: null });
    }, TX_OPTIONS);
  }

  async createRace(input: CreateRaceInput, key: AuthenticatedKey): Promise<Race> {
    const check = new FieldCheck('input');
    const meetId = idOf(input.meet, 'Meet', 'input.meet');
    const meet = await this.prisma.meet.findUnique({ where: { id: meetId } });
    if (!meet) check.add('meet', 'no meet has this id');
    const event = await this.prisma.event.findFirst({
      where: { code: { equals: input.event.trim(), mode: 'insensitive' }, sex: input.sex },
    });
    if (!event) check.add('event', `no ${input.sex.toLowerCase()} event with code "${input.event}"`);
    this.checkRace(check, { heat: input.heat, date: input.date ?? null, windMps: input.windMps ?? null }, meet, event);
    check.throwIfAny();
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const row = await tx.race.create({
          data: {
            meetId,
            eventId: (event as { id: number }).id,
            round: input.round,
            heat: input.heat,
            date: input.date ?? null,
            status: input.status,
            windMps: input.windMps ?? null,
          },
        });
        await recordAudit(tx, { key, operation: 'createRace', entityType: 'Race', entityId: row.id, before: null, after: row });
        return row;
      }, TX_OPTIONS),
    );
  }

  async updateRace(id: number, input: UpdateRaceInput, key: AuthenticatedKey): Promise<Race> {
    const current = await this.prisma.race.findUnique({ where: { id }, include: { meet: true, event: true } });
    if (!current) throw fieldError('id', 'no race has this id');
    const check = new FieldCheck('input');
    for (const field of ['round', 'heat', 'status'] as const) if (input[field] === null) check.add(field, 'cannot be cleared');
    const next = {
      round: (input.round ?? current.round) as Round,
      heat: input.heat ?? current.heat,
      date: input.date === undefined ? current.date : input.date,
      status: (input.status ?? current.status) as RaceStatus,
      windMps: input.windMps === undefined ? (current.windMps === null ? null : Number(current.windMps)) : input.windMps,
    };
    this.checkRace(
      check,
      { heat: next.heat, date: next.date, windMps: input.windMps === undefined ? null : next.windMps },
      current.meet,
      current.event,
    );
    if (
      next.status !== 'COMPLETED' &&
      current.status === 'COMPLETED' &&
      (await this.prisma.performance.count({ where: { raceId: id } })) > 0
    ) {
      check.add('status', 'the race has results: a race with results has been run (COMPLETED)');
    }
    check.throwIfAny();
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const before = await tx.race.findUniqueOrThrow({ where: { id } });
        const row = await tx.race.update({ where: { id }, data: next });
        await recordAudit(tx, { key, operation: 'updateRace', entityType: 'Race', entityId: id, before, after: row });
        return row;
      }, TX_OPTIONS),
    );
  }

  /** Only a race without results or entries. */
  async deleteRace(id: number, key: AuthenticatedKey): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.race.findUnique({ where: { id } });
      if (!before) throw fieldError('id', 'no race has this id');
      const [performances, entries] = await Promise.all([
        tx.performance.count({ where: { raceId: id } }),
        tx.entry.count({ where: { raceId: id } }),
      ]);
      if (performances + entries > 0)
        throw fieldError('id', `the race has ${performances} result(s) and ${entries} entry(ies): delete them first`);
      await tx.race.delete({ where: { id } });
      await recordAudit(tx, { key, operation: 'deleteRace', entityType: 'Race', entityId: id, before, after: null });
    }, TX_OPTIONS);
  }

  private checkRace(
    check: FieldCheck,
    race: { heat: number; date: Date | null; windMps: number | null },
    meet: Meet | null,
    event: { code: string; windAffected: boolean } | null,
  ): void {
    if (!Number.isInteger(race.heat) || race.heat < 1) check.add('heat', 'a heat number is 1 or more');
    if (race.date && meet && !dateFits(race.date, meet.startDate, meet.endDate, meet.year)) {
      check.add(
        'date',
        meet.startDate || meet.endDate
          ? `${isoDay(race.date)} is outside the meet's dates (${meet.startDate ? isoDay(meet.startDate) : '?'} to ${meet.endDate ? isoDay(meet.endDate) : '?'})`
          : `${isoDay(race.date)} is not in ${meet.year}, the year ${meet.name} was held`,
      );
    }
    if (event) checkWindValue(check, 'windMps', race.windMps, event.windAffected, event.code);
  }

  private async championshipId(check: FieldCheck, slug: string | null | undefined): Promise<number | null> {
    if (slug === undefined || slug === null) return null;
    const row = await this.prisma.championship.findUnique({ where: { slug: slug.trim() } });
    if (!row) check.add('championship', `"${slug}" is not a known championship slug`);
    return row?.id ?? null;
  }

  private async checkMeet(check: FieldCheck, f: MeetFields): Promise<MeetFields> {
    const name = optionalText(check, 'name', f.name) ?? '';
    if (name === '') check.add('name', 'cannot be empty');
    const year = f.year ?? f.startDate?.getUTCFullYear() ?? null;
    const yearViolation = year === null ? null : checkYear('year', year);
    if (year === null) check.add('year', 'give the year the meet was held, or its start date');
    else if (yearViolation) check.addViolations(yearViolation);
    else if (f.startDate && f.startDate.getUTCFullYear() !== year) check.add('startDate', `is not in ${year}, the year the meet was held`);
    if (f.startDate && f.endDate && f.endDate < f.startDate) check.add('endDate', `is before the start date ${isoDay(f.startDate)}`);
    let countryCode = f.countryCode;
    if (countryCode !== null) {
      countryCode = countryCode.trim().toUpperCase();
      if (!(await this.prisma.country.findUnique({ where: { code: countryCode } })))
        check.add('country', `"${f.countryCode}" is not a known country code`);
    }
    check.throwIfAny();
    return {
      ...f,
      name,
      year,
      countryCode,
      venue: optionalText(check, 'venue', f.venue) ?? null,
      city: optionalText(check, 'city', f.city) ?? null,
    };
  }
}

/** Whether a race day fits a meet: within its dates where known, else in the year it was held. */
function dateFits(day: Date, start: Date | null, end: Date | null, year: number): boolean {
  if (start && day < start) return false;
  if (end && day > end) return false;
  return start || end ? true : day.getUTCFullYear() === year;
}
