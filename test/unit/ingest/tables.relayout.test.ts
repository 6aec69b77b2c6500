import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPlanFile, type PlanDocument } from '../../../src/ingest';
import type { LineSpan } from '../../../src/ingest/types';
import { tablesInColumns, tablesRowPerLine } from '../../helpers/tableRelayout';
import { loadPlan, planPath, planText, PLANS as BUNDLED } from './helpers';

// The tables a plan prints besides its indicator table — a 专栏's list of services, a table of
// goals — read the same whichever way the text export laid them out: one cell per line (the
// bundled texts), one row per line with tabs between cells (the document readers, other
// converters), or character columns with long cells wrapped under their column (`pdftotext
// -layout`). Before, a table laid out one row per line read as a single row (8 of Jiangbei's 9
// table goals and 8 of Yongchuan's 9 专栏2 items were lost, run together into the first), and one in
// character columns was not seen as a table at all (Jiangbei's goals became paragraphs).

const PLANS = readdirSync(BUNDLED)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

/** The spans of the plan's box lists and its goal table, below their titles. */
function tableSpans(doc: PlanDocument): LineSpan[] {
  const spans: LineSpan[] = doc.boxes.filter((b) => b.items.length > 0).map((b) => [b.lines[0] + 1, b.lines[1]]);
  const goals = doc.goals.filter((g) => g.origin === 'table');
  const first = goals[0]?.lines[0];
  if (first !== undefined) {
    const caption = Math.max(...doc.tables.filter((t) => t.line < first).map((t) => t.line));
    spans.push([caption + 1, Math.max(...goals.map((g) => g.lines[1]))]);
  }
  return spans;
}

const LAYOUTS = {
  'one row per line, cells between tabs': tablesRowPerLine,
  'character columns (pdftotext -layout), long cells wrapped': tablesInColumns,
};

/** The plan re-read with its tables laid out another way (sidecars beside it, as for the original). */
function relaid(name: string, layout: keyof typeof LAYOUTS): { doc: PlanDocument; changed: boolean } {
  const text = planText(name);
  const variant = LAYOUTS[layout](text, tableSpans(loadPlan(name)));
  const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-rows-'));
  writeFileSync(path.join(dir, `${name}.txt`), variant);
  const meta = planPath(name).replace(/\.txt$/, '.meta.json');
  if (existsSync(meta)) copyFileSync(meta, path.join(dir, `${name}.meta.json`));
  return { doc: readPlanFile(path.join(dir, `${name}.txt`), `${name}.txt`), changed: variant !== text };
}

const read = (doc: PlanDocument) => ({
  goals: doc.goals.map((g) => ({ lead: g.lead, text: g.text, horizonYear: g.horizonYear, origin: g.origin })),
  boxes: doc.boxes.map((b) => ({ number: b.number, title: b.title, items: b.items.map((i) => [i.name, i.text]) })),
  indicators: doc.indicators.map(({ lines: _, ...indicator }) => indicator),
  chapters: doc.chapters.map((c) => [c.key, c.title]),
  warnings: [...new Set(doc.warnings.map((w) => w.code))].sort(),
});

describe('box lists and goal tables read the same in every layout', () => {
  const layouts = Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[];
  const cases = layouts.flatMap((layout) => PLANS.map((name) => [layout, name] as const));
  it.each(cases)('%s: %s', (layout, name) => {
    const { doc, changed } = relaid(name, layout);
    expect(read(doc)).toEqual(read(loadPlan(name)));
    // Jiangbei's goal table and Yongchuan's 专栏 lists are one cell per line in the bundled text.
    if (name.startsWith('jiangbei') || name.startsWith('yongchuan')) expect(changed).toBe(true);
  });

  it('keeps the rows it was about', () => {
    expect(loadPlan('jiangbei-2021-2025-public-services').goals.filter((g) => g.origin === 'table')).toHaveLength(9);
    const yongchuan = loadPlan('yongchuan-2021-2025-public-services');
    expect(yongchuan.boxes.find((b) => b.number === '2')?.items).toHaveLength(9);
  });
});

describe('a double space typed inside a sentence', () => {
  it('leaves the line in its paragraph: only a row of cells has wider or more gaps', () => {
    const name = 'yuzhong-2021-2025-public-services';
    const text = planText(name);
    const lines = text.split('\n');
    const doc = loadPlan(name);
    // A line of running text in the body: the first paragraph line with a sentence end inside it.
    const at = lines.findIndex((l, i) => i > 400 && /^[^\t\s].{10,}。.{5,}/.test(l));
    expect(at).toBeGreaterThan(400);
    lines[at] = (lines[at] ?? '').replace('。', '。  ');
    const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-rows-'));
    writeFileSync(path.join(dir, `${name}.txt`), lines.join('\n'));
    copyFileSync(planPath(name).replace(/\.txt$/, '.meta.json'), path.join(dir, `${name}.meta.json`));
    const spaced = readPlanFile(path.join(dir, `${name}.txt`), `${name}.txt`);
    const texts = (d: PlanDocument) => JSON.stringify(d.chapters).replace(/ {2}/g, '');
    expect(texts(spaced)).toBe(texts(doc));
  });
});
