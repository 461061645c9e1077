import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AttemptOutcome, PerformanceStatus } from '../common/enums';

@ObjectType('CombinedEventComponent', {
  simpleResolvers: true,
  description: 'One discipline of a decathlon, heptathlon or pentathlon result, with its points.',
})
export class CombinedEventComponentType {
  @Field(() => Int, { description: 'Its place in the order contested, 1 for the first.' })
  position!: number;

  @Field({ description: 'The discipline code, e.g. 100, LJ, 110H.' })
  discipline!: string;

  @Field(() => String, { nullable: true, description: 'The mark as published, e.g. "10.12", "8.24"; null when none.' })
  markText!: string | null;

  @Field(() => Int, { nullable: true, description: 'The mark exactly: milliseconds or millimetres.' })
  markValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wind in m/s where it applies and is known.' })
  windMps!: number | null;

  @Field(() => PerformanceStatus, { description: 'FINISHED, or DNF, DNS, NM in this discipline.' })
  status!: PerformanceStatus;

  @Field(() => Int, { description: "Points from World Athletics' scoring tables for this mark (0 without a mark)." })
  points!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Points as the source published them, when it did; they can disagree with `points` (an erratum): both are kept.',
  })
  publishedPoints!: number | null;
}

@ObjectType('CombinedEventBreakdown', {
  simpleResolvers: true,
  description: "A combined-event result's disciplines and how their points add up against the published total.",
})
export class CombinedEventBreakdownType {
  @Field(() => [CombinedEventComponentType], { description: 'The disciplines in the order contested.' })
  components!: CombinedEventComponentType[];

  @Field(() => Int, { description: "The sum of the disciplines' computed points." })
  computedTotal!: number;

  @Field(() => Int, { nullable: true, description: "The total as published (the result's mark); null when not given." })
  publishedTotal!: number | null;

  @Field({ description: 'Whether the published total equals the computed one (a disagreement is reported, never replaced).' })
  agrees!: boolean;
}

@ObjectType('FieldAttempt', { simpleResolvers: true, description: 'One trial of a throw or a horizontal jump, in order.' })
export class FieldAttemptType {
  @Field(() => Int, { description: 'The trial, 1 for the first.' })
  number!: number;

  @Field(() => AttemptOutcome, { description: 'Measured, foul or pass.' })
  outcome!: AttemptOutcome;

  @Field(() => String, { nullable: true, description: 'The distance as published, e.g. "8.24"; null for a foul or a pass.' })
  markText!: string | null;

  @Field(() => Int, { nullable: true, description: 'The distance in millimetres.' })
  markValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wind in m/s for this trial, where it applies and is known.' })
  windMps!: number | null;
}

@ObjectType('HeightAttempt', {
  simpleResolvers: true,
  description: 'One height of a high jump or pole vault card: the bar and the trials there.',
})
export class HeightAttemptType {
  @Field({ description: 'The bar as published, e.g. "2.37".' })
  height!: string;

  @Field(() => Int, { description: 'The bar in millimetres.' })
  heightValue!: number;

  @Field({ description: 'The trials as published: o clear, x failure, - pass (e.g. "xxo", "-", "xxx").' })
  trials!: string;

  @Field({ description: 'Whether the bar was cleared at this height.' })
  cleared!: boolean;

  @Field(() => Int, { description: 'Failures at this height.' })
  failures!: number;
}
