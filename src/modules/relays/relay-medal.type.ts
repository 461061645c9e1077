import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AthleteRelayMedal', {
  simpleResolvers: true,
  description:
    "A relay medal an athlete shares: their country's (or club's) team placed 1, 2 or 3 in a completed final of a championship that awards medals, and the athlete ran for that team in some round of the event. World Athletics awards the medal to heat runners too (`ranFinal: false`). A medal table counts it once, for the team.",
})
export class AthleteRelayMedalType {
  @Field(() => Int, { description: "The team's place in the final: 1, 2 or 3." })
  place!: number;

  @Field({ description: 'Whether another team is recorded in the same place of the final.' })
  shared!: boolean;

  @Field({ description: 'Whether the athlete ran the final itself (false: a heat or semi-final only).' })
  ranFinal!: boolean;
}
