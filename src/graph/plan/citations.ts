import type { CitedPlan } from '../../ingest/types';
import { citedPlanId, DRAFT_MARKER, titleKey } from '../ids';
import type { Props, RelSet } from '../model';
import type { ReferenceData, ReferenceRegion } from '../reference/data';
import { districtNames } from '../reference/regions';
import type { Fragment, PlanContext } from './context';

const planByKey = { label: 'Plan', key: 'titleKey' } as const;
const FIRST_PERIODIC_PLAN = 3; // the 3rd five-year plan (1966) is the first after the 1963–65 gap

/** 十四五 → 2021–2025, read off the title key (which already spells 第十四个五年 as 十四五). */
function periodOf(key: string): { periodStart: number; periodEnd: number } | null {
  const m = /十([一二三四五六七八九])五/.exec(key);
  if (m === null) return null;
  const n = 10 + '一二三四五六七八九'.indexOf(m[1] as string) + 1;
  const start = 1966 + (n - FIRST_PERIODIC_PLAN) * 5;
  return { periodStart: start, periodEnd: start + 4 };
}

function regionOf(data: ReferenceData, key: string): ReferenceRegion | null {
  const district = districtNames(data.regions).find((d) => key.startsWith(d));
  const name = district ?? (key.startsWith('重庆市') ? '重庆市' : null);
  return data.regions.find((r) => r.name === name) ?? null;
}

function firstCitations(ctx: PlanContext): { cited: CitedPlan; key: string }[] {
  const own = titleKey(ctx.doc.metadata.title);
  const seen = new Set<string>([own]);
  return ctx.doc.metadata.basedOn.flatMap((cited) => {
    const key = titleKey(cited.title);
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ cited, key }];
  });
}

/**
 * Plans the text cites. One not loaded yet becomes a stub (`loaded:false`, id `cited/<key>`)
 * with what its title gives away; loading it later turns the stub into the real plan.
 */
export function citationFragment(ctx: PlanContext): Fragment {
  const cites = firstCitations(ctx);
  const stubs: Props[] = cites.map(({ cited, key }) => {
    const region = regionOf(ctx.data, key);
    return {
      titleKey: key,
      id: citedPlanId(key),
      title: cited.title,
      loaded: false,
      draft: cited.title.normalize('NFKC').match(DRAFT_MARKER) !== null,
      level: region === null ? null : region.level === 'municipal' ? 'municipal' : 'district',
      ...periodOf(key),
      evidence: `cited by ${ctx.planId} at line ${cited.line}`,
    };
  });
  const basedOn: RelSet = {
    type: 'BASED_ON',
    from: { label: 'Plan', key: 'id' },
    to: planByKey,
    mode: 'owned',
    comment: 'Plans this plan cites, in order of first citation',
    rows: cites.map(({ cited, key }, i) => ({
      from: ctx.planId,
      to: key,
      props: { order: i + 1, basis: 'stated', line: cited.line, evidence: `《${cited.title}》` },
    })),
  };
  const stubRegion: RelSet = {
    type: 'FOR_REGION',
    from: planByKey,
    to: { label: 'Region', key: 'code' },
    mode: 'shared',
    where: 'a.loaded = false',
    comment: "A stub's region, read off its title (never touches a loaded plan)",
    rows: cites.flatMap(({ cited, key }) => {
      const region = regionOf(ctx.data, key);
      return region === null
        ? []
        : [{ from: key, to: region.code, props: { basis: 'inferred', method: 'title', evidence: cited.title } }];
    }),
  };
  return {
    nodes: [
      { ...planByKey, mode: 'shared', comment: 'Cited plans (stubs until they are loaded themselves)', rows: stubs },
    ],
    rels: [basedOn, stubRegion],
    items: [],
  };
}
