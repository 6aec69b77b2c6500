import { startApiServer, type ApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { Executor } from '../../../src/db/executor';
import { capturedLog } from '../../helpers/capturedLog';

// health is public: while Neo4j is down it says so with a reason code, and the driver's own
// text (addresses, ports, pool status) goes only to the log, under the request id.
const leaks = /127\.0\.0\.1|localhost|:\d{2,5}\b|ECONNREFUSED|discovery|pool|conn count|Neo4jError|bolt:/i;

interface Body {
  data?: { health?: Record<string, unknown> } | null;
  errors?: unknown[];
}

describe('health while Neo4j cannot be reached', () => {
  // Nothing listens on port 1: every connection attempt is refused at once.
  const executor = Executor.connect({
    uri: 'bolt://127.0.0.1:1',
    username: 'neo4j',
    password: 'x',
    database: 'neo4j',
    queryTimeoutMs: 2_000,
  });
  const capture = capturedLog('debug');
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer(loadEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' }), executor, capture.log);
  });
  afterAll(async () => {
    await api?.stop();
    await executor.close();
  });

  async function ask(query: string, requestId: string): Promise<Body> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Body;
  }

  it('names no address, port or driver text in the public answer', async () => {
    const body = await ask('{ health { status error neo4jAddress } }', 'health-privacy-1');
    expect(body.errors).toBeUndefined();
    expect(body.data?.health?.status).toBe('UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(leaks);
  });

  it('gives a reason code, and logs the details with the request id', async () => {
    const body = await ask('{ health { status reason error } }', 'health-privacy-2');
    expect(body).toEqual({
      data: { health: { status: 'UNAVAILABLE', reason: 'DATABASE_UNREACHABLE', error: 'DATABASE_UNREACHABLE' } },
    });
    const logged = capture.lines.find(
      (line) => line.requestId === 'health-privacy-2' && line.msg === 'health: database unavailable',
    );
    expect(logged).toMatchObject({ level: 40, reason: 'DATABASE_UNREACHABLE' });
    expect(JSON.stringify(logged?.err)).toMatch(/127\.0\.0\.1:1|ECONNREFUSED/);
  });
});
