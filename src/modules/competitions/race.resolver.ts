import type { Race } from '../../db/generated/client';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { raceName, seasonOf } from '../../domain';
import { notFound } from '../common/errors';
import { whenLoaded } from '../common/when-loaded';
import { decodeNumericId, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { EntryConnection } from '../results/entry.type';
import { PerformanceConnection } from '../results/performance.type';
import { EventType } from './event.type';
import { MeetType } from './meet.type';
import { RaceType } from './race.type';

@Resolver(() => RaceType)
export class RaceResolver {
  @Query(() => RaceType, { nullable: true, description: 'One race by its global id.' })
  race(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id of the race.' }) id: string) {
    return ctx.loaders.race.load(decodeNumericId(id, 'Race'));
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this race.' })
  id(@Root() race: Race): string {
    return encodeGlobalId('Race', race.id);
  }

  @FieldResolver(() => String, { description: 'A readable name, e.g. "Men\'s 3000 Metres Steeplechase Final".' })
  name(@Root() race: Race, @Ctx() ctx: Context): string | Promise<string> {
    return whenLoaded(ctx.loaders.event.load(race.eventId), (event) => {
      if (!event) throw notFound('event', `id ${race.eventId}`);
      return raceName(event, race);
    });
  }

  @FieldResolver(() => MeetType, { description: 'The meet it is part of.' })
  meet(@Root() race: Race, @Ctx() ctx: Context) {
    return ctx.loaders.meet.load(race.meetId);
  }

  @FieldResolver(() => EventType, { description: 'The discipline.' })
  event(@Root() race: Race, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(race.eventId);
  }

  @FieldResolver(() => Int, {
    description: "The season: the year of the race's date (or of its meet), never the year in an edition's name.",
  })
  season(@Root() race: Race, @Ctx() ctx: Context): number | Promise<number> {
    return whenLoaded(ctx.loaders.meet.load(race.meetId), (meet) => {
      if (!meet) throw notFound('meet', `id ${race.meetId}`);
      return seasonOf(race.date ?? meet.startDate, meet.year, meet.indoor).year;
    });
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Race wind in m/s where it applies and is known.' })
  windMps(@Root() race: Race): number | null {
    return race.windMps === null ? null : Number(race.windMps);
  }

  @FieldResolver(() => PerformanceConnection, {
    description: 'Results in official order: by place (shared places together), then DNF, DQ, NM and DNS.',
  })
  async results(@Root() race: Race, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.resultsOfRace.load(race.id), page, (p) => p.id);
  }

  @FieldResolver(() => EntryConnection, { description: 'The start list: athletes entered, whether or not the race has been run.' })
  async entries(@Root() race: Race, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.loaders.entriesOfRace.load(race.id), page, (e) => e.id);
  }
}
