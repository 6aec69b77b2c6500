import { loadEnv } from '../../../src/config/env';
import { createLogger } from '../../../src/logger';
import { startService, type RunningService } from '../../../src/service';
import { useGraph } from '../../helpers/database';
import { testConnection } from '../../setup/testDatabase';

describe('the running service over HTTP', () => {
  // The service loads the bundled plans when it finds them missing: on the bundled graph it only starts.
  useGraph('bundled');
  let service: RunningService;

  beforeAll(async () => {
    const db = testConnection();
    const env = loadEnv({
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    service = await startService(env, createLogger('silent'));
  });
  afterAll(() => service.stop());

  it('answers the health query with the live Neo4j version and edition', async () => {
    const response = await fetch(service.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status neo4jVersion neo4jEdition database } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { health: Record<string, string> } };
    expect(body.data.health).toMatchObject({ status: 'OK', neo4jEdition: 'community', database: 'neo4j' });
    expect(body.data.health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
  });
});
