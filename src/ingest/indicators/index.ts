import type { SourceText } from '../source';
import type { Indicator, IndicatorTable, LineSpan, ParseWarning } from '../types';
import type { TableBody } from './cells';
import { readCellLines } from './cellLines';
import { readLineRows } from './lineRows';
import { findHeaders, type HeaderMatch } from './locate';
import { readIndicators } from './rows';
import { readSpacedRows } from './spacedRows';
import { readStreamRows } from './streamRows';
import { candidateLines } from './candidates';
import { yearsFromNotes } from './noteYears';

export { parseCellValue } from './values';

export interface IndicatorExtraction {
  table: IndicatorTable | null;
  /** The main table's rows, then those of every other indicator table, numbered on (see `Indicator.table`). */
  indicators: Indicator[];
  /** The indicator tables besides the main one whose rows were read. */
  more: IndicatorTable[];
  warnings: ParseWarning[];
}

/**
 * Finds the plan's main indicator table (主要指标表) and reads every row of it. The table is
 * recognised by its header (a name column and year columns, usually 序号), not by its caption,
 * and its layout by how the header is flattened; see `findHeaders`. A plan may print more
 * indicator tables (an outline's 表1 and a chapter's 专栏 of indicators): their rows are read too,
 * after the main table's, numbered on from its last 序号, each keeping the 序号 it was printed with.
 */
export function extractIndicators(src: SourceText): IndicatorExtraction {
  const found = tableReadings(src.lines);
  const main = mainTable(found);
  if (main) {
    const first = readTable(main);
    const more = moreTables(found, main, first.table.lines);
    let next = Math.max(0, ...first.indicators.map((i) => i.seq));
    const moreIndicators = more.flatMap((t) =>
      t.indicators.map((i): Indicator => ({ ...i, seq: ++next, table: { caption: t.caption, seq: i.seq } })),
    );
    return {
      table: first.table,
      indicators: [...first.indicators, ...moreIndicators],
      more: more.map((t) => t.table),
      warnings: [
        ...first.warnings,
        ...more.flatMap((t) => t.warnings.map((w) => ({ ...w, message: `in ${describe(t)}: ${w.message}` }))),
        ...moreTablesRead(more, first.table.lines, first.indicators.length),
        ...notIndicatorTables(found, main, [first.table.lines, ...more.map((t) => t.table.lines)]),
      ],
    };
  }
  return {
    table: null,
    indicators: [],
    more: [],
    warnings: [
      {
        line: null,
        code: 'INDICATOR_TABLE_NOT_FOUND',
        message:
          `${src.file}: no indicator table found; expected a header with an indicator name column and ` +
          'year columns (e.g. 2020年, 2025年), usually with 序号, followed by its rows' +
          candidateLines(src.lines, findHeaders(src.lines)) +
          '; if the text has no readable table, supply it as <name>.indicators.csv next to the plan (see README)',
      },
    ],
  };
}

/** One indicator table read: its caption, columns and notes, its rows, and what reading them found. */
interface TableRead {
  table: IndicatorTable;
  /** The caption as printed (`专栏1 科技创新主要指标`, `表2 …`), spaces collapsed. */
  caption: string | null;
  indicators: Indicator[];
  warnings: ParseWarning[];
}

function readTable(reading: TableReading): TableRead {
  const { header, body } = reading;
  const model = yearsFromNotes(header.model, body.notes);
  const { indicators, warnings } = readIndicators(body.rows, model, body.notes);
  const lastRow = indicators[indicators.length - 1]?.lines[1] ?? header.end;
  const lastNote = body.notes[body.notes.length - 1]?.line ?? 0;
  const captioned = header.title ? readCaption(header.title.text) : { number: null, title: null };
  return {
    table: {
      ...captioned,
      lines: [header.title?.line ?? header.start, Math.max(lastRow, lastNote)],
      columns: header.headings.filter((h) => h !== ''),
      notes: body.notes.map((n) => n.text),
    },
    caption: header.title ? header.title.text.replace(/\s+/g, ' ').trim() : null,
    indicators,
    warnings: [...headerWarnings(header), ...reading.warnings, ...warnings],
  };
}

