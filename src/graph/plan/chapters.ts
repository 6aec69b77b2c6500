import type { Chapter } from '../../ingest/types';
import { chapterId } from '../ids';
import type { Props, RelRow } from '../model';
import { byId, planRef, span, structureBasis, type Fragment, type PlanContext, type TagItem } from './context';

interface Visit {
  chapter: Chapter;
  parent: Chapter | null;
  order: number;
  depth: number;
}

function walk(chapters: readonly Chapter[], parent: Chapter | null = null, depth = 1): Visit[] {
  return chapters.flatMap((chapter, i) => [
    { chapter, parent, order: i + 1, depth },
    ...walk(chapter.children, chapter, depth + 1),
  ]);
}

export function chapterFragment(ctx: PlanContext): Fragment {
  const visits = walk(ctx.doc.chapters);
  const id = (c: Chapter) => chapterId(ctx.planId, c.key);
  const rows: Props[] = visits.map(({ chapter: c, order, depth }, i) => ({
    id: id(c),
    key: c.key,
    kind: c.kind,
    number: c.number,
    title: c.title,
    order,
    seq: i + 1,
    depth,
    text: c.paragraphs.map((p) => p.text).join('\n'),
    inferred: c.inferred,
    evidence: c.evidence,
    ...span(c.lines),
  }));
  const link = (from: string, c: Chapter): RelRow => ({
    from,
    to: id(c),
    props: structureBasis(c.inferred ? (c.evidence ?? 'inferred') : null),
  });
  const top = visits.filter((v) => v.parent === null).map((v) => link(ctx.planId, v.chapter));
  const nested = visits.flatMap((v) => (v.parent === null ? [] : [link(id(v.parent), v.chapter)]));
  const items: TagItem[] = visits.map(({ chapter: c, parent }) => ({
    label: 'Chapter',
    id: id(c),
    fields: [['title', c.title]],
    parentId: parent === null ? null : id(parent),
    passages: c.paragraphs.map((p) => ({ text: p.text, line: p.lines[0] })),
  }));
  return {
    nodes: [
      { ...byId('Chapter'), mode: 'owned', comment: 'Chapters: parts (篇), chapters (章) and sections (节)', rows },
    ],
    rels: [
      {
        type: 'HAS_CHAPTER',
        from: planRef,
        to: byId('Chapter'),
        mode: 'owned',
        comment: 'The plan holds its top-level parts or chapters',
        rows: top,
      },
      {
        type: 'HAS_SECTION',
        from: byId('Chapter'),
        to: byId('Chapter'),
        mode: 'owned',
        comment: 'Parts hold chapters, chapters hold sections',
        rows: nested,
      },
    ],
    items,
  };
}

/** The innermost chapter whose lines hold `line`, for items the parser did not place. */
export function chapterAt(chapters: readonly Chapter[], line: number): Chapter | null {
  for (const c of chapters) {
    if (c.lines[0] <= line && line <= c.lines[1]) return chapterAt(c.children, line) ?? c;
  }
  return null;
}
