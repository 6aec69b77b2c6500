import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildPlanScript } from '../../../src/graph';
import { launchChromium } from '../../helpers/browser';
import { readPlanFile } from '../../../src/ingest';
import { INDICATOR_BOX, OUTLINE, writePlan } from '../../helpers/planFixtures';
import { ADMIN_TOKEN, useService } from '../../helpers/service';

// A plan that prints a chapter's 专栏 of indicators besides its main table (the outline fixture
// with a 3-row box after it): the box's rows are indicators too, built into the admin's script,
// loaded with loadScript and served numbered on after the main table's, each with its own 序号
// and the caption of the table it is printed in; the explorer's plan view says which table each
// row is in (a real headless Chromium).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureWebBuilt } = require('../../../scripts/build.cjs') as { ensureWebBuilt: () => boolean };

describe('indicators of a table besides the main one, built, loaded and served', () => {
  const { gql, service } = useService();
  const file = writePlan('wanzhou-2021-2025-outline', readFileSync(OUTLINE, 'utf8') + '\n' + INDICATOR_BOX);
  const doc = readPlanFile(file);
  const planId = doc.metadata.id;

  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  beforeAll(async () => {
    const res = await gql(
      `mutation($s: String!, $n: String!) { loadScript(input: {script: $s, name: $n}) { id } }`,
      { s: buildPlanScript(doc, { parserVersion: 'test' }), n: `${planId}.cypher` },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
  });

  it('serves the box’s rows after the main table’s, with their printed 序号, caption and lines', async () => {
    type Row = { seq: number; printedSeq: number | null; tableCaption: string | null; name: string };
    type Page = { totalCount: number; nodes: (Row & { source: { lineStart: number } })[] };
    const res = await gql<{ plan: { indicators: Page } }>(
      `query($p: ID!) { plan(id: $p) { indicators(first: 100) {
         totalCount nodes { seq printedSeq tableCaption name source { lineStart } } } } }`,
      { p: planId },
    );
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes } = res.data!.plan.indicators;
    expect(totalCount).toBe(23);
    expect(nodes.slice(0, 20).every((n) => n.tableCaption === null && n.printedSeq === null)).toBe(true);
    expect(nodes.slice(20).map(({ source: _, ...n }) => n)).toEqual([
      { seq: 21, printedSeq: 1, tableCaption: '专栏1 科技创新主要指标', name: '研究与试验发展经费投入强度' },
      { seq: 22, printedSeq: 2, tableCaption: '专栏1 科技创新主要指标', name: '每万人口发明专利拥有量' },
      { seq: 23, printedSeq: 3, tableCaption: '专栏1 科技创新主要指标', name: '高新技术企业数量' },
    ]);
    // Provenance: the rows' own lines in the text, below the box's title.
    const boxLine = readFileSync(file, 'utf8').split('\n').indexOf('专栏1　科技创新主要指标') + 1;
    expect(nodes.slice(20).map((n) => n.source.lineStart)).toEqual([boxLine + 2, boxLine + 3, boxLine + 4]);
  });

  it('shows in the explorer which table each row is in, only for a plan that prints more than one', async () => {
    expect(ensureWebBuilt()).toBe(true);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${new URL(service().api.url).origin}/plans/${planId}`, { waitUntil: 'networkidle' });
    const table = page.locator('[data-table="plan-indicators"]');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(23);
    const row = async (seq: number) =>
      (await table.locator(`tr[data-row="${planId}/ind/${seq}"] td`).allInnerTexts()).map((t) => t.trim());
    expect((await row(22)).slice(0, 2)).toEqual(['22', '专栏1 科技创新主要指标（序号 2）']);
    expect((await row(1)).slice(0, 2)).toEqual(['1', '主要指标表']);
    // Headings carry the sort mark (↕).
    const headings = (await table.locator('th').allInnerTexts()).map((h) => h.replace(/[↕↑↓]/g, '').trim());
    expect(headings.slice(0, 3)).toEqual(['序号', '所在表格', '类别']);

    // A bundled plan prints one indicator table: no such column.
    await page.goto(`${new URL(service().api.url).origin}/plans/yuzhong-2021-2025-public-services`, {
      waitUntil: 'networkidle',
    });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(32);
    expect(await table.locator('th').allInnerTexts()).not.toContainEqual(expect.stringContaining('所在表格'));
    await page.close();
  });
});
