import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MarkPrecision, MarkUnit } from '../common/enums';

/** A mark as returned by resolvers: built from a performance's columns and its event's unit. */
export interface MarkValue {
  text: string;
  value: number;
  unit: MarkUnit;
  precision: MarkPrecision;
}

@ObjectType('Mark', { simpleResolvers: true, description: 'A time, distance, height or score: as published, and as an exact number.' })
export class MarkType {
  @Field({ description: 'The mark exactly as published, e.g. "8:04.29", "8.95", "8998".' })
  text!: string;

  @Field(() => Int, { description: "Exact integer value in the unit's base: milliseconds, millimetres or points." })
  value!: number;

  @Field(() => MarkUnit, { description: 'What `value` measures.' })
  unit!: MarkUnit;

  @Field(() => MarkPrecision, { description: 'How precisely it was measured (hand times are never ranked as automatic).' })
  precision!: MarkPrecision;

  @Field(() => Float, { description: 'The value in seconds (times), metres (distances, heights) or points, e.g. 484.29.' })
  decimal!: number;
}
