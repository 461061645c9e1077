// Curated edits of performances (results), checked as the import checks rows.
import type { Performance as PerformanceRow } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import {
  checkPlace,
  MarkParseError,
  parseMark,
  type MarkUnit,
  type ParsedMark,
  type PerformanceNote,
  type PerformanceStatus,
} from '../../domain';
import type { AuthenticatedKey } from '../auth/api-key.service';
import { recordAudit } from '../auth/audit-log.service';
import type { CreatePerformanceInput, UpdatePerformanceInput } from './curation.inputs';
import { checkSourceReference, checkWindValue, idOf, sourceId, TX_OPTIONS, type Tx } from './curation-helpers';
import { FieldCheck, fieldError, mapConstraintErrors } from './field-errors';

interface PerformanceFields {
  place: number | null;
  tied: boolean;
  mark: ParsedMark | null;
  status: PerformanceStatus;
  windMps: number | null;
  notes: PerformanceNote[];
  photoFinish: boolean;
}

interface RaceContext {
  id: number;
  status: string;
  event: { code: string; unit: string; windAffected: boolean };
}

async function performanceSnapshot(tx: Tx, id: number) {
  const row = await tx.performance.findUnique({ where: { id }, include: { sources: { include: { source: true } } } });
  return row && { ...row, sources: row.sources.map((s) => s.source.reference) };
}

