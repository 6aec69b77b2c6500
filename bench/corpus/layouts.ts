// Prints an indicator table the way the common converters flatten one (Word copies, `pdftotext`
// with and without `-layout`, HTML copies). The metamorphic tests re-lay a parsed table out in each
// of these and require the same rows back; the bench corpus uses them for its synthetic plans.

export type CellLayout = 'tabs' | 'tab-cells' | 'spaced' | 'words' | 'plain-cells';
export type CategoryLayout = 'column' | 'group-lines' | 'none';

export interface LayoutOptions {
  cells: CellLayout;
  categories: CategoryLayout;
  /** The header over two lines: a `规划目标` cell spanning the year columns (spaced, plain-cells). */
  twoLineHeader?: boolean;
  /** A page break in the middle of the rows: page number, blank lines, the header again (spaced). */
  pageBreak?: boolean;
  /** Names longer than 12 characters wrapped onto a second line (spaced, words). */
  wrapNames?: boolean;
  /** Spaced: value cells printed as words (应保尽保) wrapped two characters a line, as a narrow column does. */
  wrapWordValues?: boolean;
  /**
   * Spaced: a wrapped name's other cells printed at its vertical middle, as many name lines above
   * the 序号 line as below (an even count leaves the 序号 line without a name part).
   */
  centreWrapped?: boolean;
  /** A blank line between rows (tab-cells, plain-cells). */
  blankBetweenRows?: boolean;
  /** Full-width digits and comparators in the values (`８１`, `＞９５`). */
  fullWidth?: boolean;
  /** Group lines as `（一）幼有所育` instead of `一、幼有所育`. */
  parenGroups?: boolean;
  /** Group lines as the bare label `幼有所育`, no ordinal (spaced: it stands in the left margin). */
  bareGroups?: boolean;
  /** Spaces between columns (spaced); two is the least `pdftotext -layout` leaves. */
  gap?: number;
  /** A second header line under the year columns: `（基期）`, `（目标）` (spaced). */
  subHeader?: boolean;
  /** How the page number at a page break is printed: `— 7 —` (default), `- 7 -` or a bare `7`. */
  pageNumber?: string;
  /**
   * How rows are numbered: a 序号 column (default); no 序号 column, the number printed before the
   * name in the given style (`1.人均预期寿命`, `（1）…`, `①…`); or no number at all.
   */
  numbering?: { inName: NameNumberStyle } | 'none';
  /** No 单位 column: each unit printed in brackets after the name, `人均预期寿命（岁）`. */
  unitInName?: boolean;
}

export type NameNumberStyle = '1.' | '1．' | '1、' | '（1）' | '(1)' | '①';

const CIRCLED_FROM = [
  [1, 0x2460],
  [21, 0x3251],
  [36, 0x32b1],
] as const;

/** A row number in the style a name cell prints it: `1.`, `（1）`, `①`. */
function nameNumber(seq: number, style: NameNumberStyle): string {
  if (style === '（1）') return `（${seq}）`;
  if (style === '(1)') return `(${seq})`;
  if (style !== '①') return `${seq}${style.slice(1)}`;
  const [first, code] = [...CIRCLED_FROM].reverse().find(([from]) => seq >= from) ?? CIRCLED_FROM[0];
  return String.fromCodePoint(code + seq - first);
}

export interface TableRowSpec {
  seq: number;
  category: string | null;
  name: string;
  unit: string | null;
  baseline: string;
  target: string;
  reference: string | null;
  attribute: string | null;
  /** The 年均/累计 cell, when the table has that column. */
  period?: string | null;
}

export interface TableSpec {
  caption: string;
  baseYear: number;
  targetYear: number;
  /** Year of the higher-level plan's column (`市级指标2025年`), when the table has one. */
  referenceYear: number | null;
  /** Heading of the outline's period column (`年均/累计`), when the table has one. */
  periodHeading?: string | null;
  rows: TableRowSpec[];
  notes: string[];
}

const ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
const len = (s: string): number => Array.from(s).length;

interface Column {
  heading: string;
  /** Cell text of a row ('' for an empty cell). */
  cell: (r: TableRowSpec, firstOfGroup: boolean) => string;
  align: 'left' | 'centre';
  year?: boolean;
  /** The indicator name column (wrapped by `wrapNames`). */
  name?: boolean;
}

