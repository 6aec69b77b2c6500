import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ManagedDbError } from './errors';
import { runTool } from './tools';
import type { Neo4jLayout } from './layout';

/**
 * Resolves the Neo4j Community server jars from Maven Central into `.neo4j/lib`, once per
 * version of db/pom.xml. Maven's own cache (~/.m2) makes a second checkout's resolve quick.
 */
export async function ensureJars(layout: Neo4jLayout, log: (line: string) => void): Promise<void> {
  const stampFile = path.join(layout.lib, '.resolved-from');
  const stamp = createHash('sha256').update(readFileSync(layout.pom)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;

  log(`resolving Neo4j jars with Maven into ${layout.lib} (first start only) …`);
  const started = Date.now();
  rmSync(layout.lib, { recursive: true, force: true });
  mkdirSync(layout.lib, { recursive: true });
  const args = [
    '-B',
    '-q',
    '-f',
    layout.pom,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${layout.lib}`,
    '-DincludeScope=runtime',
  ];
  const result = await runTool('mvn', args);
  if (result.code !== 0) {
    throw new ManagedDbError(
      'JARS_UNRESOLVED',
      `Maven could not resolve the Neo4j server (mvn ${args.join(' ')} exited ${result.code}); ` +
        `expected Maven 3.8+ with access to Maven Central.\n${result.output.slice(-2000)}`,
    );
  }
  writeFileSync(stampFile, stamp);
  log(`resolved the Neo4j jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
