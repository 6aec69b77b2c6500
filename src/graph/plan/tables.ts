import { INDICATOR_TABLE, tableId, uniqueIds } from '../ids';
import type { Props } from '../model';
import { byId, span, type Fragment, type PlanContext } from './context';
import { sidecarProps } from './indicators';
import { makeParentOf, parentRels } from './parents';

interface TableEntry {
  number: string;
  line: number;
  chapterKey: string | null;
  props: Props;
}

// The main indicator table is usually numbered too (表2-1), so it and its caption are one Table.
function entries(ctx: PlanContext): TableEntry[] {
  const main = ctx.doc.indicatorTable;
  const mainNumber = main?.number ?? INDICATOR_TABLE;
  const numbered: TableEntry[] = ctx.doc.tables
    .filter((t) => main === null || t.number !== mainNumber)
    .map((t) => ({
      number: t.number,
      line: t.line,
      chapterKey: t.chapterKey,
      props: {
        number: t.number,
        title: t.title,
        kind: 'table',
        columns: null,
        notes: null,
        lineStart: t.line,
        lineEnd: t.line,
      },
    }));
  if (main === null) return numbered;
  const caption = ctx.doc.tables.find((t) => t.number === mainNumber);
  // A sidecar table's lines are in the CSV: it sits where the text's table it replaces was, else under the plan.
  const place = main.sidecar ? (main.sidecar.replaced?.[0] ?? 0) : main.lines[0];
  const mainEntry: TableEntry = {
    number: mainNumber,
    line: place,
    chapterKey: caption?.chapterKey ?? null,
    props: {
      number: main.number,
      title: main.title ?? caption?.title ?? null,
      kind: 'indicators',
      columns: main.columns,
      notes: main.notes,
      ...span(main.lines),
      ...sidecarProps(main.sidecar),
    },
  };
  return [mainEntry, ...numbered].sort((a, b) => a.line - b.line);
}

export function tableFragment(ctx: PlanContext): Fragment {
  const parentOf = makeParentOf(ctx);
  const list = entries(ctx);
  const ids = uniqueIds(
    list,
    (t) => tableId(ctx.planId, t.number),
    (t) => t.line,
  );
  const tables = list.map((t, i) => ({ id: ids[i] as string, parent: parentOf(t.chapterKey, t.line), props: t.props }));
  return {
    nodes: [
      {
        ...byId('Table'),
        mode: 'owned',
        comment: 'Numbered tables (表x-y) and the main indicator table',
        rows: tables.map((t) => ({ id: t.id, ...t.props })),
      },
    ],
    rels: parentRels('HAS_TABLE', byId('Table'), tables, 'Tables', ctx),
    items: [],
  };
}
