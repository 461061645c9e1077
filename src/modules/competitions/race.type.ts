import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { RaceStatus, Round } from '../common/enums';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Race', {
  simpleResolvers: true,
  implements: Node,
  description: 'One race (or field-event competition) of a meet: an event in one round, e.g. the final.',
})
export class RaceType extends Node {
  @Field(() => Round, { description: 'Final, semi-final, heat...' })
  round!: Round;

  @Field(() => Int, { description: 'Heat or semi-final number; 1 when the round is a single race.' })
  heat!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was run (or is scheduled); null when unknown.' })
  date!: Date | null;

  @Field(() => RaceStatus, { description: 'Scheduled, completed or cancelled.' })
  status!: RaceStatus;

  @Field(() => Float, { nullable: true, description: 'Race wind in m/s where it applies and is known.' })
  windMps!: number | null;
}

export const { connection: RaceConnection } = connectionTypes(RaceType, 'Race', 'race');
