// Small pieces the curated edits share: ids from inputs, sources by reference, wind, slugs.
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../../db/client';
import { checkWindApplies, checkWindReading } from '../../domain';
import { decodeNumericId, type NodeTypeName } from '../common/relay';
import { fieldError, type FieldCheck } from './field-errors';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Interactive transactions wait this long for a connection and run at most this long. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/** A global id from an input field, as a field error when it is not one of `type`. */
export function idOf(globalId: string, type: NodeTypeName, field: string): number {
  try {
    return decodeNumericId(globalId, type, field);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw fieldError(field, error.message.replace(new RegExp(`^${field}: `), ''));
  }
}

/** The source with this reference, created (titled by its reference) when unknown. */
export async function sourceId(tx: Tx, reference: string): Promise<number> {
  const row = await tx.source.upsert({ where: { reference }, create: { reference, title: reference }, update: {} });
  return row.id;
}

export function checkSourceReference(check: FieldCheck, field: string, reference: string | null | undefined): string | null {
  if (reference === undefined || reference === null) return null;
  const trimmed = reference.trim();
  if (trimmed === '') check.add(field, 'give a URL or document name');
  else if (trimmed.length > 2000) check.add(field, 'is longer than 2000 characters');
  return trimmed;
}

/** A wind reading, by the rulebook: in range, one decimal, on a wind-affected event. */
export function checkWindValue(
  check: FieldCheck,
  field: string,
  value: number | null | undefined,
  windAffected: boolean,
  eventCode: string,
): void {
  if (value === undefined || value === null) return;
  check.addViolations(checkWindReading(field, value) ?? checkWindApplies(field, eventCode, windAffected));
}

/** Text that may be given: trimmed, empty as null, at most `max` characters. */
export function optionalText(check: FieldCheck, field: string, value: string | null | undefined, max = 200): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length > max) check.add(field, `is longer than ${max} characters`);
  return trimmed === '' ? null : trimmed;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A slug not yet used in `table`: the base, or base-2, base-3... */
export async function freeSlug(tx: Tx, table: 'athlete' | 'meet', base: string): Promise<string> {
  const where = { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] };
  const rows =
    table === 'athlete'
      ? await tx.athlete.findMany({ where, select: { slug: true } })
      : await tx.meet.findMany({ where, select: { slug: true } });
  const taken = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
