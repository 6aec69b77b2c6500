import { citedPlanId, indicatorId, titleKey } from '../graph/ids';
import { referenceData, type ReferenceRegion } from '../graph/reference/data';
import { findRegion } from '../graph/reference/regions';
import type { PlanDocument, YearValue } from '../ingest/types';
import type { SnapshotIndicator, SnapshotPlan, PrintedValue, Snapshot } from './types';

// A snapshot straight from parsed documents, the way the plan scripts would put them in the
// graph: lets the aligner run (and be measured) without a database.

const value = (v: YearValue | null): PrintedValue | null =>
  v ? { raw: v.raw, value: v.value, comparator: v.comparator, year: v.year } : null;

function stubRegion(key: string, regions: readonly ReferenceRegion[]): ReferenceRegion | undefined {
  const districts = regions.filter((r) => r.level !== 'municipal').sort((a, b) => b.name.length - a.name.length);
  return (
    districts.find((r) => key.startsWith(r.name)) ??
    regions.find((r) => r.level === 'municipal' && key.startsWith(r.name))
  );
}

export function snapshotFromDocuments(
  docs: readonly PlanDocument[],
  regions: readonly ReferenceRegion[] = referenceData.regions,
): Snapshot {
  const plans = new Map<string, SnapshotPlan>();
  const parentOf = (r: ReferenceRegion | undefined) => r?.partOf ?? null;
  for (const doc of docs) {
    const m = doc.metadata;
    const region = findRegion(regions, m.region);
    const basedOn = m.basedOn.map((c) => titleKey(c.title)).filter((k) => k !== titleKey(m.title));
    for (const key of basedOn) {
      if ([...plans.values()].some((p) => p.titleKey === key)) continue;
      const r = stubRegion(key, regions);
      plans.set(citedPlanId(key), {
        id: citedPlanId(key),
        titleKey: key,
        title: key,
        loaded: false,
        periodStart: null,
        periodEnd: null,
        regionCode: r?.code ?? null,
        regionName: r?.name ?? null,
        parentRegionCode: parentOf(r),
        basedOn: [],
      });
    }
    plans.set(m.id, {
      id: m.id,
      titleKey: titleKey(m.title),
      title: m.title,
      loaded: true,
      periodStart: m.periodStart,
      periodEnd: m.periodEnd,
      regionCode: region?.code ?? null,
      regionName: region?.name ?? null,
      parentRegionCode: parentOf(region),
      basedOn: [...new Set(basedOn)].map(citedPlanId),
    });
  }
  const indicators: SnapshotIndicator[] = docs.flatMap((doc) =>
    doc.indicators.map((i) => ({
      id: indicatorId(doc.metadata.id, i.seq),
      planId: doc.metadata.id,
      seq: i.seq,
      name: i.name,
      unit: i.unit,
      category: i.category,
      cumulative: i.cumulative,
      baseline: value(i.baseline),
      target: value(i.target),
      municipalTarget: value(i.municipalTarget),
      lineStart: i.lines[0],
      lineEnd: i.lines[1],
      sourceFile: i.sidecar?.file ?? null,
    })),
  );
  return { plans: [...plans.values()], indicators, items: [], curations: [] };
}
