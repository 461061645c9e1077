// Curated edits of athletes: create, correct, delete, and merge two records of one person.
import type { Athlete } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import {
  checkSlug,
  describeDisagreements,
  ExternalIdError,
  externalIdText,
  foldName,
  parseExternalId,
  raceName,
  resultAgreement,
  slugify,
  type CombinedFacts,
  type ExternalId,
  type PerformanceNote,
  type ResultDisagreement,
  type Round,
  type Sex,
} from '../../domain';
import type { AuthenticatedKey } from '../auth/api-key.service';
import { recordAudit } from '../auth/audit-log.service';
import { encodeGlobalId } from '../common/relay';
import { resultFacts } from '../results/result-facts';
import type { CreateAthleteInput, UpdateAthleteInput } from './curation.inputs';
import { checkAliases } from './aliases';
import { freeSlug, isoDay, optionalText, TX_OPTIONS, type Tx } from './curation-helpers';
import { FieldCheck, fieldError, mapConstraintErrors } from './field-errors';

interface AthleteFields {
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  sex: Sex;
  birthDate: Date | null;
  countryCode: string | null;
  slug: string | null;
  aliases: string[] | null;
  /** As given ("SYSTEM:value"); null: left as they are. */
  externalIds: string[] | null;
}

/** The fields checked: names trimmed, external ids parsed. */
type CheckedAthleteFields = Omit<AthleteFields, 'externalIds'> & { externalIds: ExternalId[] | null };

const withNames = { aliases: { orderBy: { id: 'asc' as const } }, externalIds: { orderBy: { system: 'asc' as const } } };

/** What the audit log keeps of an athlete. */
async function athleteSnapshot(tx: Tx, id: number) {
  const row = await tx.athlete.findUnique({ where: { id }, include: withNames });
  return row && { ...row, aliases: row.aliases.map((a) => a.name), externalIds: row.externalIds.map(externalIdText) };
}

export class AthleteCurationService {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: CreateAthleteInput, key: AuthenticatedKey): Promise<Athlete> {
    const fields = await this.check({
      displayName: input.displayName,
      givenName: input.givenName ?? null,
      familyName: input.familyName ?? null,
      sex: input.sex,
      birthDate: input.birthDate ?? null,
      countryCode: input.country ?? null,
      slug: input.slug ?? null,
      aliases: input.aliases ?? [],
      externalIds: input.externalIds ?? [],
    });
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const slug = fields.slug ?? (await freeSlug(tx, 'athlete', slugify(fields.displayName)));
        const row = await tx.athlete.create({
          data: {
            slug,
            displayName: fields.displayName,
            searchName: foldName(fields.displayName),
            givenName: fields.givenName,
            familyName: fields.familyName,
            sex: fields.sex,
            birthDate: fields.birthDate,
            countryCode: fields.countryCode,
            aliases: { create: (fields.aliases ?? []).map((name) => ({ name, searchName: foldName(name) })) },
            externalIds: { create: fields.externalIds ?? [] },
          },
        });
        await recordAudit(tx, {
          key,
          operation: 'createAthlete',
          entityType: 'Athlete',
          entityId: row.id,
          before: null,
          after: await athleteSnapshot(tx, row.id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  async update(id: number, input: UpdateAthleteInput, key: AuthenticatedKey): Promise<Athlete> {
    const current = await this.prisma.athlete.findUnique({ where: { id } });
    if (!current) throw fieldError('id', 'no athlete has this id');
    const check = new FieldCheck('input');
    if (input.displayName === null) check.add('displayName', 'an athlete always has a display name');
    if (input.sex === null) check.add('sex', 'an athlete always has a sex category');
    if (input.slug === null) check.add('slug', 'an athlete always has a slug');
    check.throwIfAny();
    const fields = await this.check(
      {
        displayName: input.displayName ?? current.displayName,
        givenName: input.givenName === undefined ? current.givenName : input.givenName,
        familyName: input.familyName === undefined ? current.familyName : input.familyName,
        sex: input.sex ?? (current.sex as Sex),
        birthDate: input.birthDate === undefined ? current.birthDate : input.birthDate,
        countryCode: input.country === undefined ? current.countryCode : input.country,
        slug: input.slug ?? null,
        aliases: input.aliases ?? null,
        externalIds: input.externalIds ?? null,
      },
      id,
    );
    return mapConstraintErrors('input', () =>
      this.prisma.$transaction(async (tx) => {
        const before = await athleteSnapshot(tx, id);
        const row = await tx.athlete.update({
          where: { id },
          data: {
            slug: fields.slug ?? undefined,
            displayName: fields.displayName,
            searchName: foldName(fields.displayName),
            givenName: fields.givenName,
            familyName: fields.familyName,
            sex: fields.sex,
            birthDate: fields.birthDate,
            countryCode: fields.countryCode,
          },
        });
        if (fields.aliases !== null) {
          await tx.athleteAlias.deleteMany({ where: { athleteId: id } });
          await tx.athleteAlias.createMany({ data: fields.aliases.map((name) => ({ athleteId: id, name, searchName: foldName(name) })) });
        }
        if (fields.externalIds !== null) {
          await tx.athleteExternalId.deleteMany({ where: { athleteId: id } });
          await tx.athleteExternalId.createMany({ data: fields.externalIds.map((x) => ({ athleteId: id, ...x })) });
        }
        await recordAudit(tx, {
          key,
          operation: 'updateAthlete',
          entityType: 'Athlete',
          entityId: id,
          before,
          after: await athleteSnapshot(tx, id),
        });
        return row;
      }, TX_OPTIONS),
    );
  }

  /** Only an athlete without results or entries: merge the others into the right record instead. */
  async delete(id: number, key: AuthenticatedKey): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await athleteSnapshot(tx, id);
      if (!before) throw fieldError('id', 'no athlete has this id');
      const [performances, entries, legs] = await Promise.all([
        tx.performance.count({ where: { athleteId: id } }),
        tx.entry.count({ where: { athleteId: id } }),
        tx.relayLeg.count({ where: { athleteId: id } }),
      ]);
      if (performances + entries + legs > 0) {
        throw fieldError(
          'id',
          `${before.displayName} has ${performances} performance(s) and ${entries} entry(ies)${legs > 0 ? ` (and ${legs} relay leg(s))` : ''}: delete those first, or merge the athlete into another with mergeAthletes`,
        );
      }
      await tx.athlete.delete({ where: { id } });
      await recordAudit(tx, { key, operation: 'deleteAthlete', entityType: 'Athlete', entityId: id, before, after: null });
    }, TX_OPTIONS);
  }