const describe = (t: TableRead): string =>
  `the indicator table at line ${t.table.lines[0]}${t.caption ? ` "${t.caption}"` : ''}`;

/** A header read one way, with the rows found under it. */
interface TableReading {
  header: HeaderMatch;
  body: TableBody;
  warnings: ParseWarning[];
  dataRows: number;
}

/** Each header's first reading that finds data rows under it, in `findHeaders`' order. */
function tableReadings(lines: readonly string[]): TableReading[] {
  const out: TableReading[] = [];
  for (const found of findHeaders(lines)) {
    for (const header of readings(found)) {
      const warnings: ParseWarning[] = [];
      const body = readBody(lines, header, warnings);
      const dataRows = body.rows.filter((r) => r.kind === 'data').length;
      if (dataRows === 0) continue;
      out.push({ header, body, warnings, dataRows });
      break;
    }
  }
  return out;
}

const titled = (r: TableReading): boolean => r.header.title !== null && /主要指标|指标表/.test(r.header.title.text);

/**
 * The main table: one whose caption says 主要指标 over one whose does not, then the one with the
 * most rows (a chapter's 专栏 of three indicators is not the plan's table of twenty), then
 * `findHeaders`' order (a 序号 column first).
 */
function mainTable(found: readonly TableReading[]): TableReading | null {
  let best: TableReading | null = null;
  for (const r of found) {
    if (!best) best = r;
    else if (titled(r) !== titled(best) ? titled(r) : r.dataRows > best.dataRows) best = r;
  }
  return best;
}

/**
 * The indicator tables besides the main one, in the order printed: not the main table's header
 * repeated after a page break, nor a later reading inside a table already taken, and only a table
 * that says it holds indicators (指标 in its caption, or a 单位 or 属性 column) — a schedule of
 * projects by year has a name column and year columns too.
 */
function moreTables(found: readonly TableReading[], main: TableReading, mainLines: LineSpan): TableRead[] {
  const taken: LineSpan[] = [mainLines];
  const out: TableRead[] = [];
  const others = found.filter((r) => r !== main && holdsIndicators(r)).sort((a, b) => a.header.start - b.header.start);
  for (const r of others) {
    if (taken.some(([a, b]) => r.header.start >= a && r.header.start <= b)) continue;
    const read = readTable(r);
    out.push(read);
    taken.push(read.table.lines);
  }
  return out;
}

/**
 * The tables with a name column and year columns that `moreTables` left out because nothing says
 * they hold indicators: named, so no table with figures is dropped unsaid.
 */
function notIndicatorTables(
  found: readonly TableReading[],
  main: TableReading,
  read: readonly LineSpan[],
): ParseWarning[] {
  return found
    .filter((r) => r !== main && !holdsIndicators(r))
    .filter((r) => !read.some(([a, b]) => r.header.start >= a && r.header.start <= b))
    .map((r) => ({
      line: r.header.start,
      code: 'INDICATOR_TABLES_NOT_READ',
      message:
        `the table at line ${r.header.start}${r.header.title ? ` "${r.header.title.text.slice(0, 30)}"` : ''} ` +
        `(${r.dataRows} rows) has a name column and year columns, but neither its caption (指标) nor its columns ` +
        '(单位, 属性) say it holds indicators; its rows are not read as indicators',
    }));
}

const holdsIndicators = (r: TableReading): boolean =>
  /指标/.test(r.header.title?.text ?? '') || r.header.model.unit !== null || r.header.model.attribute !== null;

