import { searchOf } from './graphql-handler';

describe('searchOf', () => {
  it.each([
    ['/graphql', ''],
    ['/graphql?', '?'],
    ['/graphql?query=%7B__typename%7D', '?query=%7B__typename%7D'],
    ['/graphql?query=a#fragment', '?query=a'],
    ['/graphql#fragment?not=search', ''],
  ])('finds the query string of %s', (url, search) => {
    expect(searchOf(url)).toBe(search);
  });
});
