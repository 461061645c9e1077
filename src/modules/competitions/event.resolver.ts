// Aliased: a parameter typed `Event` would make decorator metadata name Node's global Event class.
import type { Event as EventRow } from '../../db/generated/client';
import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { connectionTypes, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { EventType } from './event.type';

export const { connection: EventConnection } = connectionTypes(EventType, 'Event', 'event');

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Every discipline, by code then sex.' })
  async events(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.services.events.all(), page, (e) => e.id);
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this event.' })
  id(@Root() event: EventRow): string {
    return encodeGlobalId('Event', event.id);
  }
}
