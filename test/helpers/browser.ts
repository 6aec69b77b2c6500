import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The browser the explorer's tests drive: Debian's `chromium` (or PLANGRAPH_CHROMIUM), headless,
 * through playwright-core, which downloads no browser of its own. `.ci/run` installs the package.
 */
export const CHROMIUM = process.env.PLANGRAPH_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium fonts-noto-cjk) or set PLANGRAPH_CHROMIUM to a Chromium binary`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium's sandbox refuses to run as root (CI runs as root); a user run keeps it.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}

/** Counts the GraphQL requests a page makes, so a test can say how many a view needed. */
export function countGraphql(page: Page): { count: () => number; reset: () => void } {
  let n = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') n += 1;
  });
  return { count: () => n, reset: () => (n = 0) };
}

/** Milliseconds from navigation start to the view's `view-ready:<name>` mark (set once its data first shows). */
export async function readyTime(page: Page, name: string): Promise<number> {
  const ms = await page.evaluate(`performance.getEntriesByName('view-ready:${name}')[0]?.startTime ?? -1`);
  return Math.round(Number(ms));
}
