import { ConfigError, loadEnv } from '../../../src/config/env';

describe('loadEnv', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', PLANGRAPH_NEO4J_BOLT_PORT: 7687, NEO4J_DATABASE: 'neo4j', GRAPHQL_INTROSPECTION: true });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ NEO4J_URI: '', NEO4J_PASSWORD: ' ' }).NEO4J_URI).toBeUndefined();
  });

  it('lists every invalid variable in one error', () => {
    expect(() => loadEnv({ PORT: 'x', NEO4J_URI: 'http://db', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadEnv({ PORT: 'x', NEO4J_URI: 'http://db', LOG_LEVEL: 'loud' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/PORT="x"/);
      expect(message).toMatch(/NEO4J_URI="http:\/\/db": must start with neo4j:\/\/ or bolt:\/\//);
      expect(message).toMatch(/LOG_LEVEL="loud"/);
    }
  });
});
