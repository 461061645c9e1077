// Marks typed by users, read with the domain parser; its reason travels back to the client.
import { GraphQLError } from 'graphql';
import { MarkParseError, formatMargin, markDecimal, parseMark, type MarkPrecision, type MarkUnit, type ParsedMark } from '../../domain';
import { badUserInput } from '../common/errors';
import type { MarkType } from '../results/mark.type';

/** parseMark, failing with BAD_USER_INPUT naming the argument, the parser's message and `extensions.reason`. */
export function readMark(text: string, unit: MarkUnit, argumentName: string): ParsedMark {
  try {
    return parseMark(text, unit);
  } catch (error) {
    if (!(error instanceof MarkParseError)) throw error;
    const base = badUserInput(argumentName, error.message);
    throw new GraphQLError(base.message, { extensions: { ...base.extensions, reason: error.reason } });
  }
}

export function markOf(value: number, text: string, unit: MarkUnit, precision: MarkPrecision): MarkType {
  return { text, value, unit, precision, decimal: markDecimal(value, unit) };
}

/**
 * A margin between two marks as a Mark: formatted the way formatMargin publishes gaps
 * (hundredths, or thousandths when finer), with the precision that text shows.
 */
export function marginMark(diff: number, unit: MarkUnit): MarkType {
  const precision: MarkPrecision =
    unit === 'TIME' ? (diff % 10 === 0 ? 'HUNDREDTHS' : 'THOUSANDTHS') : unit === 'POINTS' ? 'POINTS' : 'CENTIMETRES';
  return markOf(diff, formatMargin(diff, unit), unit, precision);
}
