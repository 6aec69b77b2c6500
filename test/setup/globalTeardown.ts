import { stopManaged } from '../../src/localNeo4j/server';
import { TEST_NEO4J_HOME } from './testDatabase';

/** Stops the test Neo4j only if this run started it, so a run leaves nothing behind. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.PLANGRAPH_TEST_STARTED_NEO4J === '1') await stopManaged(TEST_NEO4J_HOME);
}
