import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiContext } from '../../../src/api/context';
import { startApiServer, type ApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { Executor } from '../../../src/db/executor';
import { startManaged, stopManaged } from '../../../src/localNeo4j/server';
import { createLogger } from '../../../src/logger';

// A Neo4j of its own (home and port apart from the shared test server), so stopping it mid-test
// disturbs no other suite.
const managed = {
  home: process.env.PLANGRAPH_TEST_OUTAGE_HOME ?? '.neo4j/test-outage',
  boltPort: Number(process.env.PLANGRAPH_TEST_OUTAGE_BOLT_PORT ?? 7689),
  heap: '512m',
  pageCache: '64m',
};

const testTypeDefs = 'extend type Query { oneRoundTrip: Int! }';
const testResolvers = {
  Query: {
    oneRoundTrip: async (_: unknown, __: unknown, { executor }: ApiContext) =>
      Number((await executor.read('RETURN 1 AS one'))[0]?.one),
  },
};

interface Body {
  data?: { health?: { status: string; reason: string | null }; oneRoundTrip?: number } | null;
  errors?: { message: string; extensions: { code: string } }[];
}

async function ask(api: ApiServer, query: string): Promise<Body> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Body;
}

describe('Neo4j going down and coming back while the API runs', () => {
  let api: ApiServer;
  let executor: Executor;

  beforeAll(async () => {
    const server = await startManaged(managed);
    const env = loadEnv({ NEO4J_URI: server.uri, NEO4J_PASSWORD: server.password, PORT: '0', LOG_LEVEL: 'silent' });
    executor = Executor.connect({
      uri: server.uri,
      username: server.username,
      password: server.password,
      database: 'neo4j',
      queryTimeoutMs: 5_000,
    });
    api = await startApiServer(env, executor, createLogger('silent'), {
      extraTypeDefs: [testTypeDefs],
      extraResolvers: [testResolvers],
    });
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await executor?.close();
    await stopManaged(managed.home);
  }, 120_000);

  it('answers while Neo4j is up', async () => {
    expect(await ask(api, '{ health { status } oneRoundTrip }')).toEqual({
      data: { health: { status: 'OK' }, oneRoundTrip: 1 },
    });
  });

  it('keeps serving while Neo4j is down: health says UNAVAILABLE, database queries get SERVICE_UNAVAILABLE', async () => {
    await stopManaged(managed.home);

    const health = await ask(api, '{ health { status reason } }');
    expect(health).toEqual({ data: { health: { status: 'UNAVAILABLE', reason: 'DATABASE_UNREACHABLE' } } });

    const query = await ask(api, '{ oneRoundTrip }');
    expect(query.data).toBeNull();
    expect(query.errors).toEqual([
      expect.objectContaining({
        message: 'The database is unavailable; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
  }, 120_000);

  it('recovers once Neo4j is back, without a restart', async () => {
    await startManaged(managed);
    // The driver drops dead connections and opens new ones on demand; give it a few attempts.
    let body: Body = {};
    for (let attempt = 0; attempt < 20; attempt += 1) {
      body = await ask(api, '{ health { status } oneRoundTrip }');
      if (!body.errors && body.data?.health?.status === 'OK') break;
      await sleep(500);
    }
    expect(body).toEqual({ data: { health: { status: 'OK' }, oneRoundTrip: 1 } });
  }, 300_000);
});
