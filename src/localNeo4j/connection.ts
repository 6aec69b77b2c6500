import type { Env } from '../config/env';
import type { ConnectionSettings } from '../db/executor';
import { startManaged, type ManagedServer } from './server';
import type { ManagedOptions } from './layout';

export interface ResolvedConnection {
  settings: ConnectionSettings;
  /** Set when the project manages the server itself (no NEO4J_URI). */
  managed: ManagedServer | null;
}

export function managedOptions(env: Env): ManagedOptions {
  return {
    home: env.PLANGRAPH_NEO4J_HOME,
    boltPort: env.PLANGRAPH_NEO4J_BOLT_PORT,
    heap: env.PLANGRAPH_NEO4J_HEAP,
    pageCache: env.PLANGRAPH_NEO4J_PAGECACHE,
    password: env.NEO4J_PASSWORD,
  };
}

/** NEO4J_URI wins: the project then starts nothing. Otherwise the managed local server is started (or reused). */
export async function resolveConnection(env: Env, log: (line: string) => void): Promise<ResolvedConnection> {
  const common = {
    database: env.NEO4J_DATABASE,
    queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
    poolSize: env.PLANGRAPH_NEO4J_POOL_SIZE,
    acquireTimeoutMs: env.PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS,
  };
  if (env.NEO4J_URI) {
    const password = env.NEO4J_PASSWORD ?? '';
    return { settings: { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password, ...common }, managed: null };
  }
  const managed = await startManaged(managedOptions(env), log);
  return { settings: { uri: managed.uri, username: managed.username, password: managed.password, ...common }, managed };
}
