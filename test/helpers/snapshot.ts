import type { SnapshotIndicator, SnapshotItem, SnapshotPlan } from '../../src/align/types';

// Builders for the aligner's input in unit tests: a loaded 2021–2025 plan of a region, an
// indicator row with a 2025 target, a goal. Each test states only what its case is about.

export const snapshotPlan = (
  id: string,
  regionCode: string,
  parentRegionCode: string | null,
  extra: Partial<SnapshotPlan> = {},
): SnapshotPlan => ({
  id,
  titleKey: id,
  title: id,
  loaded: true,
  periodStart: 2021,
  periodEnd: 2025,
  regionCode,
  regionName: regionCode,
  parentRegionCode,
  basedOn: [],
  ...extra,
});

/** Row `seq` of the plan's table (its line is its number), targeting `target` (none when null) in 2025. */
export const snapshotIndicator = (
  planId: string,
  seq: number,
  name: string,
  unit: string | null,
  target: number | null,
  extra: Partial<SnapshotIndicator> = {},
): SnapshotIndicator => ({
  id: `${planId}/ind/${seq}`,
  planId,
  seq,
  name,
  unit,
  category: null,
  cumulative: false,
  baseline: null,
  target: target === null ? null : { raw: String(target), value: target, comparator: 'EQ', year: 2025 },
  municipalTarget: null,
  lineStart: seq,
  lineEnd: seq,
  ...extra,
});

/** A goal whose title is its text up to the first comma, unless given. */
export const snapshotGoal = (
  id: string,
  planId: string,
  text: string,
  domains: string[],
  title: string = text.split('，')[0] ?? '',
): SnapshotItem => ({ id, label: 'Goal', planId, title, text, domains });
