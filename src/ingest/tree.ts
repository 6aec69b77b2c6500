import type { Chapter, ChapterKind, LineSpan } from './types';

/** A hierarchy node before keys and spans are known. */
export interface DraftNode {
  kind: ChapterKind;
  number: number | null;
  title: string | null;
  line: number;
  inferred: boolean;
  evidence: string | null;
  children: DraftNode[];
}

export function draft(kind: ChapterKind, number: number | null, title: string | null, line: number): DraftNode {
  return { kind, number, title, line, inferred: false, evidence: null, children: [] };
}

export function inferred(
  kind: ChapterKind,
  number: number | null,
  title: string | null,
  line: number,
  evidence: string,
): DraftNode {
  return { ...draft(kind, number, title, line), inferred: true, evidence };
}

/** Gives every node its key and line span: a node runs until its next sibling (or its parent's end). */
export function finish(nodes: DraftNode[], end: number, parentKey: string | null = null): Chapter[] {
  const sorted = [...nodes].sort((a, b) => a.line - b.line);
  return sorted.map((node, i) => {
    const next = sorted[i + 1];
    const span: LineSpan = [node.line, next ? next.line - 1 : end];
    const key = keyOf(node, i, parentKey);
    return {
      key,
      kind: node.kind,
      number: node.number,
      title: node.title,
      line: node.line,
      lines: span,
      inferred: node.inferred,
      evidence: node.evidence,
      paragraphs: [],
      children: finish(node.children, span[1], key),
    };
  });
}

const PREFIX: Readonly<Record<ChapterKind, string>> = { part: 'p', chapter: 'ch', section: 's' };

function keyOf(node: DraftNode, index: number, parentKey: string | null): string {
  const own = node.number === null ? `x${index + 1}` : `${PREFIX[node.kind]}${node.number}`;
  // Chapters are numbered across parts, so their key stands on its own.
  return parentKey && node.kind !== 'chapter' ? `${parentKey}/${own}` : own;
}

/** Depth-first list of all nodes. */
export function flatten(nodes: readonly Chapter[]): Chapter[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The deepest node whose span holds the line. */
export function enclosing(nodes: readonly Chapter[], line: number): Chapter | null {
  for (const node of nodes) {
    if (line >= node.lines[0] && line <= node.lines[1]) return enclosing(node.children, line) ?? node;
  }
  return null;
}
