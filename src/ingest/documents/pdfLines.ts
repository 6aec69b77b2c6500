import { isPageNumber } from '../text';

/** A run of text pdf.js placed on a page: its baseline's left end, its width and its font size. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The items that share a baseline, left to right. */
export interface VisualLine {
  page: number;
  items: TextItem[];
  y: number;
  size: number;
}

/** Items grouped into lines by their baseline (within a third of the font size), top to bottom. */
export function visualLines(page: number, items: readonly TextItem[]): VisualLine[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= line.size / 3) line.items.push(item);
    else lines.push({ page, items: [item], y: item.y, size: item.size });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    // pdf.js adds a space item where it sees a gap; the gap itself says more (pdfText).
    line.items = line.items.filter((i) => i.str.trim() !== '');
    // The size of the line's longest run: a stray mark in another size does not change it.
    line.size = line.items.reduce((a, b) => (b.str.length > a.str.length ? b : a)).size;
  }
  return lines.filter((l) => l.items.length > 0);
}

const plain = (line: VisualLine): string =>
  line.items
    .map((i) => i.str)
    .join('')
    .trim();
const shape = (line: VisualLine): string => plain(line).replace(/\d+/g, '#');

/**
 * Drops what every page repeats: a running header or footer (the same text, numbers aside, first or
 * last on at least half of the pages) and a page number printed first or last on its page.
 */
export function dropFurniture(pages: VisualLine[][]): VisualLine[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const edge of new Set([lines[0], lines[lines.length - 1]].filter((l) => l !== undefined).map(shape)))
      counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const running = (l: VisualLine) => pages.length >= 3 && (counts.get(shape(l)) ?? 0) >= pages.length / 2;
  return pages.map((lines) =>
    lines.filter((l, k) => {
      const edge = k === 0 || k === lines.length - 1;
      return !(edge && (running(l) || isPageNumber(plain(l))));
    }),
  );
}
