// Curated edits of the reference tables: countries, events and championship series.
//
// The three tables are kept in server memory (src/modules/common/reference-table.ts) by the
// services every request reads them through; each write here invalidates its table once the
// transaction is over, so the next request reads the table again and sees the write.
import type { Championship, Country, Event as EventRow } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { checkSlug, slugify } from '../../domain';
import type { AuthenticatedKey } from '../auth/api-key.service';
import { countryEntityId, recordAudit } from '../auth/audit-log.service';
import type { AgeCategory, ChampionshipLevel, EventEnvironment, EventKind, MarkDirection, MarkUnit, Sex } from '../common/enums';
import type {
  CreateChampionshipInput,
  CreateCountryInput,
  CreateEventInput,
  UpdateChampionshipInput,
  UpdateCountryInput,
  UpdateEventInput,
} from './reference-curation.inputs';
import { optionalText, TX_OPTIONS, type Tx } from './curation-helpers';
import { FieldCheck, fieldError, mapConstraintErrors } from './field-errors';

/** What a write must tell once it is over: the in-memory copies of the tables it changed. */
export interface ReferenceTables {
  countries: { invalidate(): void };
  events: { invalidate(): void };
  championships: { invalidate(): void };
}

const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Codes as World Athletics writes them: "100", "3000SC", "4x400", "DT1.75K". */
const EVENT_CODE = /^[A-Za-z0-9][A-Za-z0-9.]{0,15}$/;

/** Which way is better, by unit: marks are compared (and ranked) by it. */
export const DIRECTION_OF_UNIT: Record<MarkUnit, MarkDirection> = {
  TIME: 'LOWER_IS_BETTER',
  DISTANCE: 'HIGHER_IS_BETTER',
  HEIGHT: 'HIGHER_IS_BETTER',
  POINTS: 'HIGHER_IS_BETTER',
};

interface EventFields {
  code: string;
  name: string;
  sex: Sex;
  kind: EventKind;
  unit: MarkUnit;
  direction: MarkDirection;
  windAffected: boolean;
  environment: EventEnvironment;
}

interface ChampionshipFields {
  name: string;
  slug: string;
  level: ChampionshipLevel;
  ageCategory: AgeCategory;
  awardsMedals: boolean;
}

