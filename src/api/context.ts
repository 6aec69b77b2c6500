import type { Executor } from '../db/executor';
import type { Logger } from '../logger';

/** What every resolver gets: a per-request executor (its round trips are counted) and the request's identity. */
export interface ApiContext {
  executor: Executor;
  requestId: string;
  /** True when the request carried the configured admin bearer token. */
  isAdmin: boolean;
  log: Logger;
}
