import { GraphQLError } from 'graphql';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import {
  CombinedEventError,
  combinedEvent,
  combinedEventDiscipline,
  scoreCombinedEventMark,
  type CombinedEventDefinition,
  type CombinedEventDiscipline,
} from '../../domain';
import type { Context } from '../../app/context';
import { lookUpEvent } from '../bests/event-lookup';
import { EventRef } from '../bests/event-ref.type';
import { badUserInput } from '../common/errors';
import { markOf, readMark } from '../performances/mark-input';
import { CombinedEventPointsType } from './combined-points.type';

/** A domain refusal as BAD_USER_INPUT naming the argument, with the domain's reason in `extensions.reason`. */
function refused(argumentName: string, error: unknown): never {
  if (!(error instanceof CombinedEventError)) throw error;
  const base = badUserInput(argumentName, error.message);
  throw new GraphQLError(base.message, { extensions: { ...base.extensions, reason: error.reason } });
}

// The event an EventRef names: an id is looked up in the catalogue; a code and a sex need no database.
async function namedCombinedEvent(ctx: Context, ref: EventRef): Promise<CombinedEventDefinition> {
  let named: { code: string; sex: string };
  if (ref.id != null) {
    named = await lookUpEvent(ctx, ref, 'event');
  } else if (ref.code == null || ref.sex == null || ref.code.trim() === '') {
    throw badUserInput('event', 'give either id, or both code and sex, e.g. { code: "DEC", sex: MALE }');
  } else {
    named = { code: ref.code, sex: ref.sex };
  }
  try {
    return combinedEvent(named.code, named.sex);
  } catch (error) {
    return refused('event', error);
  }
}

@Resolver(() => CombinedEventPointsType)
export class CombinedEventPointsResolver {
  @Query(() => CombinedEventPointsType, {
    description:
      "The World Athletics points for one mark in one discipline of a combined event, e.g. 8.03 in the men's decathlon long jump: 1068. " +
      'Times are scored to the hundredth rounded up, after adding 0.24 s (up to 200m and the hurdles) or 0.14 s (400m) to a hand time ("10.5h"); ' +
      'distances and heights to the centimetre. An unknown combined event, a discipline it does not hold or a mark that cannot be read is a ' +
      'BAD_USER_INPUT naming `event`, `discipline` or `mark`, with the reason in `extensions.reason`.',
  })
  async combinedEventPoints(
    @Ctx() ctx: Context,
    @Arg('event', () => EventRef, {
      description:
        'The combined event: { code: "DEC", sex: MALE } (decathlon), HEP FEMALE (heptathlon), HEP MALE (indoor heptathlon), PEN FEMALE (indoor pentathlon), DEC FEMALE, or its id.',
    })
    event: EventRef,
    @Arg('discipline', () => String, {
      description: 'The discipline\'s code in the event catalogue, e.g. "100", "LJ", "110H", "100H", "60H", "1000" (case is ignored).',
    })
    discipline: string,
    @Arg('mark', () => String, {
      description: 'The mark as published, in the discipline\'s unit: "10.35", "10.5h" (hand time), "4:33.59", "8.03", "2.05".',
    })
    mark: string,
  ): Promise<CombinedEventPointsType> {
    const definition = await namedCombinedEvent(ctx, event);
    let found: CombinedEventDiscipline;
    try {
      found = combinedEventDiscipline(definition, discipline);
    } catch (error) {
      return refused('discipline', error);
    }
    const parsed = readMark(mark, found.unit, 'mark');
    let score;
    try {
      score = scoreCombinedEventMark(definition, found.code, parsed);
    } catch (error) {
      return refused('mark', error);
    }
    return {
      event: definition.code,
      eventName: definition.name,
      sex: definition.sex,
      environment: definition.environment,
      discipline: found.code,
      points: score.points,
      mark: markOf(parsed.value, parsed.text, found.unit, parsed.precision),
      scoredAs: score.scoredAs,
      handTimeCorrection: score.handTimeCorrectionMs / 1000,
      coefficients: { ...found.coefficients },
    };
  }
}