  /**
   * Moves `remove`'s performances, entries and external ids to `keep`, keeps its names as
   * aliases and fills what `keep` lacks (date of birth, country, names), then deletes it.
   * Where both have a result in one race, the two must agree (resultAgreement): `keep`'s is
   * kept, completed from the other (wind, notes, photo finish) and linked to the sources of
   * both. Refused, naming the race, the field and both values, when they disagree; refused,
   * naming the system, when the two hold different ids of one system.
   */
  async merge(keepId: number, removeId: number, key: AuthenticatedKey): Promise<Athlete> {
    if (keepId === removeId) throw fieldError('remove', 'is the same athlete as keep');
    return this.prisma.$transaction(async (tx) => {
      const keep = await athleteSnapshot(tx, keepId);
      if (!keep) throw fieldError('keep', 'no athlete has this id');
      const remove = await athleteSnapshot(tx, removeId);
      if (!remove) throw fieldError('remove', 'no athlete has this id');
      if (keep.sex !== remove.sex)
        throw fieldError(
          'remove',
          `${remove.displayName} competes as ${remove.sex}, ${keep.displayName} as ${keep.sex}: not the same person`,
        );
      if (keep.birthDate && remove.birthDate && keep.birthDate.getTime() !== remove.birthDate.getTime()) {
        throw fieldError(
          'remove',
          `born ${isoDay(remove.birthDate)}, ${keep.displayName} on ${isoDay(keep.birthDate)}: not the same person`,
        );
      }
      const externalIds = await tx.athleteExternalId.findMany({
        where: { athleteId: { in: [keepId, removeId] } },
        orderBy: { system: 'asc' },
      });
      for (const removed of externalIds.filter((x) => x.athleteId === removeId)) {
        const kept = externalIds.find((x) => x.athleteId === keepId && x.system === removed.system);
        if (kept && kept.value !== removed.value) {
          throw fieldError(
            'remove',
            `${remove.displayName} has the ${removed.system} id ${removed.value}, ${keep.displayName} ${kept.value}: one person has one ${removed.system} id (correct the wrong one first)`,
            { system: removed.system },
          );
        }
      }

      // Results in one race: one is kept when they agree; the merge is refused when they do not.
      const shared = await tx.performance.findMany({
        where: { athleteId: removeId, race: { performances: { some: { athleteId: keepId } } } },
        include: {
          sources: true,
          race: { include: { meet: true, event: true, performances: { where: { athleteId: keepId }, include: { sources: true } } } },
        },
        orderBy: { raceId: 'asc' },
      });
      const combined: Array<{ keptId: number; removedId: number; facts: CombinedFacts; sourceIds: number[] }> = [];
      const disagreeing: Array<{ raceId: number; name: string; disagreements: ResultDisagreement[] }> = [];
      for (const removed of shared) {
        const kept = removed.race.performances[0];
        const verdict = resultAgreement(resultFacts(kept), resultFacts(removed));
        if (verdict.agree)
          combined.push({
            keptId: kept.id,
            removedId: removed.id,
            facts: verdict.combined,
            sourceIds: removed.sources.map((s) => s.sourceId),
          });
        else {
          const race = removed.race;
          const name = `${raceName({ name: race.event.name, sex: race.event.sex as Sex }, { round: race.round as Round, heat: race.heat })} of ${race.meet.name}`;
          disagreeing.push({ raceId: race.id, name, disagreements: verdict.disagreements });
        }
      }
      if (disagreeing.length > 0) {
        const [first] = disagreeing;
        const more = disagreeing.length > 1 ? ` (and ${disagreeing.length - 1} more race(s))` : '';
        throw fieldError(
          'remove',
          `both athletes have a result in the ${first.name} that disagree: ${describeDisagreements(first.disagreements)}${more}; correct or delete one of the two results first`,
          {
            raceId: encodeGlobalId('Race', first.raceId),
            raceIds: disagreeing.map((d) => encodeGlobalId('Race', d.raceId)),
            disagreements: first.disagreements,
          },
        );
      }
      for (const c of combined) {
        await tx.performanceSource.createMany({
          data: c.sourceIds.map((sourceId) => ({ performanceId: c.keptId, sourceId })),
          skipDuplicates: true,
        });
        await tx.performance.delete({ where: { id: c.removedId } });
        await tx.performance.update({ where: { id: c.keptId }, data: { ...c.facts, notes: c.facts.notes as PerformanceNote[] } });
      }

      // Entries: both entered in one race keep one entry, with the sources of both.
      const duplicateEntries = await tx.entry.findMany({
        where: { athleteId: removeId, race: { entries: { some: { athleteId: keepId } } } },
      });
      for (const entry of duplicateEntries) {
        const kept = await tx.entry.findUniqueOrThrow({ where: { raceId_athleteId: { raceId: entry.raceId, athleteId: keepId } } });
        const sources = await tx.entrySource.findMany({ where: { entryId: entry.id } });
        await tx.entrySource.createMany({ data: sources.map((s) => ({ entryId: kept.id, sourceId: s.sourceId })), skipDuplicates: true });
        await tx.entry.delete({ where: { id: entry.id } });
      }
      const moved = await tx.performance.updateMany({ where: { athleteId: removeId }, data: { athleteId: keepId } });
      const movedEntries = await tx.entry.updateMany({ where: { athleteId: removeId }, data: { athleteId: keepId } });
      // Relay legs: one person cannot run two legs of one team, so two records in one team are two people.
      const sameTeam = await tx.relayLeg.count({ where: { athleteId: removeId, relayTeam: { legs: { some: { athleteId: keepId } } } } });
      if (sameTeam > 0) throw fieldError('remove', 'ran another leg of the same relay team as keep: they are two people');
      await tx.relayLeg.updateMany({ where: { athleteId: removeId }, data: { athleteId: keepId } });
      // The same id on both is impossible (unique system and value): each of remove's is new to keep.
      const movedIds = await tx.athleteExternalId.updateMany({ where: { athleteId: removeId }, data: { athleteId: keepId } });

      // The removed record's names live on as aliases of the kept one.
      const known = new Set([foldName(keep.displayName), ...keep.aliases.map(foldName)]);
      const aliases: Array<{ athleteId: number; name: string; searchName: string }> = [];
      for (const name of [remove.displayName, ...remove.aliases]) {
        const folded = foldName(name);
        if (known.has(folded)) continue;
        known.add(folded);
        aliases.push({ athleteId: keepId, name, searchName: folded });
      }
      await tx.athleteAlias.createMany({ data: aliases });
      await tx.athlete.delete({ where: { id: removeId } });
      const row = await tx.athlete.update({
        where: { id: keepId },
        data: {
          birthDate: keep.birthDate ?? remove.birthDate,
          countryCode: keep.countryCode ?? remove.countryCode,
          givenName: keep.givenName ?? remove.givenName,
          familyName: keep.familyName ?? remove.familyName,
        },
      });
      const after = await athleteSnapshot(tx, keepId);
      const merged = {
        performancesMoved: moved.count,
        performancesCombined: combined.length,
        entriesMoved: movedEntries.count,
        entriesCombined: duplicateEntries.length,
        externalIdsMoved: movedIds.count,
      };
      await recordAudit(tx, {
        key,
        operation: 'mergeAthletes',
        entityType: 'Athlete',
        entityId: keepId,
        before: keep,
        after: { ...after, merged: { from: remove.id, ...merged } },
      });
      await recordAudit(tx, {
        key,
        operation: 'mergeAthletes',
        entityType: 'Athlete',
        entityId: removeId,
        before: remove,
        after: { mergedInto: keepId, ...merged },
      });
      return row;
    }, TX_OPTIONS);
  }

