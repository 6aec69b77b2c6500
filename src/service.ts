import { loadEnv, type Env } from './config/env';
import { resolveConnection } from './localNeo4j/connection';
import { Executor } from './db/executor';
import { stopManaged } from './localNeo4j/server';
import { startApiServer, type ApiServer } from './api/server';
import { createLogger, type Logger } from './logger';
import { prepareDatabase } from './bootstrap';

export interface RunningService {
  api: ApiServer;
  executor: Executor;
  stop(): Promise<void>;
}

/**
 * `npm start`: ensure a database (NEO4J_URI, or the managed local Neo4j), apply the schema,
 * load reference data and the bundled plans when missing, then serve GraphQL.
 */
export async function startService(env: Env = loadEnv(), log: Logger = createLogger(env.LOG_LEVEL)): Promise<RunningService> {
  const connection = await resolveConnection(env, (line) => log.info(line));
  const executor = Executor.connect(connection.settings);
  try {
    await prepareDatabase(executor, log);
  } catch (err) {
    await executor.close();
    throw err;
  }
  const api = await startApiServer(env, executor, log);
  log.info({ url: api.url, neo4j: connection.settings.uri }, `Plan Graph is serving GraphQL at ${api.url}`);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await api.stop();
      await executor.close();
      // Only a server this process started is stopped; one started by `npm run db:start` keeps running.
      if (connection.managed?.startedHere) {
        log.info('stopping the Neo4j this service started');
        await stopManaged(env.PLANGRAPH_NEO4J_HOME, (line) => log.info(line));
        log.info('Neo4j stopped');
      }
    })());
  return { api, executor, stop };
}
