import type { HeaderMatch } from './locate';
import { cleanCell, compact, isContinuedCaption, isPageNumber, normalizeLine } from './text';

/**
 * Recognises what a page break leaves inside a table: page numbers, a `续表` caption, and the
 * header printed again at the top of the next page. Such lines are skipped, not read as rows.
 */
export function furnitureOf(lines: readonly string[], header: HeaderMatch): (raw: string) => boolean {
  const headerLines = new Set<string>();
  for (let j = header.start - 1; j < header.end; j++) headerLines.add(compact(lines[j] ?? ''));
  headerLines.add(compact(header.headings.join('')));
  if (header.title) headerLines.add(compact(header.title.text));
  return (raw) => {
    const text = cleanCell(normalizeLine(raw));
    return isPageNumber(text) || isContinuedCaption(text) || headerLines.has(compact(text));
  };
}

/** The header printed again cell by cell (one heading per line): the count of lines it takes at `j`, or 0. */
export function repeatedHeaderAt(textAt: (j: number) => string, j: number, headings: readonly string[]): number {
  if (headings.length < 2) return 0;
  for (let k = 0; k < headings.length; k++) {
    if (compact(textAt(j + k)) !== compact(headings[k] ?? '')) return 0;
  }
  return headings.length;
}
