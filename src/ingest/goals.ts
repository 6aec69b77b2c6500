import type { FoundTable } from './tables';
import { flatten } from './tree';
import type { Chapter, Goal, Paragraph } from './types';
import type { Layout } from './layout';
import { tableRows } from './tableRows';

const GOALS_TITLE = /^(发展|主要|总体|规划)?目标$/;
const GOALS_TABLE = /发展目标/;

/**
 * Goal statements: every paragraph of the 发展目标/主要目标 node, and each row of a per-area goals
 * table. Where no node carries such a title, the node holding a goals table stands in for it.
 */
export function extractGoals(
  chapters: readonly Chapter[],
  tables: readonly FoundTable[],
  layout: Layout,
  periodEnd: number,
): Goal[] {
  const nodes = flatten(chapters);
  const goalsTable = tables.find((t) => GOALS_TABLE.test(t.title ?? ''));
  const section =
    nodes.find((n) => GOALS_TITLE.test(n.title ?? '')) ?? nodes.find((n) => n.key === goalsTable?.chapterKey);
  const fromSection = section ? sectionGoals(section, periodEnd) : [];
  const fromTable = goalsTable ? tableGoals(goalsTable, layout, periodEnd) : [];
  return [...fromSection, ...fromTable];
}

function sectionGoals(node: Chapter, periodEnd: number): Goal[] {
  let horizon = periodEnd;
  return node.paragraphs.map((p: Paragraph) => {
    const stated = horizonOf(p.text);
    if (stated !== null && opensWithHorizon(p.text)) horizon = stated;
    return {
      lead: goalLead(p.text),
      text: p.text,
      horizonYear: stated ?? horizon,
      chapterKey: node.key,
      origin: 'section',
      lines: p.lines,
    };
  });
}

function tableGoals(table: FoundTable, layout: Layout, periodEnd: number): Goal[] {
  const horizon = horizonOf(table.title ?? '') ?? periodEnd;
  return tableRows(layout, table.lines)
    .filter((r) => r.cells.length >= 3 && /^\d+$/.test(r.cells[0] ?? ''))
    .map((r) => ({
      lead: r.cells[1] ?? null,
      text: r.cells.slice(2).join(''),
      horizonYear: horizonOf(r.cells.slice(2).join('')) ?? horizon,
      chapterKey: table.chapterKey,
      origin: 'table',
      lines: r.lines,
    }));
}

function opensWithHorizon(text: string): boolean {
  return /^(到|至|展望)?\s*20\d\d\s*年/.test(text);
}

/** The year a goal is set for: `到2025年`, `展望2035年`, `2030年，…`. */
export function horizonOf(text: string): number | null {
  const m = /(?:到|至|展望|预计到)\s*(20\d\d)\s*年/.exec(text) ?? /(?:^|[。；，])\s*(20\d\d)\s*年[，,]/.exec(text);
  return m ? Number(m[1]) : null;
}

/** `——公共服务体系更加健全。…` / `（一）…。` / a short first sentence. */
export function goalLead(text: string): string | null {
  const body = text.replace(/^(——|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)\s*/, '');
  if (opensWithHorizon(body)) return null;
  const m = /^([^。：:]{2,30})[。：:]/.exec(body);
  return m?.[1] ?? null;
}
