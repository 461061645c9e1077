import { ConfigError, readConfig } from './config';

describe('readConfig: GRAPHQL_EXECUTOR', () => {
  it('compiles hot queries unless told to interpret', () => {
    expect(readConfig({}, []).executor).toBe('jit');
    expect(readConfig({ GRAPHQL_EXECUTOR: 'jit' }, []).executor).toBe('jit');
    expect(readConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }, []).executor).toBe('graphql-js');
  });

  it('names the variable and the value it refuses', () => {
    expect(() => readConfig({ GRAPHQL_EXECUTOR: 'fast' }, [])).toThrow(ConfigError);
    expect(() => readConfig({ GRAPHQL_EXECUTOR: 'fast' }, [])).toThrow('GRAPHQL_EXECUTOR must be "jit" or "graphql-js", got "fast"');
  });
});

describe('readConfig: DB_PREPARED_STATEMENTS', () => {
  it('prepares reads by keys unless turned off', () => {
    expect(readConfig({}, []).preparedStatements).toBe(true);
    expect(readConfig({ DB_PREPARED_STATEMENTS: '0' }, []).preparedStatements).toBe(false);
    expect(readConfig({ DB_PREPARED_STATEMENTS: 'off' }, []).preparedStatements).toBe(false);
    expect(readConfig({ DB_PREPARED_STATEMENTS: 'true' }, []).preparedStatements).toBe(true);
    expect(() => readConfig({ DB_PREPARED_STATEMENTS: 'maybe' }, [])).toThrow(
      'DB_PREPARED_STATEMENTS must be 1 or 0 (true/false, on/off), got "maybe"',
    );
  });
});
