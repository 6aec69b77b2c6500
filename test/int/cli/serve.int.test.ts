import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ENV_HELP, projectRoot } from '../../../src/config/env';
import { cliEnv, cliRun, cliWith, freePort, runProcess, type RunningCli } from '../../helpers/cli';
import { useGraph } from '../../helpers/database';

// `plangraph serve` as a newcomer meets it: flags, --help, a second start, and what it prints.

const SERVING = /Plan Graph is serving GraphQL at http:\/\/127\.0\.0\.1:\d+\/graphql/;

describe('plangraph serve', () => {
  // On the bundled graph a server starts without loading anything.
  useGraph('bundled');

  it('--help lists its flags and every environment variable env.ts reads', async () => {
    const r = await cliWith({}, 'serve', '--help');
    expect(r.code).toBe(0);
    for (const flag of [
      '--port <n>',
      '--host <address>',
      '--neo4j-uri <uri>',
      '--bolt-port <n>',
      '--neo4j-home <dir>',
      '--log-format <format>',
    ])
      expect(r.stdout).toContain(flag);
    for (const name of Object.keys(ENV_HELP)) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(r.stdout).toMatch(/^ {2}PORT=4000 +port GraphQL is served on/m);
    expect(r.stdout).toMatch(/^ {2}PLANGRAPH_NEO4J_BOLT_PORT=7687 +Bolt port/m);
  });

  describe('while one is serving', () => {
    let port = 0;
    let first: RunningCli;
    beforeAll(async () => {
      port = await freePort();
      first = cliRun({}, 'serve', '--port', String(port));
      await first.waitFor(SERVING, 240_000);
    }, 300_000);
    afterAll(async () => {
      await first?.stop();
    }, 120_000);

    it('serves on the port --port names, and logs JSON lines when stderr is not a terminal', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      });
      expect(await response.json()).toEqual({ data: { health: { status: 'OK' } } });
      const lines = first.output().trim().split('\n');
      for (const line of lines) expect((): unknown => JSON.parse(line)).not.toThrow();
      expect(lines.map((l) => (JSON.parse(l) as { msg?: unknown }).msg)).toContain(
        `Plan Graph is serving GraphQL at http://127.0.0.1:${port}/graphql and the explorer at http://127.0.0.1:${port}/`,
      );
    });

    it('a second one exits 1 at once, naming the port, who holds it and the PORT to use instead', async () => {
      const started = Date.now();
      const second = await cliWith({ PORT: String(port) }, 'serve');
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        new RegExp(
          `^error \\[PORT_IN_USE\\]: port ${port} \\(where GraphQL is served, on 127\\.0\\.0\\.1\\) is ` +
            `already taken by Plan Graph \\(plangraph serve, pid \\d+\\)\\. ` +
            `Plan Graph is already running: it serves http://127\\.0\\.0\\.1:${port}/graphql\\. ` +
            `To serve on another port: PORT=\\d+ npm start, or plangraph serve --port \\d+`,
        ),
      );
      expect(second.stderr).not.toContain('EADDRINUSE');
    });
  });

  it('on a terminal, prints its start-up steps in words with timings', async () => {
    const port = await freePort();
    // script(1) (util-linux) gives the process a real pseudo-terminal, as `npm start` in a shell has.
    if (process.platform !== 'linux') return;
    const command = `npx tsx ${path.join(projectRoot, 'src', 'cli', 'main.ts')} serve --port ${port}`;
    const run = cliRunInTerminal(command);
    try {
      // What a person sees: without the terminal's carriage returns and npx's spinner.
      const output = stripVTControlCharacters(await run.waitFor(SERVING, 240_000))
        .replace(/\r/g, '')
        .replace(/[\u2800-\u28ff]/g, '');
      expect(output).toMatch(/^\[ *\d+\.\ds\] connected to Neo4j 5\.\d+\.\d+ \w+ at /m);
      expect(output).toMatch(/^\[ *\d+\.\ds\] schema applied \(\d+(?: ms|\.\d s)\) {2}statements=\d+ changed=\d+/m);
      expect(output).toMatch(
        new RegExp(`^\\[ *\\d+\\.\\ds\\] Plan Graph is serving GraphQL at http://127\\.0\\.0\\.1:${port}/graphql`, 'm'),
      );
      expect(output).not.toMatch(/^\{"level"/m);
    } finally {
      await run.stop();
    }
  });
});

/** Runs `command` under script(1), with a pseudo-terminal for stdin, stdout and stderr. */
function cliRunInTerminal(command: string): RunningCli {
  return runProcess('script', ['-qec', command, '/dev/null'], cliEnv());
}
