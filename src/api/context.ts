import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import type { Loaders } from './loaders';

/** What every resolver gets: a per-request executor (its round trips are counted) and the request's identity. */
export interface ApiContext {
  executor: Executor;
  /** Fresh per request, so nothing cached outlives the request. */
  loaders: Loaders;
  requestId: string;
  /** The client's address as this server saw it (req.ip: the socket peer, as no proxy is trusted). */
  clientAddress: string | null;
  /** True when the request carried the configured admin bearer token. */
  isAdmin: boolean;
  log: Logger;
  /** The operation's static cost, set once it is known (plugins/queryCost.ts); null before or without one. */
  cost: number | null;
  /** How long `health` waits for Neo4j (PLANGRAPH_HEALTH_TIMEOUT_MS). */
  healthTimeoutMs: number;
}
