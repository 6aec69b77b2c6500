import { DatabaseError } from '../../../src/db/errors';
import { Executor } from '../../../src/db/executor';
import { readHealth } from '../../../src/data/health';
import { createLogger } from '../../../src/logger';

describe('a Neo4j that cannot be reached', () => {
  // Nothing listens on port 1; the driver must fail fast with SERVICE_UNAVAILABLE, not hang.
  const executor = Executor.connect({
    uri: 'bolt://127.0.0.1:1',
    username: 'neo4j',
    password: 'x',
    database: 'neo4j',
    queryTimeoutMs: 2_000,
  });
  afterAll(() => executor.close());

  it('maps the failure to SERVICE_UNAVAILABLE', async () => {
    const error = await executor.read('RETURN 1').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('is reported by health as UNAVAILABLE instead of an error', async () => {
    const health = await readHealth(executor, { timeoutMs: 2_000, log: createLogger('silent') });
    expect(health).toMatchObject({
      status: 'UNAVAILABLE',
      neo4jVersion: null,
      database: 'neo4j',
      reason: 'DATABASE_UNREACHABLE',
    });
  });
});
