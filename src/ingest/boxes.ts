import type { Layout } from './layout';
import type { Line } from './lines';
import { joinParagraphs } from './paragraphs';
import { boxSpan, within } from './regions';
import { tableRows } from './tableRows';
import { enclosing } from './tree';
import type { Box, BoxItem, Chapter, LineSpan, ParseWarning } from './types';

/** The 专栏 boxes of the body with their items; boxes that hold an indicator table read as indicators list no items. */
export function extractBoxes(
  layout: Layout,
  chapters: readonly Chapter[],
  indicatorTables: readonly LineSpan[],
  warnings: ParseWarning[],
): Box[] {
  return layout.lines
    .filter((l) => l.kind === 'box' && l.no >= layout.bodyStart && l.no <= layout.bodyEnd)
    .map((l) => {
      const lines = boxSpan(layout, l.no);
      const body = layout.lines.slice(l.no, lines[1]);
      const holdsIndicators = indicatorTables.some((t) => within(lines, t[0]));
      const items = holdsIndicators ? [] : isTable(body) ? tableItems(layout, [l.no, lines[1]]) : textItems(body);
      if (!holdsIndicators && items.length === 0) {
        warnings.push({
          line: l.no,
          code: 'BOX_EMPTY',
          message: `专栏${l.number}: expected items after the box title, found none`,
        });
      }
      return {
        number: l.number ?? '',
        title: l.caption ?? null,
        line: l.no,
        lines,
        chapterKey: enclosing(chapters, l.no)?.key ?? null,
        items,
      };
    });
}

/** Most lines are cells: a flattened table, not a list that merely starts with a tab. */
function isTable(body: readonly Line[]): boolean {
  const filled = body.filter((b) => b.kind !== 'blank');
  return filled.filter((b) => b.kind === 'cell').length * 2 > filled.length;
}

const NUMBERED = /^\d+\s*[.．、]\s*/;

function textItems(body: readonly Line[]): BoxItem[] {
  const lines = body.filter((b) => b.kind === 'text' || b.kind === 'cell');
  // Numbered items sometimes run together on one line: `…。5.智慧养老云平台…`.
  return joinParagraphs(lines).flatMap((p) =>
    p.text.split(/(?<=。)\s*(?=\d+\s*[.．、])/).map((part) => {
      const text = part.replace(NUMBERED, '');
      return { name: leadOf(text), text, lines: p.lines };
    }),
  );
}

/** `name：text`, `name。text`, or else the first clause. */
export function leadOf(text: string): string {
  for (const stops of [/[：:。]/, /[，,]/]) {
    const at = text.search(stops);
    if (at > 0 && at <= 30) return text.slice(0, at);
  }
  return text.slice(0, 30);
}

/** A box holding a flattened table: one item per row, the header row skipped, named by its first cell after a 序号. */
function tableItems(layout: Layout, span: LineSpan): BoxItem[] {
  return tableRows(layout, span)
    .slice(1)
    .flatMap(({ cells, lines }) => {
      const [name, ...rest] = cells.length > 1 && SEQ_CELL.test(cells[0] ?? '') ? cells.slice(1) : cells;
      return name ? [{ name, text: rest.join('；'), lines }] : [];
    });
}

const SEQ_CELL = /^\d+[.．、]?$/;