function columnsOf(t: TableSpec, o: LayoutOptions): Column[] {
  const fw = (s: string): string => (o.fullWidth ? toFullWidth(s) : s);
  const cols: Column[] = [];
  if (o.categories === 'column')
    cols.push({ heading: '类别', cell: (r, first) => (first ? (r.category ?? '') : ''), align: 'left' });
  const numbering = o.numbering ?? 'column';
  if (numbering === 'column') cols.push({ heading: '序号', cell: (r) => String(r.seq), align: 'centre' });
  const number = (r: TableRowSpec): string =>
    typeof numbering === 'object' ? nameNumber(r.seq, numbering.inName) : '';
  const unit = (r: TableRowSpec): string => (o.unitInName && r.unit !== null ? `（${r.unit}）` : '');
  // Tables without 序号 tend to head the name column 主要指标 (the national outline does).
  const nameHeading = numbering === 'column' ? '指标名称' : '主要指标';
  cols.push({ heading: nameHeading, cell: (r) => number(r) + r.name + unit(r), align: 'left', name: true });
  if (!o.unitInName && t.rows.some((r) => r.unit !== null))
    cols.push({ heading: '单位', cell: (r) => r.unit ?? '—', align: 'centre' });
  cols.push({ heading: `${t.baseYear}年`, cell: (r) => fw(r.baseline), align: 'centre', year: true });
  cols.push({ heading: `${t.targetYear}年`, cell: (r) => fw(r.target), align: 'centre', year: true });
  if (t.periodHeading) cols.push({ heading: t.periodHeading, cell: (r) => fw(r.period ?? '—'), align: 'centre' });
  if (t.referenceYear !== null)
    cols.push({ heading: `市级指标${t.referenceYear}年`, cell: (r) => fw(r.reference ?? ''), align: 'centre' });
  if (t.rows.some((r) => r.attribute !== null))
    cols.push({ heading: '属性', cell: (r) => r.attribute ?? '', align: 'centre' });
  return cols;
}

function toFullWidth(s: string): string {
  return s
    .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/>/g, '＞')
    .replace(/</g, '＜');
}

/** Rows with whether each opens its category group, and the group's ordinal. */
function grouped(rows: readonly TableRowSpec[]): Array<{ row: TableRowSpec; first: boolean; group: number }> {
  let group = -1;
  return rows.map((row, i) => {
    const first = i === 0 || rows[i - 1]?.category !== row.category;
    if (first) group++;
    return { row, first, group };
  });
}

const groupLine = (category: string, group: number, o: LayoutOptions): string => {
  const ordinal = ORDINALS[group] ?? String(group + 1);
  if (o.bareGroups) return category;
  return o.parenGroups ? `（${ordinal}）${category}` : `${ordinal}、${category}`;
};

/** The table as lines of text: caption, blank, header, rows, notes. */
export function renderIndicatorTable(t: TableSpec, o: LayoutOptions): string[] {
  const cols = columnsOf(t, o);
  const body =
    o.cells === 'spaced'
      ? spacedTable(t, o, cols)
      : o.cells === 'words'
        ? wordsTable(t, o, cols)
        : cellTable(t, o, cols);
  return [t.caption, '', ...body, ...t.notes];
}

function cellTable(t: TableSpec, o: LayoutOptions, cols: Column[]): string[] {
  const tab = o.cells === 'tab-cells' ? '\t' : '';
  const out: string[] = [];
  const headings = cols.map((c) => c.heading);
  if (o.cells === 'tabs') out.push(headings.join('\t'));
  else if (o.twoLineHeader) {
    const firstYear = cols.findIndex((c) => c.year);
    out.push(
      ...headings.slice(0, firstYear).map((h) => tab + h),
      tab + '规划目标',
      ...headings.slice(firstYear).map((h) => tab + h),
    );
  } else out.push(...headings.map((h) => tab + h));
  if (o.cells !== 'tabs') out.push('');
  const rows = grouped(t.rows);
  rows.forEach(({ row, first, group }, i) => {
    if (o.categories === 'group-lines' && first && row.category)
      out.push(tab + groupLine(row.category, group, o), ...(o.cells === 'tabs' ? [] : ['']));
    const cells = cols.map((c) => c.cell(row, first));
    if (o.cells === 'tabs') out.push(cells.join('\t'), ...(o.blankBetweenRows ? [''] : []));
    else {
      // One cell per line; an empty cell is a line with only the tab (Word) or no line at all (pdftotext).
      out.push(...cells.filter((c) => c !== '' || tab !== '').map((c) => tab + c));
      if (o.blankBetweenRows) out.push('');
    }
    if (o.pageBreak && i === Math.floor(rows.length / 2)) out.push('', o.pageNumber ?? '— 7 —', '');
  });
  out.push('');
  return out;
}

