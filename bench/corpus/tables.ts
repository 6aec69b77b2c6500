import { LAYOUT_VARIANTS, renderIndicatorTable } from './layouts';
import type { Row } from './values';

/** The five ways the real plans flatten their main indicator table into text. */
const REAL_LAYOUTS = [
  'tab-unit-in-name',
  'tab-category',
  'cells-category-rows',
  'cells-padded-category',
  'cells-category-column',
] as const;
/** …and the ways other converters do (`pdftotext -layout`, one cell per line, single spaces): see layouts.ts. */
const VARIANTS = LAYOUT_VARIANTS.map((_, i) => `variant-${i}` as const);
export const LAYOUTS = [...REAL_LAYOUTS, ...VARIANTS] as const;
export type Layout = (typeof REAL_LAYOUTS)[number] | `variant-${number}`;

export interface TableInput {
  layout: Layout;
  /** e.g. 万州区“十四五”教育事业发展 */
  caption: string;
  baseYear: number;
  targetYear: number;
  rows: Row[];
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];
const named = (r: Row) => (r.unit ? `${r.name}（${r.unit}）` : r.name);
const cell = (text: string) => `\t${text}`;

/** Rows grouped by category, in order of first appearance. */
function groups(rows: Row[]): Array<{ category: string; rows: Array<Row & { seq: number }> }> {
  const out: Array<{ category: string; rows: Array<Row & { seq: number }> }> = [];
  rows.forEach((row, i) => {
    const last = out[out.length - 1];
    if (last?.category === row.category) last.rows.push({ ...row, seq: i + 1 });
    else out.push({ category: row.category, rows: [{ ...row, seq: i + 1 }] });
  });
  return out;
}

export function renderTable(t: TableInput): string[] {
  const b = t.baseYear;
  const y = t.targetYear;
  if (t.layout.startsWith('variant-')) return variantTable(t);
  switch (t.layout) {
    case 'tab-unit-in-name': // 长寿区
      return [
        `${t.caption}主要指标表`,
        '',
        `序号\t指标名称\t${b}年\t${y}年`,
        ...t.rows.map((r, i) => `${i + 1}\t${named(r)}\t${r.baseline}\t${r.target}`),
        '',
        '备注：【】为五年累计',
      ];
    case 'tab-category': // 重庆市
      return [
        `表 1 ${t.caption}主要指标`,
        '',
        `类别\t序号\t指标\t单位\t${b} 年\t${y} 年\t指标属性`,
        ...groups(t.rows).flatMap((g) =>
          g.rows.map(
            (r, i) =>
              `${i === 0 ? g.category : ''}\t${r.seq}\t${r.name}\t${r.unit ?? '—'}\t${r.baseline}\t${r.target}\t${r.attribute}`,
          ),
        ),
        '',
        '注：标“—”暂无数据，【】为累计数。',
      ];
    case 'cells-category-rows': // 渝中区
      return [
        `专栏1  ${t.caption}主要目标`,
        '',
        ...['序号', '指标名称', '单位', `${b}年`, `${y}年`, '指标属性'].map(cell),
        '',
        ...groups(t.rows).flatMap((g, gi) => [
          cell(`${CN[gi]}、${g.category}`),
          '',
          ...g.rows.flatMap((r) => [
            ...[String(r.seq), r.name, r.unit ?? '—', r.baseline, r.target, r.attribute].map(cell),
            '',
          ]),
        ]),
      ];
    case 'cells-padded-category': // 永川区
      return [
        `专栏1  ${t.caption}主要指标`,
        ...['序号', '指    标', '单位', `${b}年`, `${y}年`, '指标属性'].map(cell),
        '',
        ...groups(t.rows).flatMap((g, gi) => [
          cell(`${CN[gi]}、${g.category}`),
          ...Array.from({ length: 4 }, () => '\t'),
          '',
          ...g.rows.flatMap((r) => [
            ...[String(r.seq), r.name, r.unit ?? '—', r.baseline, r.target, r.attribute].map(cell),
            '',
          ]),
        ]),
      ];
    case 'cells-category-column': // 江北区
      return [
        `表2-2 ${t.caption}主要指标表`,
        ...['序号', '类别', '指标名称', `${b}年`, `${y}年`, '指标属性'].map(cell),
        '',
        ...groups(t.rows).flatMap((g) =>
          g.rows.flatMap((r, i) => [
            ...[String(r.seq), i === 0 ? g.category : '', named(r), r.baseline, r.target, r.attribute].map(cell),
            '',
          ]),
        ),
      ];
    default:
      throw new Error(`unknown table layout ${t.layout}`);
  }
}

function variantTable(t: TableInput): string[] {
  const variant = LAYOUT_VARIANTS[Number(t.layout.slice('variant-'.length))];
  if (!variant) throw new Error(`unknown table layout ${t.layout}`);
  const rows = t.rows.map((r, i) => ({ ...r, seq: i + 1, reference: null }));
  return renderIndicatorTable(
    {
      caption: `表1 ${t.caption}主要指标`,
      baseYear: t.baseYear,
      targetYear: t.targetYear,
      referenceYear: null,
      rows,
      notes: ['注：【】为五年累计数。'],
    },
    variant.options,
  );
}

export const chineseOrdinal = (n: number): string => CN[n - 1] ?? String(n);
