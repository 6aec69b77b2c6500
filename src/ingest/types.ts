// The PlanDocument: what `parsePlan` makes of one plan text. Plain JSON-serialisable data;
// `plangraph parse --json` prints it as is, so field names here are a public contract.

/** 1-based, inclusive line numbers in the source text. */
export type LineSpan = [start: number, end: number];

export type PlanLevel = 'municipal' | 'district';

/** How a printed number relates to the value: `≥90` is GE 90, `81左右` is APPROX 81, `81` is EQ 81. */
export type Comparator = 'EQ' | 'GE' | 'LE' | 'GT' | 'LT' | 'APPROX';

/** One printed cell value. `value` and `comparator` are null when the text is not numeric (应保尽保, —, 无). */
export interface CellValue {
  raw: string;
  value: number | null;
  comparator: Comparator | null;
}

export interface YearValue extends CellValue {
  year: number | null;
  /**
   * Only on a value printed under another heading than its year's: a target from the 年均/累计
   * column (an average annual rate, or a five-year total in 〔〕), that heading as printed.
   */
  heading?: string;
}

export type IndicatorAttribute = 'EXPECTED' | 'BINDING';

export interface Indicator {
  seq: number;
  /** Merged category cells are repeated onto every row of the group. */
  category: string | null;
  name: string;
  /** From the unit column, or from the name when printed there, e.g. `人口平均预期寿命（岁）`. */
  unit: string | null;
  baseline: YearValue | null;
  target: YearValue | null;
  /** The cited municipal target, where the table prints one (Yuzhong's 市级指标2025年 column). */
  municipalTarget: YearValue | null;
  attribute: IndicatorAttribute | null;
  /** Values printed in 【】, or declared cumulative by the table's note. */
  cumulative: boolean;
  /** Lines in the plan text; for a row from the sidecar CSV, its lines in that file. */
  lines: LineSpan;
  /** Only on rows the admin supplied in `<name>.indicators.csv`: that file, as given. Absent on rows read from the text. */
  sidecar?: { file: string };
  /**
   * Only on rows of an indicator table besides the plan's main one (a chapter's 专栏 of indicators):
   * that table's caption and the 序号 printed there; `seq` numbers them on after the main table's rows.
   */
  table?: { caption: string | null; seq: number };
}

export interface IndicatorTable {
  /** e.g. `2-1` for 表2-1, null when the table is not numbered. */
  number: string | null;
  title: string | null;
  lines: LineSpan;
  /** Column headings as printed, after un-flattening. */
  columns: string[];
  /** Footnotes printed under the table. */
  notes: string[];
  /**
   * Only when the table is the admin's `<name>.indicators.csv`: that file and its hash; `lines` are
   * then its lines in the CSV, and `replaced` the lines of the text's own table it stands in for, if any.
   */
  sidecar?: { file: string; sha256: string; replaced: LineSpan | null };
}

export interface Paragraph {
  text: string;
  lines: LineSpan;
}

export type ChapterKind = 'part' | 'chapter' | 'section';

export interface Chapter {
  /**
   * Stable, readable path within the plan: `p3` (篇), `ch7` (章; chapters are numbered
   * across parts), `ch7/s2` (节 within its chapter). Unnumbered nodes use their order: `ch7/x1`.
   */
  key: string;
  kind: ChapterKind;
  /** The parsed ordinal (第十二章 → 12), null when the text does not print one. */
  number: number | null;
  /** The heading text after the ordinal, null when the text never prints it. */
  title: string | null;
  /** The heading's line (or the first line of an inferred node). */
  line: number;
  lines: LineSpan;
  /** True when the heading itself is not in the text and the node was recovered from evidence. */
  inferred: boolean;
  /** What proved an inferred node, e.g. `专栏4-1 at line 212`; null for printed headings. */
  evidence: string | null;
  paragraphs: Paragraph[];
  children: Chapter[];
}

export type HorizonYear = number;

export interface Goal {
  /** The lead phrase, e.g. `公共服务体系更加健全` (from `——公共服务体系更加健全。…`), null if none. */
  lead: string | null;
  text: string;
  horizonYear: HorizonYear | null;
  /** Key of the enclosing chapter node. */
  chapterKey: string | null;
  /** Where the goal came from: a goals section paragraph, or a row of a per-area goals table. */
  origin: 'section' | 'table';
  lines: LineSpan;
}

export interface BoxItem {
  /** Lead phrase or project name. */
  name: string;
  text: string;
  lines: LineSpan;
}

export interface Box {
  /** e.g. `4-1` for 专栏4-1, or `3` for 专栏3. */
  number: string;
  title: string | null;
  line: number;
  lines: LineSpan;
  chapterKey: string | null;
  items: BoxItem[];
}

export interface NumberedTable {
  number: string;
  title: string | null;
  line: number;
  chapterKey: string | null;
}

export interface CitedPlan {
  /** The title inside 《》, as printed. */
  title: string;
  line: number;
}

export type MetadataField =
  'title' | 'region' | 'level' | 'periodStart' | 'periodEnd' | 'draft' | 'issuer' | 'docNumber' | 'issuedOn';

export interface PlanMetadata {
  /** Stable plan id, e.g. `yuzhong-2021-2025-public-services` (the file name without extension, or the sidecar's `id`). */
  id: string;
  title: string;
  region: string;
  level: PlanLevel;
  periodStart: number;
  periodEnd: number;
  draft: boolean;
  issuer: string | null;
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) */
  issuedOn: string | null;
  basedOn: CitedPlan[];
  /** Fields whose value came from the sidecar `<name>.meta.json`, not from the text. */
  fromSidecar: MetadataField[];
}

export interface ParseWarning {
  line: number | null;
  code: string;
  message: string;
}

export interface SourceInfo {
  /** File name as given to the parser (relative path or basename). */
  file: string;
  sha256: string;
  lineCount: number;
  /**
   * Only for a plan read from a document, not a text file: its format, and for each line of the
   * text read (`plangraph parse --text` prints it; every line range points into it) where that line
   * stands in the document, e.g. `paragraph 12 (Heading 1)`, `table 1 row 3`, `page 4 line 7`.
   */
  format?: 'docx' | 'pdf' | 'html';
  lineOrigins?: string[];
}

export interface PlanDocument {
  source: SourceInfo;
  metadata: PlanMetadata;
  chapters: Chapter[];
  goals: Goal[];
  indicatorTable: IndicatorTable | null;
  indicators: Indicator[];
  boxes: Box[];
  tables: NumberedTable[];
  warnings: ParseWarning[];
}
