import { parse } from 'graphql';
import { DEFAULT_URL, parseArgs, parseVar, parseVarValue, UsageError } from './args';
import { fitVariables, operationOf } from './queries';

describe('variables', () => {
  it('reads a value as JSON when it is valid JSON, else as text', () => {
    expect(parseVarValue('2024')).toBe(2024);
    expect(parseVarValue('true')).toBe(true);
    expect(parseVarValue('null')).toBeNull();
    expect(parseVarValue('{"code":"3000SC","sex":"MALE"}')).toEqual({ code: '3000SC', sex: 'MALE' });
    expect(parseVarValue('["FINAL"]')).toEqual(['FINAL']);
    expect(parseVarValue('"2024"')).toBe('2024');
    expect(parseVarValue('amos-serem')).toBe('amos-serem');
    expect(parseVarValue('8:04.29')).toBe('8:04.29');
    expect(parseVarValue('')).toBe('');
  });

  it('splits name=value at the first "=" and refuses what is not a variable name', () => {
    expect(parseVar('a=amos-serem')).toEqual(['a', 'amos-serem', 'amos-serem']);
    expect(parseVar('$q=x=y')).toEqual(['q', 'x=y', 'x=y']);
    expect(() => parseVar('novalue')).toThrow(UsageError);
    expect(() => parseVar('=x')).toThrow(UsageError);
    expect(() => parseVar('my-var=1')).toThrow(/not a GraphQL variable name/);
  });

  it('sends the text as typed to String and ID variables, JSON to the others; refuses unknown ones', () => {
    const op = operationOf(parse('query Q($slug: String!, $id: ID, $season: Int, $tags: [String!]) { __typename }'));
    const args = parseArgs(['q', '--var', 'slug=2024', '--var', 'id=12', '--var', 'season=2024', '--var', 'tags=["a"]']);
    expect(fitVariables(op, args.variables, args.rawVariables)).toEqual({ slug: '2024', id: '12', season: 2024, tags: ['a'] });
    expect(() => fitVariables(op, { nope: 1 }, {})).toThrow(/no variable \$nope \(it takes: \$slug, \$id, \$season, \$tags\)/);
  });
});

describe('parseArgs', () => {
  it('has defaults: table, the local server', () => {
    expect(parseArgs(['head-to-head'])).toMatchObject({ target: 'head-to-head', format: 'table', url: DEFAULT_URL, variables: {} });
  });

  it('reads every option, in --name value and --name=value forms', () => {
    const args = parseArgs([
      'q.graphql',
      '--var',
      'a=x',
      '--var=b=2',
      '--format=json',
      '--url',
      'http://127.0.0.1:9/graphql',
      '--database-url',
      'postgres://db',
      '--operation',
      'Op',
    ]);
    expect(args).toMatchObject({
      target: 'q.graphql',
      variables: { a: 'x', b: 2 },
      format: 'json',
      url: 'http://127.0.0.1:9/graphql',
      databaseUrl: 'postgres://db',
      operationName: 'Op',
    });
  });

  it('writes CSV to --output unless a format is given', () => {
    expect(parseArgs(['q', '--output', 'out.csv']).format).toBe('csv');
    expect(parseArgs(['q', '-o', 'out.json', '--format', 'json']).format).toBe('json');
  });

  it('refuses unknown options, bad formats, missing values and two queries', () => {
    expect(() => parseArgs(['q', '--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['q', '--format', 'xml'])).toThrow(/--format must be one of table, csv, json/);
    expect(() => parseArgs(['q', '--var'])).toThrow(/--var needs a value/);
    expect(() => parseArgs(['a', 'b'])).toThrow(/one query at a time/);
  });
});
