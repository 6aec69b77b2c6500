import { printedTree } from './hierarchy';
import type { Layout } from './layout';
import { recoverChapters } from './recover';
import { finish } from './tree';
import type { Chapter, ParseWarning } from './types';

/** The body's hierarchy: printed headings, plus chapters recovered from evidence where none were printed. */
export function buildHierarchy(layout: Layout, warnings: ParseWarning[]): Chapter[] {
  const printed = printedTree(layout);
  const hasChapters = printed.some((n) => n.kind === 'chapter' || n.children.some((c) => c.kind === 'chapter'));
  const roots = hasChapters ? printed : recoverChapters(layout, printed, warnings);
  return finish(roots, layout.bodyEnd);
}
