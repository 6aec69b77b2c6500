import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliWith } from '../../helpers/cli';
import { testConnection } from '../../setup/testDatabase';

// A Bolt port someone else holds is named before anything starts — with its holder, when it can
// be found — instead of surfacing later as a refused password from whatever answers there.

const home = mkdtempSync(path.join(tmpdir(), 'plangraph-ports-'));
const localNeo4j = (boltPort: number) => ({
  NEO4J_URI: undefined,
  NEO4J_PASSWORD: undefined,
  PLANGRAPH_NEO4J_HOME: home,
  PLANGRAPH_NEO4J_BOLT_PORT: String(boltPort),
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A plain TCP listener in a process of its own, as any other program holding the port would be. */
async function holdPort(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ['-e', "require('net').createServer().listen(0, '127.0.0.1', function () { console.log(this.address().port) })"],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve) =>
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  return { child, port };
}

describe('a Bolt port that is already taken', () => {
  it('names the other Neo4j holding it, and how to use another port or that server', async () => {
    if (process.env.NEO4J_TEST_URI) return; // the test server is not a local process then
    const port = Number(new URL(testConnection().uri).port);
    const started = Date.now();
    const r = await cliWith(localNeo4j(port), 'db', 'start');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^error \\[PORT_IN_USE\\]: port ${port} \\(the local Neo4j's Bolt port\\) is already taken by a ` +
          `Neo4j server \\(pid \\d+, home [^)]+\\), so Plan Graph cannot start its Neo4j there`,
      ),
    );
    expect(r.stderr).toMatch(
      /Stop that process, or give this one another port: PLANGRAPH_NEO4J_BOLT_PORT=\d+ \(or --bolt-port \d+\)/,
    );
    expect(r.stderr).toContain(
      `to use that server instead, set NEO4J_URI=bolt://127.0.0.1:${port} and its NEO4J_PASSWORD`,
    );
    expect(r.stderr).not.toMatch(/password\. The password is fixed|START_FAILED/);
    // Refused before Java, Maven or a server were touched.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(existsSync(path.join(home, 'run', 'neo4j.pid'))).toBe(false);
  });

  it('names any other process by its pid and command line', async () => {
    const { child, port } = await holdPort();
    try {
      const r = await cliWith(localNeo4j(port), 'db', 'start');
      expect(r.code).toBe(1);
      const holder =
        process.platform === 'linux'
          ? `pid ${child.pid} \\(${process.execPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -e `
          : '';
      expect(r.stderr).toMatch(
        new RegExp(
          `^error \\[PORT_IN_USE\\]: port ${port} \\(the local Neo4j's Bolt port\\) is already taken by ${holder}`,
        ),
      );
      // Only a Neo4j can be used instead.
      expect(r.stderr).not.toContain('NEO4J_URI=');
    } finally {
      child.kill();
    }
  });
});
