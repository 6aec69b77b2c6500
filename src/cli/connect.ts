import { loadEnv } from '../config/env';
import { resolveConnection } from '../localNeo4j/connection';
import { Executor } from '../db/executor';

/**
 * Runs `work` with an executor on the configured database (starting the managed Neo4j when
 * NEO4J_URI is unset, exactly as `npm start` does), and always closes the driver.
 */
export async function withDatabase<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const env = loadEnv();
  const { settings } = await resolveConnection(env, (line) => process.stderr.write(`${line}\n`));
  const executor = Executor.connect(settings);
  try {
    return await work(executor);
  } finally {
    await executor.close();
  }
}
