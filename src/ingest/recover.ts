import { boundaries, describe, type Boundary } from './boundaries';
import type { Layout } from './layout';
import type { Line } from './lines';
import { inferred, type DraftNode } from './tree';
import type { ParseWarning } from './types';

interface Group {
  number: number;
  firstLine: number;
  lastLine: number;
  firstEvidence: string;
  sections: DraftNode[];
  startsWithSection: boolean;
}

/**
 * Rebuilds chapters a conversion lost. Box and table numbers (专栏4-1, 表2-2) name their chapter;
 * a printed 第一节 after a higher 节 starts a new chapter. Only used when no 第X章 line survives.
 */
export function recoverChapters(layout: Layout, orphans: DraftNode[], warnings: ParseWarning[]): DraftNode[] {
  const groups = groupEvidence(layout, orphans);
  if (groups.length === 0) return orphans;
  const chapters: DraftNode[] = [];
  let lower = layout.bodyStart;
  for (const group of groups) {
    chapters.push(placeChapter(layout, group, lower));
    lower = group.lastLine + 1;
  }
  const first = groups[0];
  const opening = first?.number === 2 && chapters[0] ? firstChapter(layout, first, chapters[0].line - 1) : null;
  if (opening) chapters.unshift(opening);
  chapters.forEach((ch, i) => {
    const end = (chapters[i + 1]?.line ?? layout.bodyEnd + 1) - 1;
    const group = groups.find((g) => g.number === ch.number);
    ch.children = group ? recoverSections(layout, group.sections, ch, end) : [];
    warnings.push({
      line: ch.line,
      code: 'CHAPTER_INFERRED',
      message: `chapter ${ch.number} recovered from evidence: ${ch.evidence}`,
    });
  });
  return chapters;
}

function groupEvidence(layout: Layout, orphans: DraftNode[]): Group[] {
  const events = [
    ...evidenceLines(layout).map((l) => ({ line: l, node: null })),
    ...orphans.map((n) => ({ line: null, node: n })),
  ].sort((a, b) => (a.line?.no ?? a.node?.line ?? 0) - (b.line?.no ?? b.node?.line ?? 0));
  const groups: Group[] = [];
  for (const event of events) {
    const current = groups[groups.length - 1];
    if (event.line) {
      const n = Number(event.line.number?.split('-')[0]);
      const label = `${event.line.kind === 'box' ? '专栏' : '表'}${event.line.number} at line ${event.line.no}`;
      if (current && current.number === n) current.lastLine = event.line.no;
      else if (!current || n > current.number) groups.push(newGroup(n, event.line.no, label, false));
    } else if (event.node) {
      const node = event.node;
      const clash = current?.sections.some((s) => (s.number ?? 0) >= (node.number ?? 0));
      if (current && !clash) {
        current.sections.push(node);
        current.lastLine = node.line;
      } else {
        const n = (current?.number ?? 0) + 1;
        const after = current?.sections[current.sections.length - 1];
        const why = after
          ? `printed section ${node.number} at line ${node.line} restarts the 节 numbering after section ${after.number} at line ${after.line}`
          : `printed section ${node.number} at line ${node.line}`;
        const group = newGroup(n, node.line, why, true);
        group.sections.push(node);
        groups.push(group);
      }
    }
  }
  return groups;
}

function newGroup(number: number, line: number, evidence: string, startsWithSection: boolean): Group {
  return { number, firstLine: line, lastLine: line, firstEvidence: evidence, sections: [], startsWithSection };
}

function evidenceLines(layout: Layout): Line[] {
  return layout.lines.filter(
    (l) =>
      (l.kind === 'box' || l.kind === 'caption') &&
      /^\d+-\d+$/.test(l.number ?? '') &&
      l.no >= layout.bodyStart &&
      l.no <= layout.bodyEnd,
  );
}

/** The chapter starts at the last heading mark before its first evidence. */
function placeChapter(layout: Layout, group: Group, lower: number): DraftNode {
  if (group.startsWithSection) return inferred('chapter', group.number, null, group.firstLine, group.firstEvidence);
  const marks = boundaries(layout, lower, group.firstLine - 1);
  const mark = marks[marks.length - 1];
  if (!mark)
    return inferred(
      'chapter',
      group.number,
      null,
      group.firstLine,
      `${group.firstEvidence}; no heading mark before it`,
    );
  return inferred(
    'chapter',
    group.number,
    mark.title,
    mark.line,
    `${group.firstEvidence}; starts at the ${describe(mark)}${titleNote(mark)}`,
  );
}

/** Chapter 1 is proven by chapter 2; it starts at the first heading mark of the body. */
function firstChapter(layout: Layout, second: Group, upper: number): DraftNode | null {
  const mark = boundaries(layout, layout.bodyStart, upper)[0];
  if (!mark) return null;
  const why = `chapter 2 is evidenced by ${second.firstEvidence}, so chapter 1 precedes it; starts at the ${describe(mark)}`;
  return inferred('chapter', 1, mark.title, mark.line, why);
}

function titleNote(mark: Boundary): string {
  return mark.title ? `; title is the heading-like text after the marker` : '';
}

/**
 * Numbers the heading marks between printed 节 lines only where their count fits the printed numbers
 * (three marks before 第四节 are 第一…三节); otherwise they stay unnumbered.
 */
function recoverSections(layout: Layout, printed: DraftNode[], chapter: DraftNode, end: number): DraftNode[] {
  if (printed.length === 0) return [];
  const marks = boundaries(layout, chapter.line, end).filter((m) => !printed.some((p) => p.line === m.line));
  const out: DraftNode[] = [...printed];
  let previous: DraftNode | null = null;
  for (const next of [...printed, null]) {
    const from = previous?.line ?? chapter.line - 1;
    const to = next?.line ?? end + 1;
    const between = marks.filter((m) => m.line > from && m.line < to);
    const base = previous?.number ?? 0;
    const fits = next === null || (next.number ?? 0) - base - 1 === between.length;
    between.forEach((m, i) => {
      const number = fits ? base + i + 1 : null;
      const anchor = next ?? previous;
      const relation = next ? (fits ? 'the count of marks fits' : 'the count of marks does not fit') : 'follows';
      const why = `${describe(m)}; ${relation} printed section ${anchor?.number} at line ${anchor?.line}`;
      out.push(inferred('section', number, m.title, m.line, why));
    });
    previous = next;
  }
  return out;
}
