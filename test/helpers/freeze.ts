import { layoutFor } from '../../src/localNeo4j/layout';
import { readPidState } from '../../src/localNeo4j/pid';
import { TEST_NEO4J_HOME } from '../setup/testDatabase';

/**
 * The pid of the managed test Neo4j (checked to be that server, not a recycled pid), or null when
 * the tests run against another server (NEO4J_TEST_URI) that they cannot freeze.
 */
export function testNeo4jPid(): number | null {
  if (process.env.NEO4J_TEST_URI) return null;
  const state = readPidState(layoutFor(TEST_NEO4J_HOME));
  return state.state === 'running' ? state.pid : null;
}

/**
 * Runs `work` while the test Neo4j is stopped with SIGSTOP (the JVM answers nothing, its sockets
 * stay open: what a long GC pause or a hung host looks like), and always resumes it.
 */
export async function whileFrozen<T>(pid: number, work: () => Promise<T>): Promise<T> {
  process.kill(pid, 'SIGSTOP');
  try {
    return await work();
  } finally {
    process.kill(pid, 'SIGCONT');
  }
}