function wordsTable(t: TableSpec, o: LayoutOptions, cols: Column[]): string[] {
  const out = [cols.map((c) => c.heading).join(' ')];
  const rows = grouped(t.rows);
  rows.forEach(({ row, first, group }, i) => {
    if (o.categories === 'group-lines' && first && row.category) out.push(groupLine(row.category, group, o));
    const cells = cols.map((c) => c.cell(row, first));
    const nameAt = cols.findIndex((c) => c.name);
    const name = cells[nameAt] ?? '';
    const [head, ...tail] = o.wrapNames ? chunk(name, 12) : [name];
    cells[nameAt] = head ?? '';
    out.push(cells.filter((c) => c !== '').join(' '));
    if (tail.length > 0) out.push(tail.join(''));
    if (o.pageBreak && i === Math.floor(rows.length / 2)) out.push('', o.pageNumber ?? '- 7 -', '');
  });
  out.push('');
  return out;
}

const pad = (s: string, width: number, align: 'left' | 'centre', drift: number): string => {
  const room = Math.max(0, width - len(s));
  const left = align === 'left' ? 0 : Math.max(0, Math.min(room, Math.floor(room / 2) + drift));
  return ' '.repeat(left) + s + ' '.repeat(room - left);
};

function spacedTable(t: TableSpec, o: LayoutOptions, cols: Column[]): string[] {
  const WRAP = 12;
  const nameAt = cols.findIndex((c) => c.name);
  const widths = cols.map((c, i) => {
    const cells = t.rows.map((r) => len(c.cell(r, true)));
    const widest = Math.max(len(c.heading), ...cells);
    return (i === nameAt && o.wrapNames ? Math.min(widest, WRAP) : widest) + 2;
  });
  const GAP = ' '.repeat(o.gap ?? 4);
  const line = (cells: string[], drift: number): string =>
    ('  ' + cells.map((c, i) => pad(c, widths[i] ?? 0, cols[i]?.align ?? 'left', drift)).join(GAP)).replace(/\s+$/, '');
  const header: string[] = [];
  if (o.twoLineHeader) {
    const firstYear = cols.findIndex((c) => c.year);
    const before = widths.slice(0, firstYear).reduce((a, w) => a + w + GAP.length, 2);
    const span = (widths[firstYear] ?? 0) + GAP.length + (widths[firstYear + 1] ?? 0);
    header.push(' '.repeat(before) + pad('规划目标', span, 'centre', 0).replace(/\s+$/, ''));
  }
  header.push(
    line(
      cols.map((c) => c.heading),
      0,
    ),
  );
  if (o.subHeader)
    header.push(
      line(
        cols.map((c, i) => (c.year ? (i === cols.findIndex((x) => x.year) ? '（基期）' : '（目标）') : '')),
        0,
      ),
    );
  const out = [...header];
  const rows = grouped(t.rows);
  rows.forEach(({ row, first, group }, i) => {
    if (o.categories === 'group-lines' && first && row.category) out.push('  ' + groupLine(row.category, group, o));
    const cells = cols.map((c) => c.cell(row, first));
    const name = cells[nameAt] ?? '';
    const chunks = o.wrapNames ? chunk(name, WRAP) : [name];
    const nameLine = (part: string) =>
      line(
        cols.map((_, k) => (k === nameAt ? part : '')),
        0,
      );
    const up = o.centreWrapped ? Math.floor(chunks.length / 2) : 0;
    const middle = o.centreWrapped && chunks.length % 2 === 0 ? '' : (chunks[up] ?? '');
    const down = chunks.slice(middle === '' ? up : up + 1);
    out.push(...chunks.slice(0, up).map(nameLine));
    cells[nameAt] = middle;
    // Centred cells drift a character either way from row to row, as PDF glyph positions do.
    // A narrow value column wraps a word value (应保尽保) after two characters.
    const wrapped = cols.map((c, k) =>
      o.wrapWordValues && (c.year || c.heading.startsWith('市级')) && /^[\u3400-\u9fff]{3,}$/.test(cells[k] ?? '')
        ? chunk(cells[k] ?? '', 2)
        : null,
    );
    wrapped.forEach((w, k) => {
      if (w) cells[k] = w[0] ?? '';
    });
    out.push(line(cells, (row.seq % 3) - 1));
    const tails = Math.max(down.length, ...wrapped.map((w) => (w ? w.length - 1 : 0)));
    for (let t = 0; t < tails; t++)
      out.push(
        line(
          cols.map((_, k) => (k === nameAt ? (down[t] ?? '') : (wrapped[k]?.[t + 1] ?? ''))),
          0,
        ),
      );
    if (o.pageBreak && i === Math.floor(rows.length / 2))
      out.push('', '', pad(o.pageNumber ?? '— 7 —', 60, 'centre', 0).replace(/\s+$/, ''), '', ...header);
  });
  out.push('');
  return out;
}

