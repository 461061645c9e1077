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
