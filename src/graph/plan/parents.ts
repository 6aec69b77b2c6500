import type { Chapter } from '../../ingest/types';
import { chapterId } from '../ids';
import type { RelRow, RelSet, RelType } from '../model';
import { byId, planRef, type PlanContext } from './context';
import { chapterAt } from './chapters';

function keys(chapters: readonly Chapter[]): string[] {
  return chapters.flatMap((c) => [c.key, ...keys(c.children)]);
}

/** The chapter an item belongs to: the parser's key when it names a real chapter, else the chapter around its line. */
export function makeParentOf(ctx: PlanContext): (chapterKey: string | null, line: number) => string | null {
  const known = new Set(keys(ctx.doc.chapters));
  return (chapterKey, line) => {
    if (chapterKey !== null && known.has(chapterKey)) return chapterId(ctx.planId, chapterKey);
    const around = chapterAt(ctx.doc.chapters, line);
    return around === null ? null : chapterId(ctx.planId, around.key);
  };
}

/** Items under a chapter hang off it; items outside every chapter hang off the plan itself. */
export function parentRels(
  type: RelType,
  to: RelSet['to'],
  rows: { parent: string | null; id: string }[],
  noun: string,
  ctx: PlanContext,
): RelSet[] {
  const link = (from: string, id: string): RelRow => ({ from, to: id, props: { basis: 'stated' } });
  const inChapter = rows.filter((r) => r.parent !== null).map((r) => link(r.parent as string, r.id));
  const inPlan = rows.filter((r) => r.parent === null).map((r) => link(ctx.planId, r.id));
  const sets: RelSet[] = [
    { type, from: byId('Chapter'), to, mode: 'owned', comment: `${noun} in chapters`, rows: inChapter },
    {
      type,
      from: planRef,
      to,
      mode: 'owned',
      comment: `${noun} outside every chapter, held by the plan`,
      rows: inPlan,
    },
  ];
  return sets.filter((s) => s.rows.length > 0);
}
