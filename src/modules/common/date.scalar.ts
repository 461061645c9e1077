import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  // Round-tripping rejects dates that do not exist, such as 2024-02-30.
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** Calendar dates (no time, no zone), as athletics results are dated. Stored at UTC midnight. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD (ISO 8601), e.g. "2024-09-13".',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseIsoDate(value).toISOString().slice(0, 10);
  },
  parseValue: parseIsoDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseIsoDate(ast.value);
  },
});
