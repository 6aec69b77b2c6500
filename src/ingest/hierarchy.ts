import type { Layout } from './layout';
import type { Line } from './lines';
import { draft, type DraftNode } from './tree';

/** The printed headings of the body, nested part → chapter → section. */
export function printedTree(layout: Layout): DraftNode[] {
  const roots: DraftNode[] = [];
  let part: DraftNode | null = null;
  let chapter: DraftNode | null = null;
  for (const line of bodyHeadings(layout)) {
    const h = line.heading;
    if (!h) continue;
    const node = draft(h.kind, h.number, h.title, line.no);
    if (h.kind === 'part') {
      roots.push(node);
      part = node;
      chapter = null;
    } else if (h.kind === 'chapter') {
      (part ? part.children : roots).push(node);
      chapter = node;
    } else if (chapter) {
      chapter.children.push(node);
    } else {
      (part ? part.children : roots).push(node);
    }
  }
  return roots;
}

export function bodyHeadings(layout: Layout): Line[] {
  return layout.lines.filter((l) => l.kind === 'heading' && l.no >= layout.bodyStart && l.no <= layout.bodyEnd);
}
