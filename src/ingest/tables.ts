import type { Layout } from './layout';
import { tableSpan } from './regions';
import { enclosing } from './tree';
import type { Chapter, LineSpan, NumberedTable } from './types';

export interface FoundTable extends NumberedTable {
  lines: LineSpan;
}

/** Numbered tables (表2-1, 表 1) of the body, with the lines their flattened cells take. */
export function findTables(layout: Layout, chapters: readonly Chapter[]): FoundTable[] {
  return layout.lines
    .filter((l) => l.kind === 'caption' && l.no >= layout.bodyStart && l.no <= layout.bodyEnd)
    .map((l) => ({
      number: l.number ?? '',
      title: l.caption ?? null,
      line: l.no,
      chapterKey: enclosing(chapters, l.no)?.key ?? null,
      lines: tableSpan(layout, l.no),
    }));
}

/** Unnumbered table captions: a heading-like line right before a run of cells. */
export function captionLines(layout: Layout): number[] {
  return layout.lines
    .filter(
      (l, i) =>
        l.kind === 'text' && /表$/.test(l.text) && l.text.length <= 40 && nextNonBlank(layout, i)?.kind === 'cell',
    )
    .map((l) => l.no);
}

function nextNonBlank(layout: Layout, index: number) {
  for (let k = index + 1; k < layout.lines.length; k++) {
    const line = layout.lines[k];
    if (line && line.kind !== 'blank') return line;
  }
  return undefined;
}
