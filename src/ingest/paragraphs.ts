import type { Layout } from './layout';
import type { Line } from './lines';
import { endsSentence } from './text';
import { flatten } from './tree';
import type { Chapter, LineSpan, Paragraph } from './types';

/**
 * Joins body lines into paragraphs. A line that stops mid-sentence (a page break in the source)
 * continues on the next text line.
 */
export function joinParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    if (open && !endsSentence(open.text)) {
      open.text += line.text;
      open.lines = [open.lines[0], line.no];
    } else {
      open = { text: line.text, lines: [line.no, line.no] };
      out.push(open);
    }
  }
  return out;
}

/**
 * Fills each node's paragraphs: its own text lines, minus boxes, tables and heading lines. Lines
 * are marked usable once and each node reads only its own stretch, so a long text costs its
 * length, not its length times its chapters.
 */
export function fillParagraphs(
  chapters: Chapter[],
  layout: Layout,
  consumed: readonly LineSpan[],
  titleLines: ReadonlySet<number>,
): void {
  const lines = layout.lines;
  // covered[k] > 0 when line k + 1 lies in a box or table: a running sum over span starts and ends.
  const covered = new Array<number>(lines.length + 2).fill(0);
  for (const [start, end] of consumed) {
    covered[Math.max(0, start - 1)] = (covered[Math.max(0, start - 1)] ?? 0) + 1;
    covered[Math.min(lines.length, end)] = (covered[Math.min(lines.length, end)] ?? 0) - 1;
  }
  const usable = new Array<boolean>(lines.length);
  let depth = 0;
  lines.forEach((l, k) => {
    depth += covered[k] ?? 0;
    usable[k] = depth <= 0 && l.kind === 'text' && !titleLines.has(l.no);
  });
  for (const node of flatten(chapters)) {
    const end = Math.min(lines.length, (node.children[0]?.line ?? node.lines[1] + 1) - 1);
    const own: Line[] = [];
    for (let k = Math.max(0, node.line - 1); k < end; k++) {
      const line = lines[k];
      if (line && usable[k]) own.push(line);
    }
    node.paragraphs = joinParagraphs(own);
  }
}
