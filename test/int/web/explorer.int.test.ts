import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { alignPlans, buildCatalogue, catalogue } from '../../../src/align';
import { startApiServer, type ApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logger';
import { countGraphql, launchChromium, readyTime } from '../../helpers/browser';
import { freePort } from '../../helpers/cli';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// The explorer in a real headless Chromium, against the real service and the bundled plans.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureWebBuilt } = require('../../../scripts/build.cjs') as { ensureWebBuilt: () => boolean };

const CITY_LIFE = 'chongqing-2026-2030-social-development-draft/ind/23';
const YUZHONG = 'yuzhong-2021-2025-public-services';
const YUZHONG_LIFE = `${YUZHONG}/ind/1`;
/** First render times (ms from navigation start to the view's data on screen), reported at the end. */
const timings: Record<string, number> = {};
const requests: Record<string, number> = {};

describe('the explorer in a browser', () => {
  const { gql, service } = useService();
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // A fresh clone has the bundle from `npm ci`; a changed web/ is bundled again here.
    expect(ensureWebBuilt()).toBe(true);
    browser = await launchChromium();
    origin = new URL(service().api.url).origin;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    process.stderr.write(
      `[explorer] GraphQL requests per view: ${JSON.stringify(requests)}\n[explorer] first render (ms from navigation start): ${JSON.stringify(timings)}\n`,
    );
  });

  /** Opens a view at `path` and waits until its data shows and the network is quiet; counts its GraphQL requests. */
  async function open(path: string, view: string, page?: Page): Promise<{ page: Page; graphql: () => number }> {
    const p = page ?? (await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' }));
    const counter = countGraphql(p);
    await p.goto(origin + path, { waitUntil: 'networkidle' });
    await p.locator(`[data-view="${view}"]`).waitFor();
    const n = counter.count();
    requests[view] = Math.max(requests[view] ?? 0, n);
    expect(n).toBeLessThanOrEqual(2);
    return { page: p, graphql: counter.count };
  }

  const cells = async (page: Page, table: string, row: string) =>
    (await page.locator(`[data-table="${table}"] tr[data-row="${row}"] td`).allInnerTexts()).map((s) => s.trim());

  it('home: the city and the districts with plans, the plans, and search grouped by type', async () => {
    const { page } = await open('/', 'home');
    timings.home = await readyTime(page, 'home');
    await page.locator('[data-table="plans"] tbody tr').first().waitFor();
    expect(await cells(page, 'regions', 'chongqing')).toEqual(['重庆市', '市级', '1', '28', '部门']);
    expect(await page.locator('[data-table="regions"] tbody tr').count()).toBe(5);
    expect(await page.locator('[data-table="plans"]').innerText()).toContain('重庆市“十五五”社会发展规划');

    const search = countGraphql(page);
    await page.getByRole('searchbox').fill('托育');
    await page.getByRole('search').getByRole('button').click();
    await page.waitForURL(/\/search\?q=/);
    await page.locator('[data-view="search"] [data-group="Project"]').waitFor();
    requests.search = search.count();
    expect(requests.search).toBe(1);
    expect(await page.locator('[data-group="Project"]').innerText()).toContain('普惠托育服务扩容提质');
    expect(await page.locator('[data-group="Chapter"]').innerText()).toContain('推进普惠托育服务发展');
    await page.close();
  });

  it('plan: metadata, outline with inferred headings, the indicator table; a row opens its source, highlighted', async () => {
    const { page, graphql } = await open(`/plans/${YUZHONG}`, 'plan');
    timings.plan = await readyTime(page, 'plan');
    expect(await page.locator('h1').innerText()).toBe('重庆市渝中区“十四五”公共服务规划');
    expect(await cells(page, 'plan-indicators', YUZHONG_LIFE)).toEqual(
      expect.arrayContaining([
        '1',
        '人口',
        '人均预期寿命',
        '岁',
        '80.78（2020）',
        '81（2025）',
        '79.3（2025）',
        '预期性',
      ]),
    );
    expect(await page.locator('[data-table="plan-indicators"] tbody tr').count()).toBe(32);

    // The source of row 1: the plan text with lines 74–80 highlighted, one more request.
    await page.locator(`[data-table="plan-indicators"] tr[data-row="${YUZHONG_LIFE}"] .source-link`).click();
    await page.waitForURL(/\?src=74-80$/);
    const highlighted = page.locator('[data-source-panel] [data-highlighted]');
    await highlighted.first().waitFor();
    const lineNumbers = await Promise.all((await highlighted.all()).map((l) => l.getAttribute('data-line')));
    expect(lineNumbers).toEqual(['74', '75', '76', '77', '78', '79', '80']);
    expect(await page.locator('[data-source-panel] [data-line="75"]').innerText()).toContain('人均预期寿命');
    expect(await page.locator('[data-source-panel] [data-line="73"]').getAttribute('data-highlighted')).toBeNull();
    requests['plan + source'] = graphql();
    expect(graphql()).toBe(2);
    await page.close();

    // Jiangbei's outline has headings the text never prints: marked as inferred.
    const jiangbei = await open('/plans/jiangbei-2021-2025-public-services', 'plan');
    const inferred = jiangbei.page.locator('[data-chapter="jiangbei-2021-2025-public-services/ch1"] > .inferred-tag');
    expect(await inferred.innerText()).toBe('推断标题');
    await jiangbei.page.close();
  });

  it('exports a table as CSV: UTF-8 with a byte-order mark, the rows shown', async () => {
    const { page } = await open(`/plans/${YUZHONG}`, 'plan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="plan-indicators"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${YUZHONG}-indicators.csv`);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,类别,指标名称,单位,基期值,目标值,市级目标（原文引用）,属性,累计,度量,上卷,进展,原文');
    expect(lines[1]).toBe(
      '1,人口,人均预期寿命,岁,80.78（2020）,81（2025）,79.3（2025）,预期性,,人均预期寿命,领先 / 领先,,74-80',
    );
    expect(lines).toHaveLength(1 + 32);
    await page.close();
  });

  it('indicator: values, inferred domains and departments, and the roll-up chain drawn with labelled, coloured edges', async () => {
    const { page } = await open(`/indicators/${YUZHONG_LIFE}`, 'indicator');
    await page.locator('[data-chain-node]').first().waitFor();
    expect(await page.locator('[data-domains] [data-basis]').first().getAttribute('data-basis')).toBe('INFERRED');
    expect(await page.locator('[data-responsible]').innerText()).toContain('区卫生健康委');
    // District → the city's 2026–2030 plan and → the cited municipal 2021–2025 plan (a stub, dashed).
    expect(await page.locator('[data-chain-node]').count()).toBe(3);
    expect(
      await page.locator('[data-chain-node="cited/重庆市十四五公共服务规划/ind/1"]').getAttribute('class'),
    ).toContain('stub');
    const labels = await page.locator('.react-flow__edge-text').allTextContents();
    expect(labels.sort()).toEqual(['名称相同 · 1.00 · 高于（领先）', '表内引用 · 1.00 · 高于（领先）']);
    expect(await page.locator('.react-flow__edge.edge-ahead').count()).toBe(2);
    await page.close();
  });

  it("contributions: the city's life expectancy beside the four districts' targets, who is ahead, as chart and sortable table", async () => {
    const { page } = await open(`/contributions/${CITY_LIFE}`, 'contributions');
    timings.contributions = await readyTime(page, 'contributions');
    const rows = page.locator('[data-table="contributions"] tbody tr');
    const table = async () =>
      Promise.all(
        (await rows.all()).map(async (tr) =>
          (await tr.locator('td').allTextContents()).slice(0, 7).map((c) => c.trim()),
        ),
      );
    // District, indicator, target, year, compared city value, comparison, status.
    expect(await table()).toEqual([
      [
        '江北区',
        '人口平均预期寿命',
        '79.5',
        '2025',
        '79.72（2025 基期值 · 重庆市“十五五”社会发展规划）',
        '低于',
        '落后',
      ],
      ['永川区', '人均预期寿命', '79.3', '2025', '79.72（2025 基期值 · 重庆市“十五五”社会发展规划）', '低于', '落后'],
      ['渝中区', '人均预期寿命', '81', '2025', '79.72（2025 基期值 · 重庆市“十五五”社会发展规划）', '高于', '领先'],
      ['长寿区', '人口平均预期寿命', '81', '2025', '79.72（2025 基期值 · 重庆市“十五五”社会发展规划）', '高于', '领先'],
    ]);
    // Sorted by target: ascending, then descending.
    const header = page.locator('[data-table="contributions"] th', { hasText: '区县目标' });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await table()).map((r) => r[2])).toEqual(['79.3', '79.5', '81', '81']);
    await header.getByRole('button').click();
    expect((await table()).map((r) => r[2])).toEqual(['81', '81', '79.5', '79.3']);
    // The chart: a bar per district, the city's compared value and its target as reference lines.
    const chart = page.locator('[data-chart="contributions"] svg');
    await chart.waitFor();
    const chartText = await chart.locator('text').allTextContents();
    expect(chartText).toEqual(
      expect.arrayContaining(['81 领先', '79.5 落后', '79.3 落后', '全市 2025 基期值 79.72', '全市 2030 目标值 80.5']),
    );
    expect(await page.locator('[data-view="contributions"]').innerText()).toContain(
      '所有已载入规划的区县都设定了该指标。',
    );
    // Only the districts behind: the API's status filter, one request.
    await page.locator('[data-filter="status"] a', { hasText: '落后' }).click();
    await page.waitForURL(/\?status=BEHIND$/);
    // The old four rows may still stand, or none while the filtered answer loads: wait for the two.
    await rows.nth(2).waitFor({ state: 'detached' });
    await rows.nth(1).waitFor();
    expect((await table()).map((r) => [r[0], r[6]])).toEqual([
      ['江北区', '落后'],
      ['永川区', '落后'],
    ]);
    await page.close();
  });

  it('contributions overview: municipal indicators by domain, with how many districts are behind', async () => {
    const { page } = await open('/contributions?domain=health', 'contributions-overview');
    await page.locator('[data-table="municipal"] tbody tr').first().waitFor();
    const row = await cells(page, 'municipal', CITY_LIFE);
    // Plan, indicator, unit, baseline, target, districts, behind, equal, ahead, direction unknown, not comparable, behind districts.
    expect(row.slice(1)).toEqual([
      '人均预期寿命',
      '岁',
      '79.72（2025）',
      '80.5（2030）',
      '4',
      '2',
      '0',
      '2',
      '0',
      '0',
      '江北区、永川区',
    ]);
    await page.close();
  });

  it('measure: the region × period matrix and the look-alike measures with the reason', async () => {
    const { page } = await open('/measures/basic-pension-insured-persons', 'measure');
    expect(await page.locator('[data-related]').innerText()).toContain(
      'a head count in 万人, not the insured share in %',
    );
    const life = await open('/measures/life-expectancy', 'measure');
    const regions = await life.page.locator('[data-table="matrix"] tbody tr td:first-child').allInnerTexts();
    // The API's order: the city first, then the districts by code.
    expect(regions).toEqual(['重庆市', '长寿区', '江北区', '永川区', '渝中区']);
    expect(await cells(life.page, 'matrix', 'chongqing')).toEqual([
      '重庆市',
      '市级',
      '基期值 — → 目标值 79.3（2025）（引用）',
      '基期值 79.72（2025） → 目标值 80.5（2030）',
    ]);
    await page.close();
    await life.page.close();
  });

  it('department: what it answers for by plan and domain, stated apart from inferred, with its counterpart', async () => {
    const { page } = await open('/departments/chongqing/changshou/dept/发展改革委', 'department');
    const text = await page.locator('[data-view="department"]').innerText();
    expect(text).toContain('市发展改革委');
    expect(text).toContain('加强监督问效');
    expect(await page.locator('[data-basis="STATED"]').count()).toBe(1);
    await page.close();
  });

  it('lists: indicators page through the connection, 50 at a time; the measure catalogue; departments', async () => {
    const { page, graphql } = await open('/indicators', 'indicators');
    const rows = page.locator('[data-table="indicators"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    expect(await page.locator('.pager').innerText()).toContain('已显示 50 / 182');
    await page.locator('[data-more="indicators"]').click();
    await page.locator('.pager', { hasText: '已显示 100 / 182' }).waitFor();
    expect(await rows.count()).toBe(100);
    expect(graphql()).toBe(2);
    await page.close();

    const measures = await open('/measures', 'measures');
    expect(await cells(measures.page, 'measures', 'life-expectancy')).toEqual([
      '人均预期寿命',
      '岁',
      '卫生健康',
      '人口平均预期寿命、居民人均预期寿命',
      '6',
    ]);
    await measures.page.close();

    const departments = await open('/departments?region=chongqing%2Fyuzhong', 'departments');
    expect(await cells(departments.page, 'departments', 'chongqing/yuzhong/dept/教委')).toEqual([
      '渝中区',
      '区',
      '区教委',
      '重庆市渝中区教育委员会',
      '市教委',
    ]);
    await departments.page.close();
  });

  it('shows NOT_FOUND as a sentence, not a blank page', async () => {
    const { page } = await open('/indicators/no/such/indicator', 'indicator');
    const error = page.locator('[data-error-code]');
    expect(await error.getAttribute('data-error-code')).toBe('NOT_FOUND');
    expect(await error.innerText()).toContain('找不到该对象');
    await page.close();
  });

  describe('gaps and review, with CANDIDATE links to curate', () => {
    const FROM = 'jiangbei-2021-2025-public-services/ind/16';
    const TO = 'chongqing-2026-2030-social-development-draft/ind/18';
    // Without the catalogue's aliases, look-alike names become CANDIDATE links for a reviewer.
    const withoutAliases = () => buildCatalogue({ measures: catalogue.measures.map((m) => ({ ...m, aliases: [] })) });
    beforeAll(async () => {
      await alignPlans({ executor: service().executor, catalogue: withoutAliases() });
    }, 120_000);

    it('lists the gaps and the candidates; with the admin token, accepting one makes it a roll-up link', async () => {
      const { page } = await open('/gaps', 'gaps');
      const candidate = page.locator(`[data-table="candidates"] tr[data-row="${FROM}→${TO}"]`);
      await candidate.waitFor();
      expect(await page.locator('[data-table="candidates"] tbody tr').count()).toBe(11);
      expect(await page.locator('[data-table="unsupported"] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-table="orphans"] tbody tr').count()).toBeGreaterThan(0);
      // No token: the buttons are there but disabled.
      expect(await candidate.locator('[data-action="accept"]').isDisabled()).toBe(true);

      await page.getByRole('button', { name: '管理令牌' }).click();
      await page.getByLabel('管理令牌').fill(ADMIN_TOKEN);
      await page.getByRole('button', { name: '使用' }).click();
      await candidate.locator('[data-action="accept"]').click();
      await page.locator('[data-decided] [data-decision="ACCEPT"]').waitFor();
      await candidate.waitFor({ state: 'detached' });
      expect(await page.locator('[data-table="candidates"] tbody tr').count()).toBe(10);

      const res = await gql<{ indicator: { rollsUpTo: { to: { id: string }; method: string }[] } }>(
        `{ indicator(id: "${FROM}") { rollsUpTo { to { id } method } } }`,
      );
      expect(res.data?.indicator.rollsUpTo).toContainEqual({ to: { id: TO }, method: 'CURATED' });
      await page.close();
    });
  });

  describe('with Neo4j unreachable', () => {
    let api: ApiServer;
    let executor: Executor;
    beforeAll(async () => {
      // A second service whose Neo4j is a port nobody listens on: the shared test Neo4j keeps running.
      const uri = `bolt://127.0.0.1:${await freePort()}`;
      executor = Executor.connect({ uri, username: 'neo4j', password: 'x', database: 'neo4j', queryTimeoutMs: 5_000 });
      const env = loadEnv({ NEO4J_URI: uri, PORT: '0', LOG_LEVEL: 'silent' });
      api = await startApiServer(env, executor, createLogger('silent'));
    });
    afterAll(async () => {
      await api?.stop();
      await executor?.close();
    });

    it('shows the outage message', async () => {
      const page = await browser.newPage();
      await page.goto(`${new URL(api.url).origin}/plans/${YUZHONG}`);
      const error = page.locator('[data-error-code]');
      await error.waitFor();
      expect(await error.getAttribute('data-error-code')).toBe('SERVICE_UNAVAILABLE');
      expect(await error.innerText()).toContain('数据库暂时无法访问');
      await page.close();
    });
  });
});