  /** Every problem of the athlete's fields at once, as field errors of `input`. */
  private async check(f: AthleteFields, athleteId: number | null = null): Promise<CheckedAthleteFields> {
    const check = new FieldCheck('input');
    const displayName = optionalText(check, 'displayName', f.displayName) ?? '';
    if (displayName === '') check.add('displayName', 'cannot be empty');
    else {
      try {
        slugify(displayName);
      } catch {
        check.add('displayName', 'needs Latin letters or digits (the slug is made from it)');
      }
    }
    const givenName = optionalText(check, 'givenName', f.givenName) ?? null;
    const familyName = optionalText(check, 'familyName', f.familyName) ?? null;
    if (f.birthDate) {
      if (f.birthDate.getTime() > Date.now()) check.add('birthDate', 'is in the future');
      else if (f.birthDate.getUTCFullYear() < 1850) check.add('birthDate', 'is before 1850');
    }
    let countryCode = f.countryCode;
    if (countryCode !== null) {
      countryCode = countryCode.trim().toUpperCase();
      if (!(await this.prisma.country.findUnique({ where: { code: countryCode } })))
        check.add('country', `"${f.countryCode}" is not a known country code`);
    }
    if (f.slug !== null) check.addViolations(checkSlug('slug', f.slug, 'amos-serem'));
    const aliases = f.aliases === null ? null : checkAliases(check, f.aliases, displayName);
    const externalIds = f.externalIds === null ? null : await this.checkExternalIds(check, f.externalIds, athleteId);
    check.throwIfAny();
    return { ...f, displayName, givenName, familyName, countryCode, aliases, externalIds };
  }