export class PerformanceCurationService {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: CreatePerformanceInput, key: AuthenticatedKey): Promise<PerformanceRow> {
    const check = new FieldCheck('input');
    const raceId = idOf(input.race, 'Race', 'input.race');
    const athleteId = idOf(input.athlete, 'Athlete', 'input.athlete');
    const race = await this.prisma.race.findUnique({ where: { id: raceId }, include: { event: true } });
    if (!race) check.add('race', 'no race has this id');
    const athlete = await this.prisma.athlete.findUnique({ where: { id: athleteId } });
    if (!athlete) check.add('athlete', 'no athlete has this id');
    const source = checkSourceReference(check, 'source', input.source);
    if (race?.status === 'CANCELLED') check.add('race', 'the race was cancelled: it has no results');
    check.throwIfAny();
    const fields = this.check(check, race as RaceContext, {
      place: input.place ?? null,
      tied: input.tied ?? false,
      mark: input.mark ?? null,
      status: input.status,
      windMps: input.windMps ?? null,
      notes: input.notes ?? [],
      photoFinish: input.photoFinish ?? false,
    });
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        await checkPlaceFree(tx, raceId, null, fields);
        const row = await tx.performance.create({
          data: {
            raceId,
            athleteId,
            ...columns(fields),
            // Competed for: the athlete's country at the time it is recorded.
            countryCode: athlete?.countryCode ?? null,
            sources: { create: { sourceId: await sourceId(tx, source as string) } },
          },
        });
        // A race with a result has been run.
        if (race?.status === 'SCHEDULED') await tx.race.update({ where: { id: raceId }, data: { status: 'COMPLETED' } });
        await recordAudit(tx, {
          key,
          operation: 'createPerformance',
          entityType: 'Performance',
          entityId: row.id,
          before: null,
          after: await performanceSnapshot(tx, row.id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  async update(id: number, input: UpdatePerformanceInput, key: AuthenticatedKey): Promise<PerformanceRow> {
    const current = await this.prisma.performance.findUnique({ where: { id }, include: { race: { include: { event: true } } } });
    if (!current) throw fieldError('id', 'no performance has this id');
    const check = new FieldCheck('input');
    for (const field of ['status', 'photoFinish', 'tied'] as const) if (input[field] === null) check.add(field, 'cannot be cleared');
    const source = checkSourceReference(check, 'source', input.source);
    const fields = this.check(
      check,
      current.race,
      {
        place: input.place === undefined ? current.place : input.place,
        // A result that loses its place loses its tie.
        tied: input.tied ?? (input.place === null ? false : current.tied),
        mark: input.mark === undefined ? current.markText : input.mark,
        status: (input.status ?? current.status) as PerformanceStatus,
        windMps: input.windMps === undefined ? (current.windMps === null ? null : Number(current.windMps)) : input.windMps,
        notes: (input.notes ?? current.notes) as PerformanceNote[],
        photoFinish: input.photoFinish ?? current.photoFinish,
      },
      input.windMps === undefined,
    );
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const before = await performanceSnapshot(tx, id);
        await checkPlaceFree(tx, current.raceId, id, fields);
        const row = await tx.performance.update({ where: { id }, data: columns(fields) });
        if (source)
          await tx.performanceSource.createMany({
            data: [{ performanceId: id, sourceId: await sourceId(tx, source) }],
            skipDuplicates: true,
          });
        await recordAudit(tx, {
          key,
          operation: 'updatePerformance',
          entityType: 'Performance',
          entityId: id,
          before,
          after: await performanceSnapshot(tx, id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  async delete(id: number, key: AuthenticatedKey): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await performanceSnapshot(tx, id);
      if (!before) throw fieldError('id', 'no performance has this id');
      await tx.performance.delete({ where: { id } });
      await recordAudit(tx, { key, operation: 'deletePerformance', entityType: 'Performance', entityId: id, before, after: null });
    }, TX_OPTIONS);
  }

  /** The rules of a result, said per field (the import applies the same ones to rows). */
  private check(
    check: FieldCheck,
    race: RaceContext,
    f: {
      place: number | null;
      tied: boolean;
      mark: string | null;
      status: PerformanceStatus;
      windMps: number | null;
      notes: PerformanceNote[];
      photoFinish: boolean;
    },
    windUnchanged = false,
  ): PerformanceFields {
    if (f.place !== null) check.addViolations(checkPlace('place', f.place));
    let mark: ParsedMark | null = null;
    if (f.mark !== null) {
      try {
        mark = parseMark(f.mark, race.event.unit as MarkUnit);
      } catch (error) {
        if (!(error instanceof MarkParseError)) throw error;
        check.add('mark', error.message);
      }
    }
    if (!windUnchanged) checkWindValue(check, 'windMps', f.windMps, race.event.windAffected, race.event.code);
    if (f.status !== 'FINISHED') {
      if (f.place !== null) check.add('place', `a ${f.status} has no place (give place: null)`);
      if (f.mark !== null) check.add('mark', `a ${f.status} has no mark (give mark: null)`);
      if (f.windMps !== null) check.add('windMps', `a ${f.status} has no wind reading`);
    } else if (f.place === null && f.mark === null && !f.notes.includes('Q') && !f.notes.includes('q')) {
      check.add('place', 'a finisher needs a place or a mark (or a Q/q note when the source only says the athlete advanced)');
    }
    if (f.photoFinish && f.place === null) check.add('photoFinish', 'a photo finish decides a place: give the place');
    if (f.tied && f.place === null) check.add('tied', 'only a place can be shared: give the place');
    check.throwIfAny();
    return {
      place: f.place,
      tied: f.tied,
      mark,
      status: f.status,
      windMps: f.windMps,
      notes: [...new Set(f.notes)],
      photoFinish: f.photoFinish,
    };
  }
}

/**
 * No fabricated ties, said by name: a place not shared is held by one result of the race,
 * a shared one is shared by every result holding it. (The database refuses the same:
 * performances_place_held_alone and its trigger.)
 */
async function checkPlaceFree(tx: Tx, raceId: number, id: number | null, f: PerformanceFields): Promise<void> {
  if (f.place === null) return;
  const holders = await tx.performance.findMany({
    where: { raceId, place: f.place, ...(id === null ? {} : { id: { not: id } }) },
    include: { athlete: { select: { displayName: true } } },
    orderBy: { id: 'asc' },
  });
  const names = holders.map((h) => h.athlete.displayName).join(', ');
  if (holders.length === 0) return;
  if (!f.tied)
    throw fieldError('input.place', `place ${f.place} is held by ${names}: a tie is tied: true in every result that shares the place`);
  const alone = holders.filter((h) => !h.tied);
  if (alone.length > 0) {
    throw fieldError(
      'input.tied',
      `${alone.map((h) => h.athlete.displayName).join(', ')} holds place ${f.place} alone: mark that result tied first`,
    );
  }
}

function columns(f: PerformanceFields) {
  return {
    place: f.place,
    tied: f.tied,
    markValue: f.mark?.value ?? null,
    markText: f.mark?.text ?? null,
    precision: f.mark?.precision ?? null,
    windMps: f.windMps,
    status: f.status,
    notes: f.notes,
    photoFinish: f.photoFinish,
  };
}
