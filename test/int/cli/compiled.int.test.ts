import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../../src/config/env';
import { cliEnv, cliOk, runProcess, freePort } from '../../helpers/cli';
import { useGraph } from '../../helpers/database';

// `npm start` and the `plangraph` bin run the compiled build (dist/), made by `npm ci` (prepare)
// or on start when src/ changed. It must behave as the TypeScript the other tests run.

const run = promisify(execFile);
const BIN = path.join(projectRoot, 'bin', 'plangraph.cjs');
const PLAN = path.join('plans', 'yongchuan-2021-2025-public-services.txt');

describe('the compiled build', () => {
  // On the bundled graph the server it starts loads nothing.
  useGraph('bundled');

  beforeAll(async () => {
    await run(process.execPath, [path.join(projectRoot, 'scripts', 'build.cjs')], {
      cwd: projectRoot,
      timeout: 300_000,
    });
  }, 300_000);

  it('is up to date after a build: the bin starts without compiling', async () => {
    const { stderr } = await run(process.execPath, [BIN, '--help'], { cwd: projectRoot });
    expect(stderr).toBe('');
  });

  it('writes the same plan script as the TypeScript sources (same data files, same parser version)', async () => {
    const compiled = await run(process.execPath, [BIN, 'build', PLAN, '-o', '-'], {
      cwd: projectRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    const source = await cliOk('build', PLAN, '-o', '-');
    expect(compiled.stdout).toBe(source.stdout);
  });

  it('serves GraphQL and the offline GraphiQL page', async () => {
    const port = await freePort();
    const server = runProcess(process.execPath, [BIN, 'serve', '--port', String(port)], cliEnv());
    try {
      await server.waitFor(/Plan Graph is serving GraphQL/, 240_000);
      const url = `http://127.0.0.1:${port}/graphql`;
      const health = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      });
      expect(await health.json()).toEqual({ data: { health: { status: 'OK' } } });
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('<title>Plan Graph · GraphiQL</title>');
      expect((await fetch(`${url}/ide/start.js`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
