import { loadEnv } from '../../src/config/env';
import { createLogger, type Logger } from '../../src/logger';
import { startService, type RunningService } from '../../src/service';
import { testConnection } from '../setup/testDatabase';
import { useGraph } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { roundTrips?: number; cacheHits?: number; cost?: number | null; requestId?: string };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/**
 * Starts the whole service against the test Neo4j on a free port, for HTTP tests, on the bundled
 * graph (useGraph('bundled'): the schema, reference data and five plans `npm start` loads, so the
 * service finds them all and loads nothing). `executor` reads the graph directly. Pass `log` to read
 * what the service logs (silent otherwise).
 */
export function useService(extraEnv: Record<string, string> = {}, { log }: { log?: Logger } = {}) {
  const graph = useGraph('bundled');
  let service: RunningService | null = null;
  beforeAll(async () => {
    const db = testConnection();
    const env = loadEnv({
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      PORT: '0',
      LOG_LEVEL: 'silent',
      PLANGRAPH_ADMIN_TOKEN: ADMIN_TOKEN,
      ...extraEnv,
    });
    service = await startService(env, log ?? createLogger('silent'));
  }, 300_000);
  afterAll(async () => {
    await service?.stop();
  });

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    if (!service) throw new Error('useService(): the service runs only inside tests and hooks');
    const response = await fetch(service.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plangraph-debug': 'round-trips', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  }

  return { gql, service: () => service as RunningService, executor: graph.executor };
}
