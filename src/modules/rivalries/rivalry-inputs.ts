// Turns the rivalry inputs (AthleteRef, HeadToHeadFilter) into ids, or a BAD_USER_INPUT
// naming the argument at fault.
import type { Athlete } from '../../db/generated/client';
import type { Context } from '../../app/context';
import { lookUpEvent } from '../bests/event-lookup';
import { badUserInput } from '../common/errors';
import { decodeNumericId } from '../common/relay';
import type { AthleteRef, HeadToHeadFilter } from './head-to-head.type';
import type { MeetingFilter } from './rivalry.service';

export async function athleteOf(ctx: Context, ref: AthleteRef, argumentName: string): Promise<Athlete> {
  const given = [ref.id, ref.slug].filter((v) => v != null).length;
  if (given !== 1) throw badUserInput(argumentName, `give exactly one of id, slug (got ${given})`);
  const athlete =
    ref.id != null
      ? await ctx.loaders.athlete.load(decodeNumericId(ref.id, 'Athlete', argumentName))
      : await ctx.loaders.athleteBySlug.load(ref.slug as string);
  if (!athlete) {
    throw badUserInput(argumentName, ref.id != null ? `no athlete has the id "${ref.id}"` : `no athlete has the slug "${ref.slug}"`);
  }
  return athlete;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

export async function meetingFilterOf(
  ctx: Context,
  filter: HeadToHeadFilter | null | undefined,
  argumentName = 'filter',
): Promise<MeetingFilter> {
  if (!filter) return {};
  const out: MeetingFilter = {};
  if (filter.event) out.eventId = (await lookUpEvent(ctx, filter.event, `${argumentName}.event`)).id;
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badUserInput(argumentName, `from (${day(filter.from)}) is after to (${day(filter.to)})`);
  }
  if (filter.from) out.from = day(filter.from);
  if (filter.to) out.to = day(filter.to);
  if (filter.finalsOnly) out.finalsOnly = true;
  if (filter.championshipsOnly) out.championshipsOnly = true;
  return out;
}
