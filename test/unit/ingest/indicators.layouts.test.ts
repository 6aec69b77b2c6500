import { readFileSync } from 'node:fs';
import { LAYOUT_VARIANTS } from '../../../bench/corpus/layouts';
import { relayoutPlan } from '../../../bench/corpus/relayout';
import { readPlanFile } from '../../../src/ingest';
import { parsePlan } from '../../../src/ingest/parsePlan';
import { readSidecar } from '../../../src/ingest/sidecar';
import type { Indicator } from '../../../src/ingest/types';

// Metamorphic: the same table printed in another layout must read back as the same rows. Only the
// line numbers move; a layout without categories loses them by construction; full-width digits and
// comparators (＞９５) are the same value printed wider, so raw is compared width-folded there.
const PLANS = [
  'plans/changshou-2021-2025-social-livelihood.txt',
  'plans/chongqing-2026-2030-social-development-draft.txt',
  'plans/jiangbei-2021-2025-public-services.txt',
  'plans/yongchuan-2021-2025-public-services.txt',
  'plans/yuzhong-2021-2025-public-services.txt',
  // An outline's table: targets under 年均/累计, names with Latin words (GDP), baselines dated by a note.
  'test/fixtures/plans/wanzhou-2021-2025-outline.txt',
];

const folded = (s: string): string =>
  s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/＞/g, '>')
    .replace(/＜/g, '<');

function comparable(rows: readonly Indicator[], keepCategory: boolean, fold: boolean): unknown[] {
  return rows.map(({ lines: _lines, ...row }) => {
    const value = (v: Indicator['target']) => (v && fold ? { ...v, raw: folded(v.raw) } : v);
    return {
      ...row,
      category: keepCategory ? row.category : null,
      baseline: value(row.baseline),
      target: value(row.target),
      municipalTarget: value(row.municipalTarget),
    };
  });
}

describe.each(PLANS)('%s re-laid out', (file) => {
  const original = readPlanFile(file);
  const text = readFileSync(file, 'utf8');

  it.each(LAYOUT_VARIANTS.map((v) => [v.name, v.options] as const))('%s: same rows', (_name, options) => {
    for (const crlfBom of [false, true]) {
      const variant = relayoutPlan(text, original, { ...options, crlfBom });
      const parsed = parsePlan(variant.text, { source: file, sidecar: readSidecar(file) });
      const keepCategory = options.categories !== 'none';
      const fold = options.fullWidth === true;
      expect(comparable(parsed.indicators, true, fold)).toEqual(comparable(original.indicators, keepCategory, fold));
      expect(parsed.warnings.filter((w) => /UNPLACED|ROW_SHAPE|SEQ_GAP|CELL_EMPTY/.test(w.code))).toEqual([]);
      // Unnumbered rows get their order as seq, and the parse says so.
      expect(parsed.warnings.filter((w) => w.code === 'INDICATOR_SEQ_INFERRED')).toHaveLength(
        options.numbering === 'none' ? 1 : 0,
      );
      // Every row's lines lie inside the re-laid-out table.
      for (const row of parsed.indicators) {
        expect(row.lines[0]).toBeGreaterThanOrEqual(variant.lines[0]);
        expect(row.lines[1]).toBeLessThanOrEqual(variant.lines[1]);
      }
    }
  });
});

describe('a plan converted with pdftotext -layout (synthetic fixture)', () => {
  const file = 'test/fixtures/plans/beibei-2021-2025-public-services.txt';
  const expected = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as Indicator[];
  const doc = readPlanFile(file);

  it('reads every row and cell of its table, line ranges included', () => {
    expect(doc.indicators).toEqual(expected);
    expect(doc.indicatorTable?.columns).toEqual(['类别', '序号', '指标名称', '单位', '2020年', '2025年', '属性']);
    expect(doc.indicatorTable?.notes).toHaveLength(2);
  });

  it('reads the rest of the plan as well: citations wrapped over two lines, page numbers left out of the text', () => {
    expect(doc.metadata).toMatchObject({ region: '北碚区', level: 'district', periodStart: 2021, periodEnd: 2025 });
    expect(doc.metadata.basedOn.map((b) => b.title)).toEqual([
      '重庆市“十四五”公共服务规划',
      '重庆市北碚区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    ]);
    const nodes = doc.chapters.flatMap((c) => [c, ...c.children]);
    expect(nodes.filter((n) => n.kind === 'chapter')).toHaveLength(8);
    expect(nodes.filter((n) => n.kind === 'section')).toHaveLength(19);
    expect(doc.boxes).toHaveLength(3);
    const text = JSON.stringify([nodes.map((n) => n.paragraphs), doc.boxes]);
    expect(text).not.toMatch(/— \d+ —/);
  });

  it('skips the page number and the repeated header inside the table, and warns of nothing', () => {
    expect(doc.warnings).toEqual([]);
    expect(doc.indicators.map((i) => i.seq)).toEqual(expected.map((_, k) => k + 1));
  });
});

describe('a table with a row missing', () => {
  const file = 'plans/jiangbei-2021-2025-public-services.txt';
  const original = readPlanFile(file);
  const damaged = { ...original, indicators: original.indicators.filter((i) => i.seq !== 7) };

  it.each(LAYOUT_VARIANTS.map((v) => [v.name, v.options] as const))(
    '%s: the gap is reported (where rows are numbered) and every other row is read',
    (_name, options) => {
      const variant = relayoutPlan(readFileSync(file, 'utf8'), damaged, options);
      const parsed = parsePlan(variant.text, { source: file, sidecar: readSidecar(file) });
      expect(parsed.indicators.map((i) => i.name)).toEqual(damaged.indicators.map((i) => i.name));
      const gaps = parsed.warnings.filter((w) => w.code === 'INDICATOR_SEQ_GAP').map((w) => w.message);
      if (options.numbering === 'none') {
        // Without numbers nothing shows the gap: the rows are numbered in order.
        expect(parsed.indicators.map((i) => i.seq)).toEqual(damaged.indicators.map((_, k) => k + 1));
        expect(gaps).toEqual([]);
      } else {
        expect(parsed.indicators.map((i) => i.seq)).toEqual(damaged.indicators.map((i) => i.seq));
        expect(gaps).toEqual(['indicator row 序号 8 follows 6']);
      }
    },
  );
});
