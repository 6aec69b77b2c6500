import type { Browser, Page } from 'playwright-core';
import { countGraphql, launchChromium } from '../../helpers/browser';
import { useService } from '../../helpers/service';

// The measure view's progress section in a real headless Chromium, on the bundled plans: the
// series chart and tables, verdict colours, and the cascade of district targets with its coverage.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureWebBuilt } = require('../../../scripts/build.cjs') as { ensureWebBuilt: () => boolean };

describe('the explorer: progress over time', () => {
  const { service } = useService();
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    expect(ensureWebBuilt()).toBe(true);
    browser = await launchChromium();
    origin = new URL(service().api.url).origin;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const counter = countGraphql(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.locator('[data-view="measure"] [data-chart="series"] svg').waitFor();
    expect(counter.count()).toBe(1);
    return page;
  }

  it("charts the city's life expectancy with its targets coloured by verdict, and the districts' spread", async () => {
    const page = await open('/measures/life-expectancy');
    const observed = await page.locator('[data-table="series"] tr[data-observation="2025"] td').allInnerTexts();
    expect(observed.slice(0, 3)).toEqual(['2025', '79.72', '规划载明']);
    const cited = page.locator('[data-table="targets"] tr[data-target="cited/重庆市十四五公共服务规划/ind/1"]');
    expect(await cited.locator('[data-verdict]').getAttribute('data-verdict')).toBe('MET');
    expect(await cited.locator('[data-verdict]').getAttribute('style')).toContain('rgb(46, 125, 50)');
    // The chart is SVG: its labels are text in the page.
    expect(await page.locator('[data-chart="series"] svg').innerHTML()).toContain('79.72');
    const cascade = page.locator('[data-cascade="2025"]');
    expect(await cascade.locator('[data-coverage]').innerText()).toBe('4/38');
    expect(await cascade.locator('[data-spread]').innerText()).toBe('79.3 – 80.25 – 81');

    await page.locator('[data-progress-region]').selectOption('chongqing/yuzhong');
    await page.locator('[data-table="series"] tr[data-observation="2020"]').waitFor();
    expect(page.url()).toContain('region=chongqing%2Fyuzhong');
    expect(await page.locator('[data-table="series"] tr[data-observation="2020"] td').nth(1).innerText()).toBe('80.78');
    await page.close();
  });

  it("sums the four districts' new jobs against the city's 【＞300】 with coverage 4/38", async () => {
    const page = await open('/measures/new-urban-jobs');
    const cascade = page.locator('[data-cascade="2025"]');
    expect(await cascade.locator('[data-coverage]').innerText()).toBe('4/38');
    expect(await cascade.locator('[data-sum]').innerText()).toBe('55万人（18.3%）');
    expect(await cascade.innerText()).toContain('【＞300】');
    expect(await cascade.innerText()).toContain('部分区县，非全市合计');
    await page.close();
  });

  it("shows the cascade beside a municipal indicator's contributors", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${origin}/contributions/cited/重庆市十四五公共服务规划/ind/10`, { waitUntil: 'networkidle' });
    const cascade = page.locator('[data-view="contributions"] [data-cascade="2025"]');
    await cascade.waitFor();
    expect(await cascade.locator('[data-coverage]').innerText()).toBe('4/38');
    expect(await cascade.innerText()).toContain('55万人 / 市级目标 【＞300】');
    await page.close();
  });
});
