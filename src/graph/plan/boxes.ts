import { boxId, projectId, uniqueIds } from '../ids';
import type { RelRow } from '../model';
import { byId, span, type Fragment, type PlanContext, type TagItem } from './context';
import { makeParentOf, parentRels } from './parents';

export function boxFragment(ctx: PlanContext): Fragment {
  const parentOf = makeParentOf(ctx);
  const ids = uniqueIds(
    ctx.doc.boxes,
    (b) => boxId(ctx.planId, b.number),
    (b) => b.line,
  );
  const boxes = ctx.doc.boxes.map((b, i) => ({ b, id: ids[i] as string, parent: parentOf(b.chapterKey, b.line) }));
  const projects = boxes.flatMap(({ b, id }) =>
    b.items.map((item, i) => ({ item, box: id, id: projectId(id, i + 1), seq: i + 1 })),
  );
  const lists: RelRow[] = projects.map((p) => ({ from: p.box, to: p.id, props: { basis: 'stated' } }));
  const items: TagItem[] = [
    ...boxes.map(({ b, id, parent }): TagItem => ({
      label: 'Box',
      id,
      fields: [['title', b.title]],
      parentId: parent,
      passages: [],
    })),
    ...projects.map(({ item, box, id }): TagItem => ({
      label: 'Project',
      id,
      fields: [
        ['name', item.name],
        ['text', item.text],
      ],
      parentId: box,
      passages: [{ text: item.text, line: item.lines[0] }],
    })),
  ];
  return {
    nodes: [
      {
        ...byId('Box'),
        mode: 'owned',
        comment: 'Boxes (专栏)',
        rows: boxes.map(({ b, id }) => ({ id, number: b.number, title: b.title, ...span(b.lines) })),
      },
      {
        ...byId('Project'),
        mode: 'owned',
        comment: 'Projects and measures listed in boxes',
        rows: projects.map(({ item, id, seq }) => ({ id, seq, name: item.name, text: item.text, ...span(item.lines) })),
      },
    ],
    rels: [
      ...parentRels('HAS_BOX', byId('Box'), boxes, 'Boxes', ctx),
      {
        type: 'LISTS',
        from: byId('Box'),
        to: byId('Project'),
        mode: 'owned',
        comment: 'Boxes list projects',
        rows: lists,
      },
    ],
    items,
  };
}
