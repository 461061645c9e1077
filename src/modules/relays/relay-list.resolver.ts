import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { lookUpEvent } from '../bests/event-lookup';
import { EventRef } from '../bests/event-ref.type';
import { badUserInput } from '../common/errors';
import { PageArgs, pageOfList } from '../common/relay';
import { RelayListConnection, RelayListEntryType, type RelayListEntryValue } from './relay-list.type';

@ArgsType()
class RelayListArgs extends PageArgs {
  @Field(() => EventRef, { description: 'A relay event, e.g. { code: "4x100", sex: MALE } or { code: "4x400", sex: MIXED }.' })
  event!: EventRef;

  @Field(() => Int, { nullable: true, description: "A season's year (races run that year); null (default): all time." })
  season?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'false (default): outdoor marks; true: indoor marks; null: both.',
  })
  indoor: boolean | null = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Every team's time instead of each country's best (a club counts as its own team, by name).",
  })
  allMarks = false;
}

@Resolver(() => RelayListEntryType)
export class RelayListResolver {
  @Query(() => RelayListConnection, {
    description:
      "A relay event's list of teams: each country's best time (or every time with `allMarks`), fastest first, for a season or all time. Finished teams with a time; hand times are left out. Individual lists (`topList`, `allTimeList`) never hold relays.",
  })
  async relayList(@Ctx() ctx: Context, @Args() args: RelayListArgs) {
    const event = await lookUpEvent(ctx, args.event);
    if (event.kind !== 'RELAY')
      throw badUserInput('event', `${event.code} (${event.sex}) is not a relay event: use topList or allTimeList`);
    const entries = await ctx.services.relays.list({
      eventId: event.id,
      season: args.season ?? null,
      indoor: args.indoor,
      allMarks: args.allMarks,
    });
    return pageOfList(entries, args, (e) => e.teamId);
  }

  @FieldResolver(() => RelayListEntryType, { description: 'The team, its time, race and legs.' })
  team(@Root() entry: RelayListEntryValue, @Ctx() ctx: Context) {
    return ctx.loaders.relayTeam.load(entry.teamId);
  }
}
