import { goalId } from '../ids';
import { byId, span, type Fragment, type PlanContext } from './context';
import { makeParentOf, parentRels } from './parents';

export function goalFragment(ctx: PlanContext): Fragment {
  const parentOf = makeParentOf(ctx);
  const goals = ctx.doc.goals.map((g, i) => ({
    g,
    id: goalId(ctx.planId, i + 1),
    parent: parentOf(g.chapterKey, g.lines[0]),
  }));
  return {
    nodes: [
      {
        ...byId('Goal'),
        mode: 'owned',
        comment: 'Goals (主要目标) set by the plan',
        rows: goals.map(({ g, id }, i) => ({
          id,
          seq: i + 1,
          lead: g.lead,
          text: g.text,
          horizonYear: g.horizonYear,
          origin: g.origin,
          ...span(g.lines),
        })),
      },
    ],
    rels: parentRels('SETS_GOAL', byId('Goal'), goals, 'Goals', ctx),
    items: goals.map(({ g, id, parent }) => ({
      label: 'Goal',
      id,
      fields: [
        ['lead', g.lead],
        ['text', g.text],
      ],
      parentId: parent,
      passages: [{ text: g.text, line: g.lines[0] }],
    })),
  };
}
