import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { ChampionshipType } from '../competitions/championship.type';
import { EventType } from '../competitions/event.type';
import { MeetType } from '../competitions/meet.type';
import { RaceType } from '../competitions/race.type';
import { MarkType } from '../results/mark.type';
import { PerformanceType } from '../results/performance.type';
import { AthleteMedalType, MEDAL_OF_PLACE, Medal, markOfMedal, type MedalRow } from './medal.type';

@Resolver(() => AthleteMedalType)
export class AthleteMedalResolver {
  @FieldResolver(() => Medal, { description: 'Gold, silver or bronze.' })
  medal(@Root() row: MedalRow): Medal {
    return MEDAL_OF_PLACE[row.place];
  }

  @FieldResolver(() => AthleteType, { description: 'Who won it.' })
  athlete(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(row.athleteId);
  }

  @FieldResolver(() => ChampionshipType, { description: 'The championship series, e.g. the Olympic Games.' })
  championship(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.championship.load(row.championshipId);
  }

  @FieldResolver(() => MeetType, { description: 'The edition (meet) it was won at, e.g. Tokyo 2020 (held in 2021).' })
  edition(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.meet.load(row.meetId);
  }

  @FieldResolver(() => EventType, { description: "The discipline, e.g. the men's 3000m steeplechase." })
  event(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(row.eventId);
  }

  @FieldResolver(() => RaceType, { description: 'The final it was won in.' })
  race(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(row.raceId);
  }

  @FieldResolver(() => PerformanceType, { description: 'The medal-winning result itself, with its notes and sources.' })
  performance(@Root() row: MedalRow, @Ctx() ctx: Context) {
    return ctx.loaders.performance.load(row.performanceId);
  }

  @FieldResolver(() => MarkType, { nullable: true, description: 'The mark in the final; null when no source gives it.' })
  mark(@Root() row: MedalRow): MarkType | null {
    return markOfMedal(row);
  }
}
