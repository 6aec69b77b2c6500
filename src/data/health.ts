import { toDatabaseError, type DatabaseErrorCode } from '../db/errors';
import type { Executor } from '../db/executor';
import type { Logger } from '../logger';

/** Why Neo4j is unavailable, as a code: public, unlike the driver's text (addresses, pool status). */
export type HealthReason =
  'DATABASE_UNREACHABLE' | 'DATABASE_TIMEOUT' | 'AUTH_FAILED' | 'POOL_EXHAUSTED' | 'DATABASE_ERROR';

export interface HealthRecord {
  status: 'OK' | 'UNAVAILABLE';
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  neo4jAddress: string | null;
  database: string;
  reason: HealthReason | null;
  /** Deprecated in the schema: the same code as `reason`. */
  error: HealthReason | null;
}

export interface HealthOptions {
  /** How long health waits for Neo4j; shorter than a query's deadline, so a frozen database shows here first. */
  timeoutMs: number;
  log: Logger;
}

const reasons: Partial<Record<DatabaseErrorCode, HealthReason>> = {
  SERVICE_UNAVAILABLE: 'DATABASE_UNREACHABLE',
  TIMEOUT: 'DATABASE_TIMEOUT',
  UNAUTHENTICATED: 'AUTH_FAILED',
  FORBIDDEN: 'AUTH_FAILED',
  POOL_EXHAUSTED: 'POOL_EXHAUSTED',
};

/**
 * Reads the live server's version and edition; a database that cannot be reached is a status, not
 * an error. The failure's details go to the log (with the request id the logger carries).
 */
export async function readHealth(executor: Executor, { timeoutMs, log }: HealthOptions): Promise<HealthRecord> {
  const database = executor.settings.database;
  try {
    const info = await executor.serverInfo(timeoutMs);
    return {
      status: 'OK',
      neo4jVersion: info.version,
      neo4jEdition: info.edition,
      neo4jAddress: info.address,
      database,
      reason: null,
      error: null,
    };
  } catch (err) {
    const reason = reasons[toDatabaseError(err).code] ?? 'DATABASE_ERROR';
    log.warn({ err, reason }, 'health: database unavailable');
    return {
      status: 'UNAVAILABLE',
      neo4jVersion: null,
      neo4jEdition: null,
      neo4jAddress: null,
      database,
      reason,
      error: reason,
    };
  }
}