/** Lines of at most `size` characters; like a typesetter, never inside a Latin word (`GDP`, `PM2.5`). */
function chunk(s: string, size: number): string[] {
  const chars = Array.from(s);
  const latin = (c: string | undefined) => c !== undefined && /[A-Za-z0-9.]/.test(c);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    let end = Math.min(chars.length, i + size);
    while (end < chars.length && end > i + 1 && latin(chars[end - 1]) && latin(chars[end])) end--;
    if (end === i + 1 && latin(chars[i]) && latin(chars[i + 1])) end = Math.min(chars.length, i + size);
    out.push(chars.slice(i, end).join(''));
    i = end;
  }
  return out.length > 0 ? out : [''];
}

/** Every layout the parser must read, for tests and the bench corpus. */
export const LAYOUT_VARIANTS: ReadonlyArray<{ name: string; options: LayoutOptions }> = [
  { name: 'tabs, category column', options: { cells: 'tabs', categories: 'column' } },
  {
    name: 'tab cells, group lines',
    options: { cells: 'tab-cells', categories: 'group-lines', blankBetweenRows: true },
  },
  { name: 'pdftotext -layout', options: { cells: 'spaced', categories: 'column', pageBreak: true, wrapNames: true } },
  {
    name: 'pdftotext -layout, group lines, two-line header',
    options: { cells: 'spaced', categories: 'group-lines', twoLineHeader: true, fullWidth: true },
  },
  {
    name: 'pdftotext -layout, no categories',
    options: { cells: 'spaced', categories: 'none', wrapNames: true, pageBreak: true },
  },
  { name: 'pdftotext plain, one cell per line', options: { cells: 'plain-cells', categories: 'column' } },
  {
    name: 'pdftotext plain, blank lines, group lines, two-line header',
    options: {
      cells: 'plain-cells',
      categories: 'group-lines',
      blankBetweenRows: true,
      twoLineHeader: true,
      pageBreak: true,
    },
  },
  { name: 'single spaces, category column', options: { cells: 'words', categories: 'column' } },
  {
    name: 'single spaces, group lines, wrapped names',
    options: { cells: 'words', categories: 'group-lines', wrapNames: true, pageBreak: true },
  },
  {
    name: 'tabs, （一） group lines, blank lines, page break',
    options: {
      cells: 'tabs',
      categories: 'group-lines',
      parenGroups: true,
      blankBetweenRows: true,
      pageBreak: true,
      pageNumber: '- 7 -',
    },
  },
  {
    name: 'pdftotext -layout, two-space gaps, （基期）/（目标） under the years, bare page number',
    options: {
      cells: 'spaced',
      categories: 'column',
      gap: 2,
      subHeader: true,
      wrapNames: true,
      pageBreak: true,
      pageNumber: '7',
    },
  },
  {
    name: 'pdftotext -layout, wrapped names centred on their row',
    options: { cells: 'spaced', categories: 'column', wrapNames: true, centreWrapped: true, pageBreak: true },
  },
  {
    name: 'pdftotext -layout, centred wrapped names, group lines',
    options: { cells: 'spaced', categories: 'group-lines', wrapNames: true, centreWrapped: true, gap: 3 },
  },
  {
    name: 'pdftotext -layout, word values wrapped in narrow columns, wrapped names',
    options: { cells: 'spaced', categories: 'column', wrapNames: true, wrapWordValues: true },
  },
  {
    name: 'pdftotext -layout, bare group labels in the margin, wrapped names',
    options: { cells: 'spaced', categories: 'group-lines', bareGroups: true, wrapNames: true },
  },
  {
    name: 'pdftotext plain, （一） group lines, full-width values',
    options: { cells: 'plain-cells', categories: 'group-lines', parenGroups: true, fullWidth: true },
  },
  // Tables without a 序号 column: the number in the name cell, or no number at all.
  {
    name: 'no 序号: tabs, `1.` in the name, category column',
    options: { cells: 'tabs', categories: 'column', numbering: { inName: '1.' } },
  },
  {
    name: 'no 序号: tabs, `（1）` in the name, unit in the name, group lines',
    options: { cells: 'tabs', categories: 'group-lines', numbering: { inName: '（1）' }, unitInName: true },
  },
  {
    name: 'no 序号: tabs, `①` in the name, no categories, page break',
    options: { cells: 'tabs', categories: 'none', numbering: { inName: '①' }, pageBreak: true, blankBetweenRows: true },
  },
  {
    name: 'no 序号: tabs, unnumbered, category column',
    options: { cells: 'tabs', categories: 'column', numbering: 'none' },
  },
  {
    name: 'no 序号: tabs, unnumbered, unit in the name, （一） group lines',
    options: { cells: 'tabs', categories: 'group-lines', parenGroups: true, numbering: 'none', unitInName: true },
  },
  {
    name: 'no 序号: tab cells, `1．` in the name, group lines',
    options: { cells: 'tab-cells', categories: 'group-lines', numbering: { inName: '1．' }, blankBetweenRows: true },
  },
  {
    name: 'no 序号: pdftotext -layout, `1、` in the name, wrapped names, page break',
    options: {
      cells: 'spaced',
      categories: 'column',
      numbering: { inName: '1、' },
      wrapNames: true,
      pageBreak: true,
    },
  },
  {
    name: 'no 序号: pdftotext -layout, `(1)` in the name, unit in the name, group lines',
    options: { cells: 'spaced', categories: 'group-lines', numbering: { inName: '(1)' }, unitInName: true },
  },
  {
    name: 'no 序号: pdftotext -layout, `①` in the name, two-line header, full-width values',
    options: {
      cells: 'spaced',
      categories: 'column',
      numbering: { inName: '①' },
      twoLineHeader: true,
      fullWidth: true,
    },
  },
  {
    name: 'no 序号: pdftotext -layout, unnumbered, wrapped names, page break',
    options: { cells: 'spaced', categories: 'column', numbering: 'none', wrapNames: true, pageBreak: true },
  },
  {
    name: 'no 序号: pdftotext -layout, unnumbered, unit in the name, group lines, wrapped names',
    options: {
      cells: 'spaced',
      categories: 'group-lines',
      numbering: 'none',
      unitInName: true,
      wrapNames: true,
      gap: 2,
    },
  },
  {
    name: 'no 序号: single spaces, `1.` in the name, category column',
    options: { cells: 'words', categories: 'column', numbering: { inName: '1.' } },
  },
  {
    name: 'no 序号: single spaces, `（1）` in the name, unit in the name, group lines, wrapped names',
    options: {
      cells: 'words',
      categories: 'group-lines',
      numbering: { inName: '（1）' },
      unitInName: true,
      wrapNames: true,
    },
  },
  {
    name: 'no 序号: pdftotext plain, `1、` in the name, one cell per line, category column',
    options: { cells: 'plain-cells', categories: 'column', numbering: { inName: '1、' } },
  },
  {
    name: 'no 序号: pdftotext plain, `1.` in the name, unit in the name, group lines, page break',
    options: {
      cells: 'plain-cells',
      categories: 'group-lines',
      numbering: { inName: '1.' },
      unitInName: true,
      pageBreak: true,
    },
  },
  {
    name: 'no 序号: single spaces, unnumbered, category column',
    options: { cells: 'words', categories: 'column', numbering: 'none' },
  },
  {
    name: 'no 序号: single spaces, unnumbered, unit in the name, group lines, wrapped names',
    options: { cells: 'words', categories: 'group-lines', numbering: 'none', unitInName: true, wrapNames: true },
  },
  {
    name: 'no 序号: pdftotext plain, unnumbered, one cell per line, category column',
    options: { cells: 'plain-cells', categories: 'column', numbering: 'none' },
  },
  {
    name: 'no 序号: pdftotext plain, unnumbered, unit in the name, group lines, page break',
    options: { cells: 'plain-cells', categories: 'group-lines', numbering: 'none', unitInName: true, pageBreak: true },
  },
];
