import { ConfigError, loadEnv } from '../../../src/config/env';

describe('loadEnv', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      PLANGRAPH_NEO4J_BOLT_PORT: 7687,
      NEO4J_DATABASE: 'neo4j',
      GRAPHQL_INTROSPECTION: true,
    });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it('sizes the pool and the timeouts, the request deadline 3 s above the query timeout unless set', () => {
    expect(loadEnv({})).toMatchObject({
      PLANGRAPH_NEO4J_POOL_SIZE: 100,
      PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS: 2_000,
      PLANGRAPH_HEALTH_TIMEOUT_MS: 3_000,
      PLANGRAPH_REQUEST_TIMEOUT_MS: 18_000,
    });
    expect(loadEnv({ NEO4J_QUERY_TIMEOUT_MS: '5000' }).PLANGRAPH_REQUEST_TIMEOUT_MS).toBe(8_000);
    expect(
      loadEnv({ NEO4J_QUERY_TIMEOUT_MS: '5000', PLANGRAPH_REQUEST_TIMEOUT_MS: '1500' }).PLANGRAPH_REQUEST_TIMEOUT_MS,
    ).toBe(1_500);
    expect(() => loadEnv({ PLANGRAPH_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/PLANGRAPH_REQUEST_TIMEOUT_MS="soon"/);
    expect(() => loadEnv({ PLANGRAPH_NEO4J_POOL_SIZE: '0' })).toThrow(/PLANGRAPH_NEO4J_POOL_SIZE="0"/);
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
