// The audit log: one entry per write (who, when, what, before and after), written in the
// write's own transaction so that the log and the data never disagree.
import type { AuditLogEntry, Prisma } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';
import type { AuthenticatedKey } from './api-key.service';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export const AUDITED_TYPES = ['Athlete', 'Meet', 'Race', 'Performance', 'Import', 'Country', 'Event', 'Championship'] as const;
export type AuditedType = (typeof AUDITED_TYPES)[number];

/**
 * audit_log.entity_id is an integer, and a country is keyed by its three-letter code: the
 * log keeps the letters' character codes, two digits each ("KEN" 75 69 78: 756978).
 */
export function countryEntityId(code: string): number {
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`not a country code: "${code}"`);
  return Number([...code].map((c) => c.charCodeAt(0)).join(''));
}

/** The country code countryEntityId made this number from, or null. */
export function countryCodeOfEntityId(entityId: number): string | null {
  const code = String.fromCharCode(...(String(entityId).match(/\d\d/g) ?? []).map(Number));
  return /^[A-Z]{3}$/.test(code) && countryEntityId(code) === entityId ? code : null;
}

export interface AuditRecord {
  key: AuthenticatedKey;
  operation: string;
  entityType: AuditedType;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** Plain JSON of a row: dates as ISO strings, decimals as numbers. */
export function snapshot(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === null || value === undefined) return null as unknown as typeof Prisma.JsonNull;
  return JSON.parse(JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && v.constructor?.name === 'Decimal' ? Number(v) : v)));
}

export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
  const json = (v: unknown) => (v === null || v === undefined ? undefined : (snapshot(v) as Prisma.InputJsonValue));
  await tx.auditLogEntry.create({
    data: {
      apiKeyId: entry.key.id,
      actor: entry.key.name,
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}

export interface AuditLogQuery extends PageArgs {
  entityType?: AuditedType | null;
  entityId?: number | null;
}

export class AuditLogService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Newest first (by sequence number: a stable keyset). */
  async list(args: AuditLogQuery): Promise<Page<AuditLogEntry>> {
    checkPageSize(args.first);
    const filter: Prisma.AuditLogEntryWhereInput = {};
    if (args.entityType) filter.entityType = args.entityType;
    if (args.entityId != null) filter.entityId = args.entityId;
    const where: Prisma.AuditLogEntryWhereInput = { ...filter };
    if (args.after) {
      const [id] = decodeCursor(args.after, 1);
      if (typeof id !== 'number') throw badUserInput('after', 'is not a cursor of this list');
      where.id = { lt: id };
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditLogEntry.findMany({ where, orderBy: { id: 'desc' }, take: args.first + 1 }),
      this.prisma.auditLogEntry.count({ where: filter }),
    ]);
    return toPage(rows.slice(0, args.first), (e) => [e.id], rows.length > args.first, Boolean(args.after), totalCount);
  }
}
