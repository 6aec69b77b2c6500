import type { Browser, Page } from 'playwright-core';
import { countGraphql, launchChromium } from '../../helpers/browser';
import { cliOk } from '../../helpers/cli';
import { useService } from '../../helpers/service';

// The measure view's progress section in a real headless Chromium, on the bundled plans: the
// series chart and tables, verdict colours, and the cascade of district targets with its coverage;
// and the progress column of the plan and contributions views (verdict, else trajectory).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureWebBuilt } = require('../../../scripts/build.cjs') as { ensureWebBuilt: () => boolean };

const CITED = 'cited/重庆市十四五公共服务规划';
const CITY_LIFE = 'chongqing-2026-2030-social-development-draft/ind/23';
const ACTUALS = 'test/fixtures/observations/synthetic-actuals.csv';
const RED = 'rgb(198, 40, 40)';
const GREEN = 'rgb(46, 125, 50)';

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

  /** Opens a plan or contributions view and waits for its table; one GraphQL request. */
  async function openTable(path: string, view: string, table: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const counter = countGraphql(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.locator(`[data-view="${view}"] [data-table="${table}"] tbody tr`).first().waitFor();
    expect(counter.count()).toBe(1);
    return page;
  }

  /** Each row's progress cell: its word, its colour and its tooltip, by row id. */
  async function progressCells(page: Page, table: string) {
    const rows = await page.locator(`[data-table="${table}"] tbody tr`).all();
    const header = await page.locator(`[data-table="${table}"] thead th`).allInnerTexts();
    const column = header.findIndex((h) => h.startsWith('进展'));
    expect(column).toBeGreaterThan(0);
    const out: Record<string, { text: string; color: string | null; title: string | null }> = {};
    for (const tr of rows) {
      const td = tr.locator('td').nth(column);
      const badge = td.locator('.status');
      const has = (await badge.count()) > 0;
      out[(await tr.getAttribute('data-row')) ?? '?'] = {
        text: (await td.innerText()).trim(),
        color: has ? (/(?:^|;\s*)color:\s*([^;]+)/.exec((await badge.getAttribute('style')) ?? '')?.[1] ?? null) : null,
        title: has ? await badge.getAttribute('title') : null,
      };
    }
    return out;
  }

  it("plan view: the city's cited 2025 targets coloured by verdict, 7 met and 2 not met, the values compared on hover", async () => {
    const page = await openTable(`/plans/${CITED}`, 'plan', 'plan-indicators');
    const cells = await progressCells(page, 'plan-indicators');
    const words = Object.values(cells).map((c) => c.text);
    expect(words).toHaveLength(28);
    expect(words.filter((w) => w === '已完成')).toHaveLength(7);
    expect(words.filter((w) => w === '未完成')).toHaveLength(2);
    expect(words.filter((w) => w === '—')).toHaveLength(19);
    expect(cells[`${CITED}/ind/16`]).toEqual({
      text: '未完成',
      color: RED,
      title: '观测值 3.51（2025）对目标 3.6（2025）',
    });
    expect(cells[`${CITED}/ind/9`]).toEqual({
      text: '未完成',
      color: RED,
      title: '观测值 11.66（2025）对目标 12（2025）',
    });
    expect(cells[`${CITED}/ind/26`]).toEqual({
      text: '已完成',
      color: GREEN,
      title: '观测值 ≥98（2025）对目标 ＞95（2025）',
    });
    await page.close();
  });

  it('contributions view: no district has a value after its baseline year in the bundled plans, so no progress yet', async () => {
    const page = await openTable(`/contributions/${CITY_LIFE}`, 'contributions', 'contributions');
    const words = Object.values(await progressCells(page, 'contributions')).map((c) => c.text);
    expect(words).toEqual(['—', '—', '—', '—']);
    await page.close();
  });

  describe('with the synthetic actuals imported (invented numbers, test/fixtures/observations)', () => {
    beforeAll(async () => {
      await cliOk('observations', 'import', ACTUALS);
    }, 120_000);

    it("contributions view: each district's own target over time beside how it compares with the city's", async () => {
      const page = await openTable(`/contributions/${CITY_LIFE}`, 'contributions', 'contributions');
      // 渝中区's 2025 value is imported: a verdict; 江北区 and 永川区 have a 2023 value: where they stand
      // on the path from 2020; 长寿区 has no value after its baseline year: nothing.
      expect(await progressCells(page, 'contributions')).toEqual({
        'changshou-2021-2025-social-livelihood/ind/5': { text: '—', color: null, title: null },
        'jiangbei-2021-2025-public-services/ind/12': {
          text: '滞后',
          color: RED,
          title: '观测值 79.2（2023），按路径应达 79.376，相差 -0.176（慢于进度 2.8387 年）',
        },
        'yongchuan-2021-2025-public-services/ind/11': {
          text: '超前',
          color: GREEN,
          title: '观测值 79.2（2023），按路径应达 78.84，相差 0.36（快于进度 1.5652 年）',
        },
        'yuzhong-2021-2025-public-services/ind/1': {
          text: '已完成',
          color: GREEN,
          title: '观测值 81.1（2025）对目标 81（2025）',
        },
      });
      await page.close();
    });

    it("plan view: the city's running targets placed on their path", async () => {
      const page = await openTable('/plans/chongqing-2026-2030-social-development-draft', 'plan', 'plan-indicators');
      const cells = await progressCells(page, 'plan-indicators');
      // Unemployment falls faster than planned (lower is better): ahead; the pension on pace: blue.
      expect(Object.entries(cells).filter(([, c]) => c.text !== '—')).toEqual([
        [
          'chongqing-2026-2030-social-development-draft/ind/1',
          { text: '超前', color: GREEN, title: '观测值 5.2（2027），按路径应达 5.38，相差 -0.18（快于进度 4.5 年）' },
        ],
        [
          'chongqing-2026-2030-social-development-draft/ind/3',
          {
            text: '按期',
            color: 'rgb(21, 101, 192)',
            title: '观测值 2673（2027），按路径应达 2672.6，相差 0.4（快于进度 0.2222 年）',
          },
        ],
      ]);
      await page.close();
    });
  });
});