/** Says which tables besides the main one were read, and how their rows are numbered. */
function moreTablesRead(more: readonly TableRead[], mainLines: LineSpan, mainRows: number): ParseWarning[] {
  if (more.length === 0) return [];
  const named = more.map(
    (t) => `line ${t.table.lines[0]}${t.caption ? ` "${t.caption.slice(0, 30)}"` : ''} (${t.indicators.length} rows)`,
  );
  return [
    {
      line: more[0]?.table.lines[0] ?? null,
      code: 'INDICATOR_TABLES_MORE',
      message:
        `the plan prints ${more.length} more indicator table${more.length > 1 ? 's' : ''} besides the main one ` +
        `(lines ${mainLines[0]}–${mainLines[1]}, ${mainRows} rows): ${named.join('; ')}; their rows are read too, ` +
        "numbered on after the main table's, each keeping the 序号 printed in its own table",
    },
  ];
}

/**
 * The ways to read a header's rows: as it says, or — a header without 序号 — rows numbered in
 * their name cells first, then unnumbered rows in order.
 */
function readings(header: HeaderMatch): HeaderMatch[] {
  if (header.model.numbering !== 'name') return [header];
  return [header, { ...header, model: { ...header.model, numbering: 'none' } }];
}

function readBody(lines: readonly string[], header: HeaderMatch, warnings: ParseWarning[]): TableBody {
  const m = header.model;
  const values = [m.baseline, m.target, m.reference].filter((i): i is number => i !== null);
  const shape = { width: header.headings.length, seq: m.seq, numbering: m.numbering, name: m.name, values };
  switch (header.layout) {
    case 'line-rows':
      return readLineRows(lines, header.end, shape);
    case 'cell-lines':
      return readCellLines(lines, header.end, shape);
    case 'spaced':
      return readSpacedRows(lines, header, warnings);
    case 'words':
    case 'plain-cells':
      return readStreamRows(lines, header, warnings);
  }
}

/** `表2-2 江北区…主要指标表` → number `2-2`; a 专栏 caption has no table number (it is a box). */
function readCaption(text: string): Pick<IndicatorTable, 'number' | 'title'> {
  const table = /^表\s*(\d+(?:\s*[-－—–.．]\s*\d+)?)\s*(.*)$/.exec(text);
  if (table?.[1] !== undefined)
    return { number: table[1].replace(/\s+/g, '').replace(/[－—–．]/g, '-'), title: table[2]?.trim() || null };
  const box = /^专栏\s*\d+(?:\s*[-－—–.．]\s*\d+)?\s*(.*)$/.exec(text);
  if (box?.[1] !== undefined) return { number: null, title: box[1].trim() || null };
  return { number: null, title: text };
}

function headerWarnings(header: HeaderMatch): ParseWarning[] {
  return header.model.columns
    .filter((c) => c.role === 'unknown' && c.heading !== '')
    .map((c) => ({
      line: header.start,
      code: 'INDICATOR_COLUMN_UNKNOWN',
      message: `indicator table column "${c.heading}" is not recognised; its cells are ignored`,
    }));
}

/** The main indicator table as printed: its headings, its rows' cell texts, and the lines they take. */
export interface PrintedTable {
  headings: string[];
  rows: { kind: 'data' | 'category'; cells: string[] }[];
  /** 1-based lines of the header's first line and of the last row's last line. */
  start: number;
  end: number;
}

/**
 * The same table extractIndicators reads, cell by cell as printed (merged category cells still
 * empty): what the fixture renderer lays out again as a real Word, HTML or PDF table.
 */
export function printedIndicatorTable(src: SourceText): PrintedTable | null {
  const main = mainTable(tableReadings(src.lines));
  if (!main) return null;
  const { header, body } = main;
  return {
    headings: header.headings.filter((h) => h !== ''),
    rows: body.rows.map((r) => ({ kind: r.kind, cells: r.cells.map((c) => c.text) })),
    start: header.start,
    end: Math.max(...body.rows.flatMap((r) => r.cells.map((c) => c.endLine))),
  };
}
