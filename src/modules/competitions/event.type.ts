import { Field, ObjectType } from 'type-graphql';
import { EventEnvironment, EventKind, MarkDirection, MarkUnit, Sex } from '../common/enums';
import { Node } from '../common/relay';

@ObjectType('Event', {
  simpleResolvers: true,
  implements: Node,
  description: "A discipline for one sex, e.g. the men's 3000m steeplechase.",
})
export class EventType extends Node {
  @Field({ description: 'Discipline code, e.g. "3000SC", "100", "LJ", "DEC".' })
  code!: string;

  @Field({ description: 'Discipline name, e.g. "3000 Metres Steeplechase".' })
  name!: string;

  @Field(() => Sex, { description: 'Whose event it is.' })
  sex!: Sex;

  @Field(() => EventKind, { description: 'Track, road, field, combined, relay, walk or cross-country.' })
  kind!: EventKind;

  @Field(() => MarkUnit, { description: 'Unit of the marks: time, distance, height or points.' })
  unit!: MarkUnit;

  @Field(() => MarkDirection, { description: 'Whether lower (times) or higher (distances, heights, points) marks are better.' })
  direction!: MarkDirection;

  @Field({ description: 'Whether a wind reading applies; marks with wind over +2.0 m/s are then wind-assisted.' })
  windAffected!: boolean;

  @Field(() => EventEnvironment, { description: 'Where the discipline is contested: outdoors, indoors or both.' })
  environment!: EventEnvironment;
}
