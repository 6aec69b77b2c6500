import type { Indicator, YearValue } from '../../ingest/types';
import { float } from '../cypherLiteral';
import { indicatorId, uniqueIds } from '../ids';
import type { Props } from '../model';
import { byId, planRef, span, type Fragment, type PlanContext } from './context';

/** Flattens one printed value into `<prefix>Raw/Value/Comparator/Year/Heading`; values are always floats. */
function yearValue(prefix: string, v: YearValue | null): Props {
  return {
    [`${prefix}Raw`]: v?.raw ?? null,
    [`${prefix}Value`]: float(v?.value ?? null),
    [`${prefix}Comparator`]: v?.comparator ?? null,
    [`${prefix}Year`]: v?.year ?? null,
    [`${prefix}Heading`]: v?.heading ?? null,
  };
}

function indicatorProps(ind: Indicator, id: string): Props {
  return {
    id,
    seq: ind.seq,
    name: ind.name,
    unit: ind.unit,
    category: ind.category,
    attribute: ind.attribute,
    cumulative: ind.cumulative,
    ...yearValue('baseline', ind.baseline),
    ...yearValue('target', ind.target),
    ...yearValue('municipalTarget', ind.municipalTarget),
    // Always written (null on the main table's rows), so a reload never keeps an old table's marks.
    tableCaption: ind.table?.caption ?? null,
    printedSeq: ind.table?.seq ?? null,
    ...span(ind.lines),
    ...sidecarProps(ind.sidecar),
  };
}

/**
 * Which file the lines are in: the admin's sidecar CSV, or (null) the plan's own text. Written on
 * every row, never left out: `SET n += row` keeps a property the row omits, so a plan reloaded
 * without its sidecar must overwrite the marks explicitly.
 */
export function sidecarProps(sidecar: { file: string } | undefined): Props {
  return { fromSidecar: sidecar !== undefined, sourceFile: sidecar?.file ?? null };
}

export function indicatorFragment(ctx: PlanContext): Fragment {
  const list = ctx.doc.indicators;
  const ids = uniqueIds(
    list,
    (i) => indicatorId(ctx.planId, i.seq),
    (i) => i.lines[0],
  );
  const rows = list.map((ind, i) => indicatorProps(ind, ids[i] as string));
  return {
    nodes: [
      {
        ...byId('Indicator'),
        mode: 'owned',
        comment: "Indicators of the plan's indicator tables, the main one first",
        rows,
      },
    ],
    rels: [
      {
        type: 'HAS_INDICATOR',
        from: planRef,
        to: byId('Indicator'),
        mode: 'owned',
        comment: 'The plan sets its indicators',
        rows: ids.map((id) => ({ from: ctx.planId, to: id, props: { basis: 'stated' } })),
      },
    ],
    items: list.map((ind, i) => ({
      label: 'Indicator',
      id: ids[i] as string,
      fields: [
        ['name', ind.name],
        ['category', ind.category],
      ],
      parentId: null,
      // A stated responsibility cites a line of the plan's text; a sidecar row has none to cite.
      passages: ind.sidecar ? [] : [{ text: ind.name, line: ind.lines[0] }],
    })),
  };
}
