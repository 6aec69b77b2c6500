import type { NodeSet, Props, RelRow, RelSet } from '../model';
import type { ReferenceRegion } from '../reference/data';
import { counterpartRegion, departmentProps } from '../reference/departments';
import type { Responsibility } from '../tagging/responsibility';
import { byId, type Fragment, type PlanContext } from './context';

const dept = byId('Department');

/**
 * The departments the plan's responsibilities point at, with their region and municipal
 * counterpart. They normally come from the reference script; the plan script only creates the
 * ones that are missing, so a district outside the corpus still gets its departments.
 */
function departmentNodes(ctx: PlanContext, resps: readonly Responsibility[]): Fragment {
  const nodes = new Map<string, Props>();
  const ofRegion: RelRow[] = [];
  const counterparts: RelRow[] = [];
  const add = (props: Props, region: ReferenceRegion): void => {
    const id = props.id as string;
    if (nodes.has(id)) return;
    nodes.set(id, props);
    ofRegion.push({ from: id, to: region.code });
  };
  for (const r of resps) {
    const props = departmentProps(r.department, r.region);
    add(props, r.region);
    const parent = counterpartRegion(ctx.data, r.region);
    if (parent === undefined) continue;
    const counterpart = departmentProps(r.department, parent);
    add(counterpart, parent);
    const link = {
      from: props.id as string,
      to: counterpart.id as string,
      props: { basis: 'reference', evidence: 'data/departments.json' },
    };
    if (!counterparts.some((c) => c.from === link.from)) counterparts.push(link);
  }
  const nodeSet: NodeSet = {
    ...dept,
    mode: 'shared',
    comment: 'Departments named or inferred below (created only if missing)',
    rows: [...nodes.values()],
  };
  const rels: RelSet[] = [
    {
      type: 'OF_REGION',
      from: dept,
      to: { label: 'Region', key: 'code' },
      mode: 'shared',
      comment: 'Their regions (created only if missing)',
      rows: ofRegion,
    },
    {
      type: 'COUNTERPART_OF',
      from: dept,
      to: dept,
      mode: 'shared',
      comment: 'Their municipal counterparts (created only if missing)',
      rows: counterparts,
    },
  ];
  return { nodes: [nodeSet], rels, items: [] };
}

function responsibleRels(resps: readonly Responsibility[]): RelSet[] {
  const labels = [...new Set(resps.map((r) => r.label))];
  return labels.map((label) => ({
    type: 'RESPONSIBLE_FOR',
    from: dept,
    to: byId(label),
    mode: 'owned',
    comment: `Who is responsible for each ${label}: stated in the text (with its line) or inferred from its domain`,
    rows: resps
      .filter((r) => r.label === label)
      .map((r) => ({ from: departmentProps(r.department, r.region).id as string, to: r.itemId, props: r.props })),
  }));
}

export function responsibilityFragment(ctx: PlanContext, resps: readonly Responsibility[]): Fragment {
  const departments = departmentNodes(ctx, resps);
  return { nodes: departments.nodes, rels: [...departments.rels, ...responsibleRels(resps)], items: [] };
}
