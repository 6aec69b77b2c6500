// `npm run screenshots`: the README's pictures of the explorer, taken by the tooling the browser
// tests use (Debian's Chromium through playwright-core) from the service as `npm start` runs it:
// the configured Neo4j (the local one, started and stopped here when it is not running), the
// bundled plans loaded when missing, on a free port. Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadDotEnv, loadEnv, projectRoot } from '../src/config/env';
import { createLogger } from '../src/logger';
import { startService } from '../src/service';
import { launchChromium } from '../test/helpers/browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('./build.cjs') as { ensureBuilt: () => boolean };

const OUT = path.join(projectRoot, 'docs', 'screenshots');

/** File name, path, and what shows once the view is drawn. */
const SHOTS: [string, string, string][] = [
  ['home', '/', '[data-table="plans"] tbody tr'],
  ['plan-source', '/plans/yuzhong-2021-2025-public-services?src=74-80', '[data-source-panel] [data-highlighted]'],
  ['indicator-chain', '/indicators/yuzhong-2021-2025-public-services/ind/1', '[data-chain-node]'],
  ['contributions', '/contributions/chongqing-2026-2030-social-development-draft/ind/23', '[data-chart] svg'],
  ['municipal-overview', '/contributions?domain=elderly-care', '[data-table="municipal"] tbody tr'],
  ['measure', '/measures/life-expectancy', '[data-table="matrix"] tbody tr'],
  ['gaps', '/gaps', '[data-table="orphans"] tbody tr'],
  ['department', '/departments/chongqing/changshou/dept/发展改革委', '[data-basis]'],
];

async function main(): Promise<void> {
  if (!ensureBuilt()) process.exit(1);
  loadDotEnv();
  const env = loadEnv({ ...process.env, PORT: '0', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const service = await startService(env, createLogger(env.LOG_LEVEL));
  const browser = await launchChromium();
  try {
    mkdirSync(OUT, { recursive: true });
    const origin = new URL(service.api.url).origin;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    for (const [name, url, ready] of SHOTS) {
      await page.goto(origin + url, { waitUntil: 'networkidle' });
      await page.locator(ready).first().waitFor();
      const file = path.join(OUT, `${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`${path.relative(projectRoot, file)}  ${url}\n`);
    }
  } finally {
    await browser.close();
    await service.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
