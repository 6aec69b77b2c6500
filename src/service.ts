import { loadEnv, type Env } from './config/env';
import { resolveConnection, type ResolvedConnection } from './localNeo4j/connection';
import { Executor } from './db/executor';
import { stopManaged } from './localNeo4j/server';
import { startApiServer, type ApiServer } from './api/server';
import { apiPortTaken } from './api/port';
import { isPortFree } from './host/ports';
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
export async function startService(
  env: Env = loadEnv(),
  log: Logger = createLogger(env.LOG_LEVEL),
): Promise<RunningService> {
  // Checked before anything starts: a second `npm start` should fail in a second, not after Neo4j.
  if (!(await isPortFree(env.PORT, env.HOST))) throw await apiPortTaken(env.PORT, env.HOST);
  const connection = await resolveConnection(env, (line) => log.info(line));
  const executor = Executor.connect(connection.settings);
  let api: ApiServer;
  try {
    await prepareDatabase(executor, log);
    api = await startApiServer(env, executor, log);
  } catch (err) {
    // Nothing may keep the process alive after a failed start: no driver, no Neo4j it started.
    await executor.close();
    await stopStartedNeo4j(env, connection, log);
    throw err;
  }
  log.info(
    { url: api.url, neo4j: connection.settings.uri, readyMs: Math.round(performance.now()) },
    `Plan Graph is serving GraphQL at ${api.url} and the explorer at ${new URL('/', api.url).href}`,
  );

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await api.stop();
      await executor.close();
      await stopStartedNeo4j(env, connection, log);
    })());
  return { api, executor, stop };
}

// Only a server this process started is stopped; one started by `npm run db:start` keeps running.
async function stopStartedNeo4j(env: Env, connection: ResolvedConnection, log: Logger): Promise<void> {
  if (!connection.managed?.startedHere) return;
  log.info('stopping the Neo4j this service started');
  await stopManaged(env.PLANGRAPH_NEO4J_HOME, (line) => log.info(line));
  log.info('Neo4j stopped');
}
