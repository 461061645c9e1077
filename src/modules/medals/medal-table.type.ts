import { Field, Int, ObjectType } from 'type-graphql';

/** One row of a medal table as the service returns it. */
export interface MedalTableRowValue {
  rank: number | null;
  countryCode: string | null;
  gold: number;
  silver: number;
  bronze: number;
  total: number;
}

/** A medal table as the resolver returns it: the series, the edition if one, and the rows. */
export interface MedalTableValue {
  championshipId: number;
  meetId: number | null;
  rows: MedalTableRowValue[];
}

@ObjectType('MedalTableRow', {
  simpleResolvers: true,
  description:
    "One country's medals in a medal table. Athletes whose country no source gives (in the seed: Kibiwott, Kigen, Serem) are not credited to any country: their medals share one row with `country: null` and `rank: null`, listed last.",
})
export class MedalTableRowType {
  @Field(() => Int, {
    nullable: true,
    description:
      'Rank by golds, then silvers, then bronzes; equal counts share a rank (1, 2, 2, 4). Null for the row of unknown countries, which is not ranked.',
  })
  rank!: number | null;

  @Field(() => Int, { description: 'Gold medals.' })
  gold!: number;

  @Field(() => Int, { description: 'Silver medals.' })
  silver!: number;

  @Field(() => Int, { description: 'Bronze medals.' })
  bronze!: number;

  @Field(() => Int, { description: 'All medals: gold + silver + bronze.' })
  total!: number;
}

@ObjectType('MedalTable', {
  simpleResolvers: true,
  description:
    'Medals by country, for one edition of a championship or for all its editions. Counts medals only: place 1, 2 or 3 in a completed final, finished (a DQ wins nothing); shared places give shared medals. A series has one age category, so U20 medals never count in a senior table; a series that awards no medals (the Diamond League) has no rows.',
})
export class MedalTableType {
  @Field(() => [MedalTableRowType], {
    description:
      'Countries by golds, silvers, bronzes (most first), then country name; the row of unknown countries (`country: null`) last.',
  })
  rows!: MedalTableRowValue[];
}
