import { startApiServer, type ApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { resolveConnection } from '../../../src/localNeo4j/connection';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logger';
import { testConnection } from '../../setup/testDatabase';

// A pool of one connection, held by a query Neo4j ends only at its transaction timeout: every
// request in between must get SERVICE_UNAVAILABLE after the acquisition timeout, saying why in
// plain words, with nothing of the driver's pool report.
const HOLD = 'UNWIND range(1, 10000000000) AS x RETURN count(x) AS n';
const internals =
  /Pool status|conn count|Idle|acquisition timed out|Neo4jError|at .*\.[jt]s:\d+|127\.0\.0\.1|:\d{4,5}\b/i;

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('an exhausted connection pool', () => {
  let api: ApiServer;
  let executor: Executor;

  beforeAll(async () => {
    const db = testConnection();
    const env = loadEnv({
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      NEO4J_QUERY_TIMEOUT_MS: '4000',
      PLANGRAPH_NEO4J_POOL_SIZE: '1',
      PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS: '500',
      PLANGRAPH_REQUEST_TIMEOUT_MS: '10000',
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    executor = Executor.connect((await resolveConnection(env, () => undefined)).settings);
    api = await startApiServer(env, executor, createLogger('silent'));
  });
  afterAll(async () => {
    await api?.stop();
    await executor?.close();
  });

  async function ask(query: string): Promise<Body> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(15_000),
    });
    return (await response.json()) as Body;
  }

  it('answers SERVICE_UNAVAILABLE (not INTERNAL_SERVER_ERROR) while every connection is busy, then serves again', async () => {
    expect((await ask('{ plans(first: 1) { totalCount } }')).errors).toBeUndefined();

    // Takes the only connection until Neo4j's 4 s transaction timeout ends the query.
    const hold = executor.read(HOLD).catch((err: unknown) => err);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [query, health] = await Promise.all([
      ask('{ plans(first: 1) { totalCount } }'),
      ask('{ health { status reason } }'),
    ]);

    expect(query.data).toBeNull();
    expect(query.errors).toEqual([
      expect.objectContaining({
        message: 'The service is busy: no database connection came free in time; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(query)).not.toMatch(internals);
    expect(health).toEqual({ data: { health: { status: 'UNAVAILABLE', reason: 'POOL_EXHAUSTED' } } });

    await hold;
    expect(await ask('{ health { status } plans(first: 1) { totalCount } }')).toMatchObject({
      data: { health: { status: 'OK' } },
    });
  }, 60_000);
});
