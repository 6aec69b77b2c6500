import { DatabaseError } from '../db/errors';
import type { Executor } from '../db/executor';

export interface HealthRecord {
  status: 'OK' | 'UNAVAILABLE';
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  neo4jAddress: string | null;
  database: string;
  error: string | null;
}

/** Reads the live server's version and edition; a database that cannot be reached is a status, not an error. */
export async function readHealth(executor: Executor): Promise<HealthRecord> {
  const database = executor.settings.database;
  try {
    const info = await executor.serverInfo();
    return { status: 'OK', neo4jVersion: info.version, neo4jEdition: info.edition, neo4jAddress: info.address, database, error: null };
  } catch (err) {
    const reason = err instanceof DatabaseError ? `${err.code}: ${err.message}` : String(err);
    return { status: 'UNAVAILABLE', neo4jVersion: null, neo4jEdition: null, neo4jAddress: null, database, error: reason };
  }
}
