/**
 * Applies `next` to a value a loader gave, which may still be a promise: at once when it is
 * not (see PeekingLoader in src/app/loaders.ts), so that a resolver whose data is already
 * in hand returns a plain value and graphql-js needs no microtask for the field.
 */
export function whenLoaded<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
