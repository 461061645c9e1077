import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CombinedEventFormula as DomainFormula } from '../../domain';
import { EventEnvironment, Sex } from '../common/enums';
import { MarkType } from '../results/mark.type';

/** The World Athletics formulas, under the domain's names. */
export const CombinedEventFormula = { TRACK: 'TRACK', JUMP: 'JUMP', THROW: 'THROW' } as const satisfies Record<
  DomainFormula,
  DomainFormula
>;
export type CombinedEventFormula = DomainFormula;

registerEnumType(CombinedEventFormula, {
  name: 'CombinedEventFormula',
  description: 'Which World Athletics combined-events formula scores a discipline; the result is always rounded down to a whole point.',
  valuesConfig: {
    TRACK: { description: 'Running and hurdles: INT(A·(B−T)^C), T the time in seconds.' },
    JUMP: { description: 'High jump, pole vault, long jump: INT(A·(M−B)^C), M the mark in centimetres.' },
    THROW: { description: 'Shot, discus, javelin: INT(A·(D−B)^C), D the distance in metres.' },
  },
});

@ObjectType('CombinedEventCoefficients', {
  simpleResolvers: true,
  description: "A discipline's coefficients in the World Athletics scoring tables (2001 edition): a mark not better than B scores 0.",
})
export class CombinedEventCoefficientsType {
  @Field(() => Float, { description: "A, the scale, e.g. 25.4347 for the men's 100m." })
  a!: number;

  @Field(() => Float, {
    description: "B, the mark worth 0 points: seconds (TRACK), centimetres (JUMP) or metres (THROW), e.g. 18 for the men's 100m.",
  })
  b!: number;

  @Field(() => Float, { description: "C, the exponent, e.g. 1.81 for the men's 100m." })
  c!: number;

  @Field(() => CombinedEventFormula, { description: 'Which formula A, B and C go into.' })
  formula!: CombinedEventFormula;
}

@ObjectType('CombinedEventPoints', {
  simpleResolvers: true,
  description: 'The points one mark earns in one discipline of a World Athletics combined event (decathlon, heptathlon, pentathlon).',
})
export class CombinedEventPointsType {
  @Field({ description: 'The combined event\'s code: "DEC", "HEP" or "PEN".' })
  event!: string;

  @Field({ description: 'The combined event\'s name, e.g. "Decathlon".' })
  eventName!: string;

  @Field(() => Sex, { description: "Whose combined event: the men's and women's tables differ." })
  sex!: Sex;

  @Field(() => EventEnvironment, {
    description: "OUTDOOR (decathlon, women's heptathlon) or INDOOR (men's heptathlon, women's pentathlon).",
  })
  environment!: EventEnvironment;

  @Field({ description: 'The discipline\'s code, as in the event catalogue: "100", "LJ", "110H", "60H", "1000"...' })
  discipline!: string;

  @Field(() => Int, { description: "The points: the formula's value rounded down, 0 for a mark not better than B." })
  points!: number;

  @Field(() => MarkType, { description: "The mark as read, in the discipline's unit (a hand time keeps its TENTHS_HAND precision)." })
  mark!: MarkType;

  @Field(() => Float, {
    description:
      'What the formula was given: T in seconds rounded up to the hundredth (a hand time with its correction added), M in whole centimetres, or D in metres to the centimetre below.',
  })
  scoredAs!: number;

  @Field(() => Float, {
    description: 'Seconds added to a hand time before scoring: 0.24 up to 200m and in the hurdles, 0.14 in the 400m, otherwise 0.',
  })
  handTimeCorrection!: number;

  @Field(() => CombinedEventCoefficientsType, { description: 'The coefficients the points were computed with.' })
  coefficients!: CombinedEventCoefficientsType;
}
