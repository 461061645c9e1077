import { Field, Int, ObjectType } from 'type-graphql';
import { PerformanceNote, PerformanceStatus } from '../common/enums';
import { Node } from '../common/relay';

@ObjectType('RelayTeam', {
  simpleResolvers: true,
  implements: Node,
  description:
    "A relay team's result in one race: the team (a country or a club), its place, mark and status, and its legs in running order. A relay result belongs to the team, not to one athlete: it is never one of an athlete's `results`, bests or head-to-head meetings.",
})
export class RelayTeamType extends Node {
  @Field({ description: 'The team as published: "Kenya", "USA A", a club\'s name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Official place; null for DNF, DNS and DQ.' })
  place!: number | null;

  @Field({ description: 'Whether the place is shared ("2="), as the source shows it.' })
  tied!: boolean;

  @Field(() => PerformanceStatus, { description: 'Finished, or DNF, DNS, DQ.' })
  status!: PerformanceStatus;

  @Field(() => [PerformanceNote], { description: 'Notes published with the result (NR, WR, Q, q...).' })
  notes!: PerformanceNote[];

  @Field({ description: 'Whether the place was separated from an equal time by the photo finish.' })
  photoFinish!: boolean;
}

@ObjectType('RelayLeg', { simpleResolvers: true, description: "One athlete's leg of a relay team's result." })
export class RelayLegType {
  @Field(() => Int, { description: 'The leg, 1 for the first runner.' })
  leg!: number;
}
