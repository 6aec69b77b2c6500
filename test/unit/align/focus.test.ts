import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMeasure, catalogue } from '../../../src/align/catalogue';
import { citedIndicators } from '../../../src/align/cited';
import { snapshotFromDocuments } from '../../../src/align/fromDocuments';
import { goalLinks } from '../../../src/align/goals';
import { rollUpLinks } from '../../../src/align/rollUp';
import { readPlanFile } from '../../../src/ingest';
import { snapshotGoal, snapshotPlan } from '../../helpers/snapshot';

// What incremental alignment relies on, on the pure functions: the links computed for a focus are
// exactly the links of the full computation that touch it, whatever the focus.

const PLANS = join(__dirname, '../../../plans');
const snapshot = snapshotFromDocuments(
  readdirSync(PLANS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readPlanFile(join(PLANS, f))),
);
const indicators = [...snapshot.indicators, ...citedIndicators(snapshot)];
const resolutions = new Map(indicators.map((i) => [i.id, resolveMeasure(catalogue, i.name, i.unit)]));
const input = { plans: snapshot.plans, indicators, resolutions, curations: [], catalogue };
const key = (l: { from: string; to: string }) => `${l.from} → ${l.to}`;

describe('rollUpLinks with a focus', () => {
  const all = rollUpLinks(input);
  const focuses = [
    ...snapshot.plans.map((p) => ({ name: p.id, ids: indicators.filter((i) => i.planId === p.id).map((i) => i.id) })),
    {
      name: 'cited indicators and a few rows',
      ids: [
        ...indicators.filter((i) => i.sourceIndicatorId !== undefined).map((i) => i.id),
        ...indicators.filter((_, k) => k % 17 === 0).map((i) => i.id),
      ],
    },
  ].filter((f) => f.ids.length > 0);

  it.each(focuses)('gives the full alignment’s links touching $name', ({ ids }) => {
    const only = new Set(ids);
    const expected = all.filter((l) => only.has(l.from) || only.has(l.to));
    expect(expected.length).toBeGreaterThan(0);
    expect(
      rollUpLinks({ ...input, only })
        .map(key)
        .sort(),
    ).toEqual(expected.map(key).sort());
    expect(new Map(rollUpLinks({ ...input, only }).map((l) => [key(l), l]))).toEqual(
      new Map(expected.map((l) => [key(l), l])),
    );
  });
});

describe('goalLinks for some plans', () => {
  const plan = (id: string, regionCode: string, parentRegionCode: string | null) =>
    snapshotPlan(id, regionCode, parentRegionCode, { regionName: null });
  const item = (id: string, planId: string, text: string, domains: string[]) =>
    snapshotGoal(id, planId, text, domains, text.slice(0, 8));
  const plans = [
    plan('city', 'c', null),
    plan('d1', 'c/d1', 'c'),
    plan('d2', 'c/d2', 'c'),
    plan('town', 'c/d1/t', 'c/d1'),
  ];
  const items = [
    item('city/goal/1', 'city', '养老服务体系更加健全，养老机构护理型床位占比达到80%', ['elderly-care']),
    item('city/goal/2', 'city', '教育资源扩优提质，劳动年龄人口平均受教育年限提高', ['education']),
    item('d1/goal/1', 'd1', '养老服务体系基本健全，护理型床位占比提高', ['elderly-care']),
    item('d1/goal/2', 'd1', '义务教育优质均衡发展，受教育年限提高', ['education']),
    item('d2/goal/1', 'd2', '养老机构护理型床位占比达到70%', ['elderly-care']),
    item('town/goal/1', 'town', '养老服务体系健全，护理型床位占比提高', ['elderly-care']),
  ];

  it('gives the full computation’s links from those plans’ items, and ranks against the parent region only', () => {
    const all = goalLinks(plans, items);
    expect(all.map((l) => l.from).sort()).toEqual(['d1/goal/1', 'd1/goal/2', 'd2/goal/1', 'town/goal/1']);
    for (const ids of [['d1'], ['d2', 'town'], ['city']]) {
      expect(goalLinks(plans, items, new Set(ids))).toEqual(
        all.filter((l) => ids.some((id) => l.from.startsWith(`${id}/`))),
      );
    }
    // Another district's items change nothing for d1: its bigram weights come from the city's items.
    expect(
      goalLinks(
        plans,
        items.filter((i) => i.planId !== 'd2'),
        new Set(['d1']),
      ),
    ).toEqual(goalLinks(plans, items, new Set(['d1'])));
  });
});
