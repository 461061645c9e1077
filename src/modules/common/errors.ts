import { GraphQLError } from 'graphql';

/** A client mistake: code BAD_USER_INPUT, and the argument it concerns in `extensions.argumentName`. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`${argumentName}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

/** Nothing exists under the given key; code NOT_FOUND. */
export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`No ${what} with ${key}`, { extensions: { code: 'NOT_FOUND' } });
}
