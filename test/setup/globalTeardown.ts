import { rmSync } from 'node:fs';
import { stopManaged } from '../../src/localNeo4j/server';
import { TEST_NEO4J_HOME } from './testDatabase';

/** Stops the test Neo4j only if this run started it, and removes the run's temp dir, so a run leaves nothing behind. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.PLANGRAPH_TEST_RUN_DIR) rmSync(process.env.PLANGRAPH_TEST_RUN_DIR, { recursive: true, force: true });
  if (process.env.PLANGRAPH_TEST_STARTED_NEO4J === '1') await stopManaged(TEST_NEO4J_HOME);
}
