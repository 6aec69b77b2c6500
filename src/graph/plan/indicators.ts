import type { Indicator, YearValue } from '../../ingest/types';
import { float } from '../cypherLiteral';
import { indicatorId, uniqueIds } from '../ids';
import type { Props } from '../model';
import { byId, planRef, span, type Fragment, type PlanContext } from './context';

/** Flattens one printed value into `<prefix>Raw/Value/Comparator/Year`; values are always floats. */
function yearValue(prefix: string, v: YearValue | null): Props {
  return {
    [`${prefix}Raw`]: v?.raw ?? null,
    [`${prefix}Value`]: float(v?.value ?? null),
    [`${prefix}Comparator`]: v?.comparator ?? null,
    [`${prefix}Year`]: v?.year ?? null,
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
    ...span(ind.lines),
  };
}

export function indicatorFragment(ctx: PlanContext): Fragment {
  const list = ctx.doc.indicators;
  const ids = uniqueIds(list, (i) => indicatorId(ctx.planId, i.seq), (i) => i.lines[0]);
  const rows = list.map((ind, i) => indicatorProps(ind, ids[i] as string));
  return {
    nodes: [{ ...byId('Indicator'), mode: 'owned', comment: 'Indicators of the main indicator table', rows }],
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
      fields: [['name', ind.name], ['category', ind.category]],
      parentId: null,
      passages: [{ text: ind.name, line: ind.lines[0] }],
    })),
  };
}
