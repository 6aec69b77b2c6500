import { titleKey } from '../ids';
import type { NodeSet, RelSet } from '../model';
import { regionProps } from '../reference/regions';
import { planRef, type Fragment, type PlanContext } from './context';

const regionRef = { label: 'Region', key: 'code' } as const;

export function planFragment(ctx: PlanContext, parserVersion: string): Fragment {
  const { metadata: m, source } = ctx.doc;
  const plan: NodeSet = {
    label: 'Plan',
    key: 'titleKey',
    mode: 'owned',
    comment: 'The plan; merged on its title key, so a stub made earlier by a citation becomes this plan',
    rows: [
      {
        titleKey: titleKey(m.title),
        id: ctx.planId,
        title: m.title,
        region: m.region,
        level: m.level,
        periodStart: m.periodStart,
        periodEnd: m.periodEnd,
        draft: m.draft,
        issuer: m.issuer,
        docNumber: m.docNumber,
        issuedOn: m.issuedOn,
        fromSidecar: m.fromSidecar,
        sourceFile: source.file,
        sourceSha256: source.sha256,
        parserVersion,
        loaded: true,
        evidence: null, // clears what a citation stub said about this plan
        lineStart: 1,
        lineEnd: source.lineCount,
      },
    ],
  };
  // The reference script normally has these already; creating them when missing keeps a plan loadable on its own.
  const regions = [ctx.region, ...ctx.data.regions.filter((r) => r.code === ctx.region.partOf)];
  const regionNodes: NodeSet = {
    ...regionRef,
    mode: 'shared',
    comment: "The plan's region (created only if missing)",
    rows: regions.map(regionProps),
  };
  const forRegion: RelSet = {
    type: 'FOR_REGION',
    from: planRef,
    to: regionRef,
    mode: 'owned',
    comment: 'The region the plan is for',
    rows: [
      {
        from: ctx.planId,
        to: ctx.region.code,
        props: { basis: 'stated', evidence: m.fromSidecar.includes('region') ? 'sidecar metadata' : 'plan text' },
      },
    ],
  };
  const partOf: RelSet = {
    type: 'PART_OF',
    from: regionRef,
    to: regionRef,
    mode: 'shared',
    comment: 'Its place among regions (created only if missing)',
    rows: ctx.region.partOf === undefined ? [] : [{ from: ctx.region.code, to: ctx.region.partOf }],
  };
  return { nodes: [plan, regionNodes], rels: [forRegion, partOf].filter((r) => r.rows.length > 0), items: [] };
}
