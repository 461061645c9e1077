import { Field, Int, ObjectType } from 'type-graphql';
import { PerformanceNote, PerformanceStatus } from '../common/enums';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Performance', {
  simpleResolvers: true,
  implements: Node,
  description: "One athlete's result in one race: place, mark, wind, status and notes, with its sources.",
})
export class PerformanceType extends Node {
  @Field(() => Int, {
    nullable: true,
    description:
      'Official place. Places decide who beat whom, not marks: equal marks can have different places (photo finish). Null for DNF, DNS, DQ and NM.',
  })
  place!: number | null;

  @Field({
    description:
      'Whether the place is shared ("2="), as the source shows it: every result holding a shared place is marked so (the database refuses a place held twice otherwise).',
  })
  tied!: boolean;

  @Field(() => PerformanceStatus, { description: 'Finished, or DNF, DNS, DQ, NM.' })
  status!: PerformanceStatus;

  @Field(() => [PerformanceNote], { description: 'Notes published with the result (PB, SB, NR, Q...).' })
  notes!: PerformanceNote[];

  @Field({ description: 'Whether the place was separated from an equal mark by the photo finish.' })
  photoFinish!: boolean;
}

export const { connection: PerformanceConnection } = connectionTypes(PerformanceType, 'Performance', 'performance');
