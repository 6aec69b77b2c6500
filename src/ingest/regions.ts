import { piecesOf } from './indicators/pieces';
import type { Layout } from './layout';
import type { Line } from './lines';
import { hasHeadingIndent, hasTocBookmark } from './text';
import type { LineSpan } from './types';

/** Lines that stop a box or a table: any heading, box, caption, or a mark where a heading stood. */
export function isStructural(line: Line): boolean {
  if (['heading', 'box', 'caption', 'figure', 'marker'].includes(line.kind)) return true;
  return line.kind === 'text' && (hasTocBookmark(line.raw) || hasHeadingIndent(line.raw));
}

/** Converted table cells sometimes wrap onto a line of their own (`服务`, `、特殊儿童…`). */
function isWrappedCell(line: Line): boolean {
  return (line.text.length <= 12 && !/[。；]/.test(line.text)) || /^[、，；）)]/.test(line.text);
}

/**
 * In character columns (`pdftotext -layout`), a long cell goes on below, under its own column: a
 * line that starts under a later column of the row above it, past the row's first cell.
 */
function underLaterColumn(line: Line, row: Line | null): boolean {
  if (row === null || row.raw.includes('\t')) return false;
  const [, second] = piecesOf(row.raw, row.no);
  const indent = Array.from(line.raw).length - Array.from(line.raw.trimStart()).length;
  return second !== undefined && indent >= second.start - 1;
}

/** A flattened table runs from its caption over cells, wrapped cells and its notes. */
export function tableSpan(layout: Layout, caption: number): LineSpan {
  let end = caption;
  let row: Line | null = null;
  // Index from the caption on rather than slicing: a copy of the rest of the text per table made a long text quadratic.
  for (let k = caption; k < layout.lines.length; k++) {
    const line = layout.lines[k] as Line;
    if (line.no > layout.bodyEnd || isStructural(line)) break;
    if (line.kind === 'blank' || line.kind === 'page') continue;
    if (line.kind === 'cell') row = line;
    if (line.kind === 'cell' || /^(注|备注)[:：]/.test(line.text)) end = line.no;
    else if (line.kind === 'text' && (isWrappedCell(line) || underLaterColumn(line, row))) end = line.no;
    else break;
  }
  return [caption, end];
}

/** A box runs from its 专栏 line to the next structural line. */
export function boxSpan(layout: Layout, start: number): LineSpan {
  let end = start;
  for (let k = start; k < layout.lines.length; k++) {
    const line = layout.lines[k] as Line;
    if (line.no > layout.bodyEnd || isStructural(line)) break;
    if (line.kind !== 'blank' && line.kind !== 'page') end = line.no;
  }
  return [start, end];
}

export function within(span: LineSpan, line: number): boolean {
  return line >= span[0] && line <= span[1];
}
