import { compact, halfWidthDigits } from './text';

export type ColumnRole =
  | 'seq'
  | 'category'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'reference'
  | 'attribute'
  | 'year'
  | 'period'
  | 'unknown';

export interface Column {
  heading: string;
  role: ColumnRole;
  year: number | null;
}

/**
 * Where a row's number is printed: its own 序号 column; at the start of the name cell
 * (`1.人均预期寿命`, tables without a 序号 column); or nowhere, the rows in order.
 */
export type Numbering = 'column' | 'name' | 'none';

/** What each column of the header means, by position. */
export interface ColumnModel {
  columns: Column[];
  /** The column holding the row number: the name column when `numbering` is not `column`. */
  seq: number;
  numbering: Numbering;
  name: number;
  category: number | null;
  unit: number | null;
  baseline: number | null;
  target: number | null;
  reference: number | null;
  attribute: number | null;
  /**
   * The column of figures for the whole period (年均/累计): an average annual rate (`>7`) or a
   * five-year total (`〔13.5〕`), printed for the rows whose target is no level in the target year.
   */
  period: number | null;
}

// Headings that name the higher-level plan's figure (Yuzhong's 市级指标2025年) rather than this plan's.
const REFERENCE = /市级|全市|省级|全省|国家|全国|上级/;

// The national outline's 年均/累计 column, and the plans that copy it (年均增长, “十四五”累计).
const PERIOD_WORD = /年均|累计|年平均/;

// Year columns the header names by what they hold instead of by year (基期值, 目标值); their year
// then comes from a note under the table or the plan's period.
const BASE_WORD = /基期|基数|现状|基准|末$/;
const TARGET_WORD = /目标|规划值|期末/;

// Plans name their periods by five-year-plan ordinal: “十三五” is 2016–2020, so a column headed
// “十三五”末 holds the 2020 value and “十四五”目标 the 2025 target.
const PLAN_ORDINAL = /十([一二三四五六七八九])五/;
const ORDINAL_DIGIT = '一二三四五六七八九';

/** The year a heading names: four digits, or the last year of the five-year plan it names. */
function headingYear(heading: string): number | null {
  const h = halfWidthDigits(compact(heading));
  const digits = /(\d{4})/.exec(h);
  if (digits?.[1] !== undefined) return Number(digits[1]);
  const ordinal = PLAN_ORDINAL.exec(h);
  return ordinal?.[1] !== undefined ? 2005 + 5 * (ORDINAL_DIGIT.indexOf(ordinal[1]) + 1) : null;
}

export function roleOf(heading: string): ColumnRole {
  const h = halfWidthDigits(compact(heading));
  if (!/\d{4}/.test(h) && PLAN_ORDINAL.test(h) && /末|目标|规划|期/.test(h))
    return REFERENCE.test(h) ? 'reference' : 'year';
  if (/^(序号|编号|序)$/.test(h)) return 'seq';
  if (PERIOD_WORD.test(h) && !REFERENCE.test(h)) return 'period';
  if (/属性|性质/.test(h)) return 'attribute';
  if (/\d{4}年?/.test(h)) return REFERENCE.test(h) ? 'reference' : 'year';
  if (/^(计量)?单位$/.test(h)) return 'unit';
  if (/^(类别|类型|分类|领域|方面|维度)$/.test(h)) return 'category';
  if (/指标|名称|项目/.test(h)) return 'name';
  if (BASE_WORD.test(h) || TARGET_WORD.test(h)) return REFERENCE.test(h) ? 'reference' : 'year';
  return 'unknown';
}

/**
 * Without 序号 only a line of headings is a header: every cell short and either a known heading
 * or a word with no digits, three known ones, years that are years. A project table's numbered
 * row (`5  桃花溪小学  新建  容纳学生 2160 人`) is no header.
 */
function headingsOnly(columns: readonly Column[]): boolean {
  const filled = columns.filter((c) => compact(c.heading) !== '');
  const known = filled.filter((c) => c.role !== 'unknown');
  return (
    known.length >= 3 &&
    filled.every((c) => {
      const h = halfWidthDigits(compact(c.heading));
      if (Array.from(h).length > 14 || /[。；;，,]/.test(h)) return false;
      if (c.role === 'unknown') return !/\d/.test(h);
      return !/\d/.test(h) || /(19|20)\d{2}/.test(h);
    })
  );
}

/**
 * Builds the model from header cells, or null unless the header has a name and a year column —
 * the shape of a main-indicator table, which a goals or project table lacks. Without a 序号
 * column the rows are taken to be numbered in their name cells (see `Numbering`); the readers
 * fall back to unnumbered rows when none is.
 * Of this plan's year columns the first is the baseline and the last the target; a heading
 * saying 基期/现状 or 目标 overrides that order.
 */
export function columnModel(headings: readonly string[]): ColumnModel | null {
  const columns: Column[] = headings.map((heading) => {
    return { heading, role: roleOf(heading), year: headingYear(heading) };
  });
  const index = (role: ColumnRole): number | null => {
    const i = columns.findIndex((c) => c.role === role);
    return i < 0 ? null : i;
  };
  const seq = index('seq');
  const name = index('name');
  const years = columns.flatMap((c, i) => (c.role === 'year' ? [i] : []));
  if (name === null || years.length === 0) return null;
  if (seq === null && !headingsOnly(columns)) return null;

  // A marker names a column only when it singles one out: `规划目标` over both year columns marks neither.
  const marked = (re: RegExp): number | undefined => {
    const hits = years.filter((i) => re.test(compact(columns[i]?.heading ?? '')));
    return hits.length === 1 ? hits[0] : undefined;
  };
  const period = index('period');
  // One year column beside a period column is the baseline: the targets are the period's figures.
  const lone = years.length > 1 || period === null ? years[years.length - 1] : undefined;
  const target = marked(/目标|规划|预期/) ?? lone;
  const baseline =
    marked(BASE_WORD) ?? (years.length > 1 || target === undefined ? years.find((i) => i !== target) : undefined);
  for (const i of years) {
    const c = columns[i];
    if (c) c.role = i === target ? 'target' : i === baseline ? 'baseline' : 'year';
  }
  return {
    columns,
    seq: seq ?? name,
    numbering: seq === null ? 'name' : 'column',
    name,
    category: index('category'),
    unit: index('unit'),
    baseline: baseline ?? null,
    target: target ?? null,
    reference: index('reference'),
    attribute: index('attribute'),
    period,
  };
}
