import type { Layout } from './layout';
import type { Line } from './lines';
import { hasHeadingIndent, hasTocBookmark, isHeadingLike } from './text';

/**
 * A place where a heading stood even though its text is gone: a printed heading, a Word `_Toc`
 * bookmark, or the single leading space the conversion left on the paragraph after a heading.
 * Consecutive marks (bookmark line, then indented paragraph) count as one boundary.
 */
export interface Boundary {
  line: number;
  /** Heading-like text printed right after a bookmark marker, the only title the text offers. */
  title: string | null;
  /** `indent` for a leading space; otherwise a phrase for the evidence note. */
  why: string;
}

export function describe(mark: Boundary): string {
  return mark.why === INDENT ? `leading space at line ${mark.line}` : mark.why;
}

export function boundaries(layout: Layout, from: number, to: number): Boundary[] {
  const found: Boundary[] = [];
  let previous = -1;
  // Lines are numbered from 1 in order, so the stretch is read directly, not found by scanning the text.
  for (let k = Math.max(0, from - 1); k < Math.min(layout.lines.length, to); k++) {
    const line = layout.lines[k] as Line;
    if (line.kind === 'blank') {
      if (previous === line.no - 1) previous = line.no;
      continue;
    }
    const mark = markOf(line);
    if (mark && previous !== line.no - 1) found.push(mark);
    // Only a bare marker (or a heading) carries over to the paragraph right after it.
    previous = mark && isBareMark(line) ? line.no : -1;
  }
  return found;
}

const INDENT = 'indent';

function isBareMark(line: Line): boolean {
  return line.kind === 'heading' || line.kind === 'marker' || (hasTocBookmark(line.raw) && isHeadingLike(line.text));
}

function markOf(line: Line): Boundary | null {
  if (line.kind === 'heading') return { line: line.no, title: line.heading?.title ?? null, why: 'printed heading' };
  if (line.kind === 'cell' || line.kind === 'toc' || line.kind === 'page') return null;
  if (hasTocBookmark(line.raw)) {
    const title = isHeadingLike(line.text) ? line.text : null;
    return { line: line.no, title, why: `[bookmark: _Toc…] marker at line ${line.no}` };
  }
  if (hasHeadingIndent(line.raw) && line.kind !== 'box' && line.kind !== 'caption') {
    return { line: line.no, title: null, why: INDENT };
  }
  return null;
}
