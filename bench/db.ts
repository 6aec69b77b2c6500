import path from 'node:path';
import { loadEnv, projectRoot, type Env } from '../src/config/env';
import { Executor } from '../src/db/executor';
import { startManaged, stopManaged, type ManagedServer } from '../src/localNeo4j/server';
import { applySchema } from '../src/db/script/applySchema';
import { loadScripts } from '../src/db/script/loadScripts';

// The benchmark's own Neo4j: never the dev (7687) or test (7688/7689) instances.
export const BENCH_HOME = process.env.BENCH_NEO4J_HOME ?? '.neo4j/bench';
export const BENCH_BOLT_PORT = Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7690);

/** The environment the service under test is started with: attach to the bench instance, serve on a free port. */
export function benchEnv(extra: Record<string, string> = {}): Env {
  return loadEnv({
    PLANGRAPH_NEO4J_HOME: BENCH_HOME,
    PLANGRAPH_NEO4J_BOLT_PORT: String(BENCH_BOLT_PORT),
    PLANGRAPH_NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '3g',
    PLANGRAPH_NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // Loads and the aligner run one transaction each over the whole corpus.
    NEO4J_QUERY_TIMEOUT_MS: '60000',
    ...extra,
  });
}

export interface BenchDb {
  server: ManagedServer;
  executor: Executor;
  stop(): Promise<void>;
}

/** Another instance beside the bench's own (its home and port) with more settings: to compare settings in one run. */
export interface BenchVariant {
  home: string;
  boltPort: number;
  /** Its JVM heap, when not the bench's (BENCH_NEO4J_HEAP). */
  heap?: string;
  settings?: readonly string[];
  jvm?: readonly string[];
}

/**
 * A settings variant from its spec: `default`, or `,`-separated neo4j.conf lines (`name=value`), JVM flags (starting
 * with -) and `heap=<size>`.
 */
export function variantOf(spec: string, home: string, boltPort: number): BenchVariant {
  const items = spec === 'default' ? [] : spec.split(',');
  return {
    home,
    boltPort,
    heap: items.find((s) => s.startsWith('heap='))?.slice('heap='.length),
    settings: items.filter((s) => !s.startsWith('-') && !s.startsWith('heap=')),
    jvm: items.filter((s) => s.startsWith('-')),
  };
}

export async function startBenchDb(log: (line: string) => void, variant?: BenchVariant): Promise<BenchDb> {
  const env = benchEnv(
    variant
      ? {
          PLANGRAPH_NEO4J_HOME: variant.home,
          PLANGRAPH_NEO4J_BOLT_PORT: String(variant.boltPort),
          ...(variant.heap ? { PLANGRAPH_NEO4J_HEAP: variant.heap } : {}),
        }
      : {},
  );
  const server = await startManaged(
    {
      home: env.PLANGRAPH_NEO4J_HOME,
      boltPort: env.PLANGRAPH_NEO4J_BOLT_PORT,
      heap: env.PLANGRAPH_NEO4J_HEAP,
      pageCache: env.PLANGRAPH_NEO4J_PAGECACHE,
      settings: variant?.settings,
      jvm: variant?.jvm,
    },
    log,
  );
  const executor = Executor.connect({
    uri: server.uri,
    username: server.username,
    password: server.password,
    database: 'neo4j',
    queryTimeoutMs: 60_000,
    // A busy 2-core machine (a load's GC pauses included) can take seconds to open a connection.
    acquireTimeoutMs: 30_000,
  });
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await executor.close().catch(() => undefined);
      if (server.startedHere) await stopManaged(env.PLANGRAPH_NEO4J_HOME, log);
    })());
  return { server, executor, stop };
}

/** Empties the database and puts back the schema and the reference data: a fresh database for each load. */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  await applySchema(executor, path.join(projectRoot, 'cypher', 'schema.cypher'));
  await loadScripts({ executor, files: [path.join(projectRoot, 'cypher', 'reference.cypher')], by: 'bench' });
}
