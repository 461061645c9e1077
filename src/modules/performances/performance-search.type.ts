import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { PerformanceStatus, Round, Sex } from '../common/enums';
import { PageArgs } from '../common/relay';

// Plain objects like the Prisma enums, so their values are the string unions the service uses.
export const PerformanceOrderField = { DATE: 'DATE', MARK: 'MARK', PLACE: 'PLACE' } as const;
export type PerformanceOrderField = (typeof PerformanceOrderField)[keyof typeof PerformanceOrderField];

registerEnumType(PerformanceOrderField, {
  name: 'PerformanceOrderField',
  description: 'What a list of performances is sorted by.',
  valuesConfig: {
    DATE: {
      description: 'The day of the race (else of its meet, else 1 January of the year held). Default direction DESC: most recent first.',
    },
    MARK: {
      description:
        'The mark; needs an event filter. Default direction: best first (lowest time, longest distance, most points). Performances without a mark come last.',
    },
    PLACE: {
      description: 'The official place. Default direction ASC: winners first. Performances without a place (DNF, DQ...) come last.',
    },
  },
});

export const OrderDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type OrderDirection = (typeof OrderDirection)[keyof typeof OrderDirection];

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending order.',
  valuesConfig: {
    ASC: { description: 'Smallest (or earliest) first.' },
    DESC: { description: 'Largest (or latest) first.' },
  },
});

@InputType('PerformanceOrder', {
  description: 'How to sort performances. Ties keep the order the results were recorded in, so paging is stable.',
})
export class PerformanceOrder {
  @Field(() => PerformanceOrderField, { description: 'The sort key.' })
  field!: PerformanceOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description:
      'Ascending or descending. Omitted: DATE most recent first, PLACE winners first, MARK best first (ASC for times, DESC for distances, heights and points).',
  })
  direction?: OrderDirection | null;
}

@ArgsType()
export class PerformancesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only this athlete\'s results, by slug (e.g. "amos-serem"). Give this or `athleteId`.',
  })
  athlete?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this athlete's results, by global id. Give this or `athlete`." })
  athleteId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only athletes whose country is this one today (three-letter code, e.g. "ETH"). A result\'s own country, the one it was run for, is `Performance.country`.',
  })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only this event, by code (e.g. "3000SC"); add `sex` when the code is held for more than one sex. Give this or `eventId`.',
  })
  event?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Only events of this sex; with `event`, picks the event of that code.' })
  sex?: Sex | null;

  @Field(() => ID, { nullable: true, description: 'Only this event, by global id. Give this or `event`.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this meet, by slug (e.g. "paris-2024"). Give this or `meetId`.' })
  meet?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this meet, by global id. Give this or `meet`.' })
  meetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only editions of this championship, by slug (e.g. "olympic-games").' })
  championship?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Only this season: the year of the race's date (else the meet's start date, else the year the meet was held). Tokyo 2020 is in 2021.",
  })
  season?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only on or after this day (the race's date, else its meet's start date). Performances with no known date are left out; use `season` for them.",
  })
  from?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only on or before this day (the race's date, else its meet's start date). Performances with no known date are left out; use `season` for them.",
  })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: indoor meets only; false: outdoor meets only.' })
  indoor?: boolean | null;

  @Field(() => [Round], { nullable: true, description: 'Only these rounds (e.g. [FINAL]).' })
  round?: Round[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only places from 1 to this (3: the podium). Performances without a place are left out.',
  })
  maxPlace?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only marks at least as good as this one, written as published ("8:10.00", "8.20", "8500"): at most this time, at least this distance, height or score. Needs an event filter; see `parseMark` for how marks are read.',
  })
  markAtLeast?: string | null;

  @Field(() => [PerformanceStatus], { nullable: true, description: 'Only these outcomes (e.g. [DNF, DQ]); all by default.' })
  status?: PerformanceStatus[] | null;

  @Field(() => PerformanceOrder, { nullable: true, description: 'Sort order; by default DATE, most recent first.' })
  orderBy?: PerformanceOrder | null;
}
