import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { badUserInput } from '../common/errors';
import { PageArgs } from '../common/relay';
import { MarkListConnection } from './best-mark.type';
import { lookUpEvent } from './event-lookup';
import { EventRef } from './event-ref.type';

@ArgsType()
class AllTimeListArgs extends PageArgs {
  @Field(() => EventRef, { description: 'The event, e.g. { code: "3000SC", sex: MALE }, or { id: ... }.' })
  event!: EventRef;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'false (default): outdoor marks; true: indoor marks; null: both together (each flagged by `indoor`).',
  })
  indoor: boolean | null = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Every legal mark (an athlete may appear many times) instead of each athlete's best.",
  })
  allMarks = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'A separate list of hand times (TENTHS_HAND) only. By default hand times are left out: they are never ranked with fully automatic times.',
  })
  handTimes = false;
}

@ArgsType()
class TopListArgs extends AllTimeListArgs {
  @Field(() => Int, { description: "The season's year: marks from races run that year (Tokyo 2020 counts in 2021)." })
  season!: number;
}

const RULES =
  'Legal marks only: finished with a mark, not wind-assisted (over +2.0 m/s on a wind-affected event outdoors; unknown wind counts, see `windStatus`), hand times apart. ' +
  "Best first in the event's direction; equal marks share a rank and are ordered by date, then family and given name.";

/** Relay results belong to teams, listed by relayList: asking an athletes' list for one is a mistake worth naming. */
function individualEvent<E extends { kind: string; code: string; sex: string }>(event: E): E {
  if (event.kind === 'RELAY') throw badUserInput('event', `${event.code} (${event.sex}) is a relay event: use relayList`);
  return event;
}

@Resolver()
export class MarkListResolver {
  @Query(() => MarkListConnection, {
    description: `A season's top list for one event: each athlete's best mark that season (or every mark with \`allMarks\`). ${RULES}`,
  })
  async topList(@Ctx() ctx: Context, @Args() args: TopListArgs) {
    const event = individualEvent(await lookUpEvent(ctx, args.event));
    const page = await ctx.services.bests.markList({ ...args, event, indoor: args.indoor ?? null });
    ctx.loaders.remember(page.related);
    return page;
  }

  @Query(() => MarkListConnection, {
    description: `The all-time list for one event: each athlete's best mark ever (or every mark with \`allMarks\`). ${RULES}`,
  })
  async allTimeList(@Ctx() ctx: Context, @Args() args: AllTimeListArgs) {
    const event = individualEvent(await lookUpEvent(ctx, args.event));
    const page = await ctx.services.bests.markList({ ...args, event, season: null, indoor: args.indoor ?? null });
    ctx.loaders.remember(page.related);
    return page;
  }
}
