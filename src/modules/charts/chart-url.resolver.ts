// Links from the API to the HTTP charts: Athlete.progressionChartUrl.
import type { Athlete } from '../../db/generated/client';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { lookUpEvent } from '../bests/event-lookup';
import { EventRef } from '../bests/event-ref.type';
import { progressionChartPath } from './progression-chart';

@Resolver(() => AthleteType)
export class ChartUrlResolver {
  @FieldResolver(() => String, {
    description:
      'Relative URL of an SVG line chart of the athlete\'s best legal mark per season in one event (better marks drawn higher), e.g. "/athletes/amos-serem/progression.svg?event=3000SC&sex=MALE".',
  })
  async progressionChartUrl(
    @Root() athlete: Athlete,
    @Ctx() ctx: Context,
    @Arg('event', () => EventRef, { description: 'The event, e.g. { code: "3000SC", sex: MALE }.' }) event: EventRef,
    @Arg('indoor', () => Boolean, {
      nullable: true,
      description: 'true: indoor seasons; false: outdoor; omitted or null: whichever has more seasons (outdoor on a tie).',
    })
    indoor?: boolean | null,
  ): Promise<string> {
    const found = await lookUpEvent(ctx, event);
    const params = new URLSearchParams({ event: found.code, sex: found.sex });
    if (indoor != null) params.set('indoor', String(indoor));
    return `${progressionChartPath(athlete.slug)}?${params}`;
  }
}
