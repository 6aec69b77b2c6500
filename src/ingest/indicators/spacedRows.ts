import type { ParseWarning } from '../types';
import {
  appendTail,
  type Cell,
  dropTrailingCategories,
  lastLineOf,
  nextNonBlank,
  readNotes,
  type RawRow,
  type TableBody,
} from './cells';
import type { HeaderMatch } from './locate';
import type { Piece } from './pieces';
import { cellText, classifySpacedLines, type SpacedLine } from './spacedLines';

type FragmentLine = Extract<SpacedLine, { kind: 'fragment' }>;

/**
 * Reads a table laid out in character columns (`pdftotext -layout`): every word goes to the column
 * it starts under, so an empty cell is simply a column with no word (see `classifySpacedLines`).
 * Then each row takes the fragments of its wrapped cells. A converter prints a row's other cells
 * either on the first line of a wrapped cell (top-aligned: every fragment is below its 序号) or at its
 * vertical middle (centred: `每千名老年人拥有养老` / `15 … 张 31 35` / `床位数`, as many parts above
 * the 序号 as below). Centred tables show it: a fragment before the first row, or a row whose name
 * stands wholly on other lines. There, the fragments between two rows are split: the upper row takes
 * as many below as it had above, the lower row the rest.
 */
export function readSpacedRows(lines: readonly string[], header: HeaderMatch, warnings: ParseWarning[]): TableBody {
  const { lines: sorted, notesAt } = classifySpacedLines(lines, header, warnings);
  const width = header.spans?.length ?? 0;
  const name = header.model.name;
  const firstRow = sorted.findIndex((l) => l.kind === 'row');
  const centred =
    sorted.slice(0, Math.max(0, firstRow)).some((l) => l.kind === 'fragment') ||
    sorted.some((l) => l.kind === 'row' && cellText(l.byColumn.get(name)) === '');

  const rows: RawRow[] = [];
  let pending: FragmentLine[] = [];
  let current: { row: RawRow; above: number } | null = null;
  const settle = (next: RawRow | null): number => {
    // Fragments since the last row: the upper row's share (all of them unless centred), then the next row's.
    const keep =
      current === null ? 0 : centred && next !== null ? Math.min(current.above, pending.length) : pending.length;
    if (current) for (const f of pending.slice(0, keep)) extend(current.row, f, 'below');
    const rest = pending.slice(keep);
    if (next) for (const f of [...rest].reverse()) extend(next, f, 'above');
    pending = [];
    return next ? rest.length : 0;
  };
  for (const l of sorted) {
    if (l.kind === 'fragment') {
      pending.push(l);
      continue;
    }
    if (l.kind === 'category') {
      settle(null);
      rows.push({
        kind: 'category',
        cells: [{ text: l.text, line: l.line, endLine: l.line, blankBefore: l.blankBefore }],
      });
      current = null;
      continue;
    }
    const row: RawRow = {
      kind: 'data',
      cells: Array.from({ length: width }, (_, i) => cellOf(l.byColumn.get(i), l.line, l.blankBefore)),
    };
    const above = settle(row);
    rows.push(row);
    current = { row, above };
  }
  settle(null);
  const kept = dropTrailingCategories(rows);
  return {
    rows: kept,
    notes: notesAt !== null ? readNotes(lines, notesAt) : readNotes(lines, nextNonBlank(lines, lastLineOf(kept))),
  };
}

function cellOf(words: readonly Piece[] | undefined, line: number, blankBefore: boolean): Cell {
  return { text: cellText(words), line, endLine: line, blankBefore };
}

/** Adds a fragment's words to the row's cells, after (below) or before (above) what they hold. */
function extend(row: RawRow, f: FragmentLine, side: 'above' | 'below'): void {
  for (const [i, words] of f.byColumn) {
    const cell = row.cells[i];
    if (!cell) continue;
    if (side === 'below') appendTail(cell, cellText(words), f.line);
    else {
      const tail = cell.text;
      cell.text = '';
      appendTail(cell, cellText(words), cell.endLine);
      appendTail(cell, tail, cell.endLine);
      cell.line = Math.min(cell.line, f.line);
    }
  }
}