export class ReferenceCurationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly tables: ReferenceTables,
  ) {}

  async createCountry(input: CreateCountryInput, key: AuthenticatedKey): Promise<Country> {
    const check = new FieldCheck('input');
    const code = input.code.trim();
    if (!COUNTRY_CODE.test(code)) check.add('code', `"${input.code}" is not three upper-case letters A-Z, e.g. "KEN"`);
    else {
      const taken = await this.prisma.country.findUnique({ where: { code } });
      if (taken) check.add('code', `${code} is already the code of ${taken.name}`);
    }
    const fields = await this.checkCountry(check, code, { name: input.name, iocCode: input.iocCode ?? null });
    check.throwIfAny();
    return this.write(this.tables.countries, async (tx) => {
      const row = await tx.country.create({ data: { code, name: fields.name, status: input.status ?? 'MEMBER', iocCode: fields.iocCode } });
      await recordAudit(tx, {
        key,
        operation: 'createCountry',
        entityType: 'Country',
        entityId: countryEntityId(code),
        before: null,
        after: row,
      });
      return row;
    });
  }

  async updateCountry(givenCode: string, input: UpdateCountryInput, key: AuthenticatedKey): Promise<Country> {
    const code = givenCode.trim().toUpperCase();
    const current = COUNTRY_CODE.test(code) ? await this.prisma.country.findUnique({ where: { code } }) : null;
    if (!current) throw fieldError('code', `no country has the code "${givenCode}"`);
    const check = new FieldCheck('input');
    for (const field of ['name', 'status'] as const) if (input[field] === null) check.add(field, 'cannot be cleared');
    const fields = await this.checkCountry(check, code, {
      name: input.name ?? current.name,
      iocCode: input.iocCode === undefined ? current.iocCode : input.iocCode,
    });
    check.throwIfAny();
    return this.write(this.tables.countries, async (tx) => {
      const before = await tx.country.findUniqueOrThrow({ where: { code } });
      const row = await tx.country.update({
        where: { code },
        data: { name: fields.name, status: input.status ?? undefined, iocCode: fields.iocCode },
      });
      await recordAudit(tx, {
        key,
        operation: 'updateCountry',
        entityType: 'Country',
        entityId: countryEntityId(code),
        before,
        after: row,
      });
      return row;
    });
  }

  async createEvent(input: CreateEventInput, key: AuthenticatedKey): Promise<EventRow> {
    const check = new FieldCheck('input');
    const fields = await this.checkEvent(check, null, {
      code: input.code,
      name: input.name,
      sex: input.sex,
      kind: input.kind,
      unit: input.unit,
      direction: input.direction ?? DIRECTION_OF_UNIT[input.unit],
      windAffected: input.windAffected ?? false,
      environment: input.environment ?? 'BOTH',
    });
    return this.write(this.tables.events, async (tx) => {
      const row = await tx.event.create({ data: fields });
      await recordAudit(tx, { key, operation: 'createEvent', entityType: 'Event', entityId: row.id, before: null, after: row });
      return row;
    });
  }

  async updateEvent(id: number, input: UpdateEventInput, key: AuthenticatedKey): Promise<EventRow> {
    const current = await this.prisma.event.findUnique({ where: { id } });
    if (!current) throw fieldError('id', 'no event has this id');
    const check = new FieldCheck('input');
    for (const field of ['code', 'name', 'sex', 'kind', 'unit', 'direction', 'windAffected', 'environment'] as const) {
      if (input[field] === null) check.add(field, 'cannot be cleared');
    }
    const unit = (input.unit ?? current.unit) as MarkUnit;
    const next: EventFields = {
      code: input.code ?? current.code,
      name: input.name ?? current.name,
      sex: (input.sex ?? current.sex) as Sex,
      kind: (input.kind ?? current.kind) as EventKind,
      unit,
      // A new unit brings its direction unless one is given.
      direction: (input.direction ?? (input.unit != null ? DIRECTION_OF_UNIT[unit] : current.direction)) as MarkDirection,
      windAffected: input.windAffected ?? current.windAffected,
      environment: (input.environment ?? current.environment) as EventEnvironment,
    };
    // What its races and results already say about it.
    const races = await this.prisma.race.count({ where: { eventId: id } });
    if (races > 0) {
      const of = `${current.code} (${current.sex}) has ${races} race(s)`;
      if (next.unit !== current.unit)
        check.add('unit', `${of}: their marks are stored in ${current.unit.toLowerCase()} units; it stays ${current.unit}`);
      if (next.unit === current.unit && next.direction !== current.direction)
        check.add('direction', `${of}: their results are ranked ${current.direction}; it stays so`);
      if (next.sex !== current.sex) check.add('sex', `${of} run by ${current.sex} athletes; it stays ${current.sex}`);
    }
    if (current.windAffected && !next.windAffected) {
      const [raceWinds, resultWinds] = await Promise.all([
        this.prisma.race.count({ where: { eventId: id, windMps: { not: null } } }),
        this.prisma.performance.count({ where: { race: { eventId: id }, windMps: { not: null } } }),
      ]);
      if (raceWinds + resultWinds > 0) {
        check.add(
          'windAffected',
          `${raceWinds} race(s) and ${resultWinds} result(s) of ${current.code} have a wind reading: clear those first`,
        );
      }
    }
    const fields = await this.checkEvent(check, id, next);
    const fixedByRaces = fields.unit !== current.unit || fields.direction !== current.direction || fields.sex !== current.sex;
    return this.write(this.tables.events, async (tx) => {
      if (fixedByRaces) {
        // A race inserted meanwhile takes a key-share lock on its event: holding the row, no race
        // can be added between this count and the commit.
        await tx.$executeRaw`SELECT 1 FROM events WHERE id = ${id} FOR UPDATE`;
        const now = await tx.race.count({ where: { eventId: id } });
        if (now > 0)
          throw fieldError(
            fields.unit !== current.unit ? 'input.unit' : fields.direction !== current.direction ? 'input.direction' : 'input.sex',
            `${current.code} (${current.sex}) has ${now} race(s) now: it keeps its unit, direction and sex`,
          );
      }
      const before = await tx.event.findUniqueOrThrow({ where: { id } });
      const row = await tx.event.update({ where: { id }, data: fields });
      await recordAudit(tx, { key, operation: 'updateEvent', entityType: 'Event', entityId: id, before, after: row });
      return row;
    });
  }

  async createChampionship(input: CreateChampionshipInput, key: AuthenticatedKey): Promise<Championship> {
    const check = new FieldCheck('input');
    const fields = await this.checkChampionship(check, null, {
      name: input.name,
      slug: input.slug ?? null,
      level: input.level,
      ageCategory: input.ageCategory ?? 'SENIOR',
      awardsMedals: input.awardsMedals ?? input.level !== 'CIRCUIT',
    });
    return this.write(this.tables.championships, async (tx) => {
      const row = await tx.championship.create({ data: fields });
      await recordAudit(tx, {
        key,
        operation: 'createChampionship',
        entityType: 'Championship',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  async updateChampionship(id: number, input: UpdateChampionshipInput, key: AuthenticatedKey): Promise<Championship> {
    const current = await this.prisma.championship.findUnique({ where: { id } });
    if (!current) throw fieldError('id', 'no championship has this id');
    const check = new FieldCheck('input');
    for (const field of ['name', 'slug', 'level', 'ageCategory', 'awardsMedals'] as const) {
      if (input[field] === null) check.add(field, 'cannot be cleared');
    }
    const fields = await this.checkChampionship(check, id, {
      name: input.name ?? current.name,
      slug: input.slug ?? current.slug,
      level: (input.level ?? current.level) as ChampionshipLevel,
      ageCategory: (input.ageCategory ?? current.ageCategory) as AgeCategory,
      awardsMedals: input.awardsMedals ?? current.awardsMedals,
    });
    return this.write(this.tables.championships, async (tx) => {
      const before = await tx.championship.findUniqueOrThrow({ where: { id } });
      const row = await tx.championship.update({ where: { id }, data: fields });
      await recordAudit(tx, { key, operation: 'updateChampionship', entityType: 'Championship', entityId: id, before, after: row });
      return row;
    });
  }

  /** Runs the write in a transaction (constraint violations as field errors), then has the table's in-memory copy read again. */
  private async write<T>(table: { invalidate(): void }, write: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await mapConstraintErrors('input', () => this.prisma.$transaction(write, TX_OPTIONS));
    } finally {
      // Also after a failure: a commit whose answer was lost is then seen too.
      table.invalidate();
    }
  }

  private async checkCountry(
    check: FieldCheck,
    code: string,
    f: { name: string; iocCode: string | null },
  ): Promise<{ name: string; iocCode: string | null }> {
    const name = requiredText(check, 'name', f.name);
    if (name) {
      const namesake = await this.prisma.country.findFirst({ where: { name: { equals: name, mode: 'insensitive' }, NOT: { code } } });
      if (namesake) check.add('name', `${namesake.code} is already called ${namesake.name}`);
    }
    let iocCode = f.iocCode;
    if (iocCode !== null) {
      iocCode = iocCode.trim();
      if (!COUNTRY_CODE.test(iocCode))
        check.add('iocCode', `"${f.iocCode}" is not three upper-case letters A-Z, e.g. "EOR" (give null when the IOC has no code)`);
    }
    return { name, iocCode };
  }

  /** Every problem of an event's fields at once; `id` is the event's own (null for a new one). */
  private async checkEvent(check: FieldCheck, id: number | null, f: EventFields): Promise<EventFields> {
    const code = f.code.trim();
    if (!EVENT_CODE.test(code))
      check.add('code', `"${f.code}" is not an event code: letters, digits and ".", at most 16, e.g. "3000SC", "4x400"`);
    else {
      // Codes are looked up in any case (createRace, bests, imports): "3000sc" would shadow "3000SC".
      const taken = await this.prisma.event.findFirst({
        where: { code: { equals: code, mode: 'insensitive' }, sex: f.sex, ...(id === null ? {} : { NOT: { id } }) },
      });
      if (taken) check.add('code', `the ${f.sex.toLowerCase()} event ${taken.code} (${taken.name}) exists`);
    }
    const name = requiredText(check, 'name', f.name);
    if (f.direction !== DIRECTION_OF_UNIT[f.unit] && !check.has('direction')) {
      check.add('direction', `${f.unit} marks are ${DIRECTION_OF_UNIT[f.unit]}, not ${f.direction}`);
    }
    if ((f.unit === 'POINTS') !== (f.kind === 'COMBINED')) {
      check.add(
        'unit',
        f.kind === 'COMBINED' ? 'a combined event is scored in POINTS' : `only combined events are scored in POINTS, not a ${f.kind} event`,
      );
    } else if (f.kind === 'FIELD' && f.unit !== 'DISTANCE' && f.unit !== 'HEIGHT') {
      check.add('unit', 'a field event measures a DISTANCE or a HEIGHT');
    } else if (f.unit === 'HEIGHT' && f.kind !== 'FIELD') {
      check.add('unit', `only the vertical jumps (FIELD) measure a HEIGHT, not a ${f.kind} event`);
    }
    if (f.windAffected && f.environment === 'INDOOR') {
      check.add('windAffected', 'an INDOOR event has no wind reading (make it OUTDOOR or BOTH, or windAffected false)');
    }
    check.throwIfAny();
    return { ...f, code, name };
  }

  private async checkChampionship(
    check: FieldCheck,
    id: number | null,
    f: Omit<ChampionshipFields, 'slug'> & { slug: string | null },
  ): Promise<ChampionshipFields> {
    const name = requiredText(check, 'name', f.name);
    let slug = f.slug?.trim() ?? null;
    // A slug made from the name: a clash then says the series exists, under its name.
    const slugField = slug === null ? 'name' : 'slug';
    if (slug !== null) check.addViolations(checkSlug('slug', slug, 'world-indoor-championships'));
    if (slug === null && name) {
      try {
        slug = slugify(name);
      } catch {
        check.add('name', 'needs Latin letters or digits (the slug is made from it), or give a slug');
      }
    }
    if (slug !== null && !check.has('slug')) {
      const taken = await this.prisma.championship.findFirst({ where: { slug, ...(id === null ? {} : { NOT: { id } }) } });
      if (taken)
        check.add(
          slugField,
          `${taken.name} has the slug "${slug}"${slugField === 'name' ? ' (made from the name): give another slug if this is another series' : ''}`,
        );
    }
    check.throwIfAny();
    return { ...f, name, slug: slug as string };
  }
}

/** Text that must be given: trimmed, not empty, at most 200 characters. */
function requiredText(check: FieldCheck, field: string, value: string): string {
  const text = optionalText(check, field, value) ?? '';
  if (text === '') check.add(field, 'cannot be empty');
  return text;
}
