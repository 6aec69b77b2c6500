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

/** Fills each node's paragraphs: its own text lines, minus boxes, tables and heading lines. */
export function fillParagraphs(chapters: Chapter[], layout: Layout, consumed: readonly LineSpan[], titleLines: ReadonlySet<number>): void {
  for (const node of flatten(chapters)) {
    const end = (node.children[0]?.line ?? node.lines[1] + 1) - 1;
    const lines = layout.lines.filter(
      (l) =>
        l.no >= node.line &&
        l.no <= end &&
        l.kind === 'text' &&
        !titleLines.has(l.no) &&
        !consumed.some((s) => l.no >= s[0] && l.no <= s[1]),
    );
    node.paragraphs = joinParagraphs(lines);
  }
}
