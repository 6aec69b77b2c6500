import { compact, halfWidthDigits } from './text';

export type ColumnRole = 'seq' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'reference' | 'attribute' | 'year' | 'unknown';

export interface Column {
  heading: string;
  role: ColumnRole;
  year: number | null;
}

/** What each column of the header means, by position. */
export interface ColumnModel {
  columns: Column[];
  seq: number;
  name: number;
  category: number | null;
  unit: number | null;
  baseline: number | null;
  target: number | null;
  reference: number | null;
  attribute: number | null;
}

// Headings that name the higher-level plan's figure (Yuzhong's 市级指标2025年) rather than this plan's.
const REFERENCE = /市级|全市|省级|全省|国家|全国|上级/;

// Year columns the header names by what they hold instead of by year (基期值, 目标值); their year
// then comes from a note under the table or the plan's period.
const BASE_WORD = /基期|基数|现状|基准/;
const TARGET_WORD = /目标|规划值|期末/;

export function roleOf(heading: string): ColumnRole {
  const h = halfWidthDigits(compact(heading));
  if (/^(序号|编号|序)$/.test(h)) return 'seq';
  if (/属性|性质/.test(h)) return 'attribute';
  if (/\d{4}年?/.test(h)) return REFERENCE.test(h) ? 'reference' : 'year';
  if (/^(计量)?单位$/.test(h)) return 'unit';
  if (/^(类别|类型|分类|领域|方面|维度)$/.test(h)) return 'category';
  if (/指标|名称|项目/.test(h)) return 'name';
  if (BASE_WORD.test(h) || TARGET_WORD.test(h)) return REFERENCE.test(h) ? 'reference' : 'year';
  return 'unknown';
}

/**
 * Builds the model from header cells, or null unless the header has a 序号, a name and a year
 * column — the shape of a main-indicator table, which a goals or project table lacks.
 * Of this plan's year columns the first is the baseline and the last the target; a heading
 * saying 基期/现状 or 目标 overrides that order.
 */
export function columnModel(headings: readonly string[]): ColumnModel | null {
  const columns: Column[] = headings.map((heading) => {
    const year = /(\d{4})/.exec(halfWidthDigits(compact(heading)));
    return { heading, role: roleOf(heading), year: year?.[1] !== undefined ? Number(year[1]) : null };
  });
  const index = (role: ColumnRole): number | null => {
    const i = columns.findIndex((c) => c.role === role);
    return i < 0 ? null : i;
  };
  const seq = index('seq');
  const name = index('name');
  const years = columns.flatMap((c, i) => (c.role === 'year' ? [i] : []));
  if (seq === null || name === null || years.length === 0) return null;

  // A marker names a column only when it singles one out: `规划目标` over both year columns marks neither.
  const marked = (re: RegExp): number | undefined => {
    const hits = years.filter((i) => re.test(compact(columns[i]?.heading ?? '')));
    return hits.length === 1 ? hits[0] : undefined;
  };
  const target = marked(/目标|规划|预期/) ?? (years.length > 1 ? years[years.length - 1] : years[0]);
  const baseline = marked(BASE_WORD) ?? (years.length > 1 ? years.find((i) => i !== target) : undefined);
  for (const i of years) {
    const c = columns[i];
    if (c) c.role = i === target ? 'target' : i === baseline ? 'baseline' : 'year';
  }
  return {
    columns,
    seq,
    name,
    category: index('category'),
    unit: index('unit'),
    baseline: baseline ?? null,
    target: target ?? null,
    reference: index('reference'),
    attribute: index('attribute'),
  };
}