  /**
   * External ids as given, parsed; a problem is a field error of `externalIds.N`: a malformed
   * id, a second id of one system, an id another athlete holds. The same id twice counts once.
   */
  private async checkExternalIds(check: FieldCheck, given: string[], athleteId: number | null): Promise<ExternalId[]> {
    const ids: Array<{ index: number; id: ExternalId }> = [];
    for (const [index, text] of given.entries()) {
      let id: ExternalId;
      try {
        id = parseExternalId(text);
      } catch (error) {
        if (!(error instanceof ExternalIdError)) throw error;
        check.add(`externalIds.${index}`, error.message);
        continue;
      }
      const first = ids.find((x) => x.id.system === id.system);
      if (!first) ids.push({ index, id });
      else if (first.id.value !== id.value) {
        check.add(
          `externalIds.${index}`,
          `a second ${id.system} id (externalIds.${first.index} is ${externalIdText(first.id)}): an athlete has at most one id a system`,
        );
      }
    }
    if (ids.length > 0) {
      const held = await this.prisma.athleteExternalId.findMany({
        where: { OR: ids.map(({ id }) => id), ...(athleteId === null ? {} : { athleteId: { not: athleteId } }) },
        include: { athlete: { select: { slug: true } } },
      });
      for (const other of held) {
        const { index } = ids.find(({ id }) => id.system === other.system && id.value === other.value) as { index: number };
        check.add(
          `externalIds.${index}`,
          `${externalIdText(other)} is the id of another athlete, "${other.athlete.slug}" (if they are one person, merge them with mergeAthletes)`,
        );
      }
    }
    return ids.map(({ id }) => id);
  }
}
