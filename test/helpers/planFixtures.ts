import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Plan texts made from the bundled ones, written to a temp dir: a plan for a district outside the
// corpus, a municipal plan the districts cite, and Changshou cut off mid-table.

const root = path.resolve(__dirname, '../..');
const bundled = (id: string) => readFileSync(path.join(root, 'plans', `${id}.txt`), 'utf8');

/**
 * The plan `add` is tested with: a district outside the corpus, in the form a new admin brings —
 * the synthetic 北碚区 plan converted with `pdftotext -layout` (test/fixtures/plans, 26 rows).
 */
export const NEW_DISTRICT_PLAN = {
  id: 'beibei-2021-2025-public-services',
  indicators: 26,
  text: () =>
    readFileSync(path.join(root, 'test', 'fixtures', 'plans', 'beibei-2021-2025-public-services.txt'), 'utf8'),
};

/** 重庆市“十四五”公共服务规划, which Yuzhong, Jiangbei and Yongchuan cite: the 2026 draft retitled. */
export const CITED_MUNICIPAL_PLAN = {
  id: 'chongqing-2021-2025-public-services',
  titleKey: '重庆市十四五公共服务规划',
  text: () =>
    bundled('chongqing-2026-2030-social-development-draft')
      .replace('“十五五”社会发展规划', '“十四五”公共服务规划')
      .replace('(2026—2030年)', '(2021—2025年)')
      .replace('(征求意见稿)\n', ''),
};

export const CHANGSHOU = 'changshou-2021-2025-social-livelihood';
/** Changshou's first 161 lines: the body stops after indicator row 11 of 22. */
export const truncatedChangshou = () => bundled(CHANGSHOU).split('\n').slice(0, 161).join('\n') + '\n';

/** A fresh temp dir with `<id>.txt` holding `text`; returns the file's path. */
export function writePlan(id: string, text: string, dir = mkdtempSync(path.join(tmpdir(), 'plangraph-plan-'))): string {
  const file = path.join(dir, `${id}.txt`);
  writeFileSync(file, text);
  return file;
}

/**
 * The outline fixture's companion: a chapter's 专栏 of three indicators, printed besides the main
 * table (tab rows, a 序号 column), for the tests of plans with more than one indicator table.
 */
export const OUTLINE = 'test/fixtures/plans/wanzhou-2021-2025-outline.txt';
export const INDICATOR_BOX = [
  '专栏1　科技创新主要指标',
  '序号\t指标名称\t单位\t2020年\t2025年\t属性',
  '1\t研究与试验发展经费投入强度\t%\t2.1\t2.5\t预期性',
  '2\t每万人口发明专利拥有量\t件\t8\t15\t预期性',
  '3\t高新技术企业数量\t家\t120\t300\t预期性',
  '',
].join('\n');
