import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startManaged } from '../../src/localNeo4j/server';
import { TEST_BOLT_PORT, TEST_NEO4J_HOME } from './testDatabase';

/** Provides one real Neo4j for the whole integration run. */
export default async function globalSetup(): Promise<void> {
  // Loads in tests append to an audit file of their own, never the project's .plangraph/.
  const runDir = mkdtempSync(path.join(tmpdir(), 'plangraph-test-run-'));
  process.env.PLANGRAPH_TEST_RUN_DIR = runDir;
  process.env.PLANGRAPH_AUDIT_FILE ??= path.join(runDir, 'loads.jsonl');
  // Where useGraph (test/helpers/database.ts) keeps the fingerprint of the bundled graph it last prepared.
  process.env.PLANGRAPH_TEST_GRAPH_STATE = path.join(runDir, 'bundled-graph.sha256');
  if (process.env.NEO4J_TEST_URI) {
    process.env.PLANGRAPH_TEST_URI = process.env.NEO4J_TEST_URI;
    process.env.PLANGRAPH_TEST_USERNAME = process.env.NEO4J_TEST_USERNAME ?? 'neo4j';
    process.env.PLANGRAPH_TEST_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? '';
    process.env.PLANGRAPH_TEST_DATABASE = process.env.NEO4J_TEST_DATABASE ?? 'neo4j';
    return;
  }
  const started = Date.now();
  const server = await startManaged(
    { home: TEST_NEO4J_HOME, boltPort: TEST_BOLT_PORT, heap: '1g', pageCache: '256m' },
    (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  );
  process.stderr.write(
    `[test neo4j] ${server.startedHere ? 'started' : 'reused'} ${server.uri} in ${Date.now() - started} ms\n`,
  );
  process.env.PLANGRAPH_TEST_URI = server.uri;
  process.env.PLANGRAPH_TEST_PASSWORD = server.password;
  if (server.startedHere) process.env.PLANGRAPH_TEST_STARTED_NEO4J = '1';
}
