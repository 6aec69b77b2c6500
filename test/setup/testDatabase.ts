import type { ConnectionSettings } from '../../src/db/executor';

// Integration tests never touch the developer's database: they use NEO4J_TEST_URI when set,
// otherwise a second managed Neo4j with its own home and port.
export const TEST_NEO4J_HOME = process.env.PLANGRAPH_TEST_NEO4J_HOME ?? '.neo4j/test';
export const TEST_BOLT_PORT = Number(process.env.PLANGRAPH_TEST_NEO4J_BOLT_PORT ?? 7688);

/** Connection settings the global setup exported for the test workers. */
export function testConnection(): ConnectionSettings {
  const uri = process.env.PLANGRAPH_TEST_URI;
  if (!uri)
    throw new Error(
      'PLANGRAPH_TEST_URI is not set: integration tests must run through jest with test/setup/globalSetup.ts',
    );
  return {
    uri,
    username: process.env.PLANGRAPH_TEST_USERNAME ?? 'neo4j',
    password: process.env.PLANGRAPH_TEST_PASSWORD ?? '',
    database: process.env.PLANGRAPH_TEST_DATABASE ?? 'neo4j',
    queryTimeoutMs: 30_000,
  };
}
