import type { Event as EventRow } from '../../db/generated/client';
import type { Context } from '../../app/context';
import { badUserInput } from '../common/errors';
import { decodeNumericId } from '../common/relay';
import { eventCodeKey } from './bests.service';
import type { EventRef } from './event-ref.type';

/** The event an `EventRef` names (through the request's loaders); BAD_USER_INPUT when there is none. */
export async function lookUpEvent(ctx: Context, ref: EventRef, argumentName = 'event'): Promise<EventRow> {
  if (ref.id != null) {
    if (ref.code != null || ref.sex != null) throw badUserInput(argumentName, 'give either id, or code and sex, not both');
    const event = await ctx.loaders.event.load(decodeNumericId(ref.id, 'Event', argumentName));
    if (!event) throw badUserInput(argumentName, `no event has the id "${ref.id}"`);
    return event;
  }
  if (ref.code == null || ref.sex == null || ref.code.trim() === '') {
    throw badUserInput(argumentName, 'give either id, or both code and sex, e.g. { code: "3000SC", sex: MALE }');
  }
  const event = await ctx.loaders.eventByCode.load(eventCodeKey(ref.code, ref.sex));
  if (!event) throw badUserInput(argumentName, `no event with code "${ref.code.trim()}" for sex ${ref.sex}`);
  return event;
}
