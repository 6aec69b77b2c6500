import { computeAlignment } from '../../../src/align/align';
import { batchPlans, rowsByPlan, type PlanRows } from '../../../src/align/batches';
import { catalogue } from '../../../src/align/catalogue';
import type { Snapshot } from '../../../src/align/types';
import { snapshotGoal, snapshotIndicator, snapshotPlan } from '../../helpers/snapshot';

const [plan, ind] = [snapshotPlan, snapshotIndicator];
const goal = (planId: string, n: number, text: string) =>
  snapshotGoal(`${planId}/goal/${n}`, planId, text, ['elderly-care'], text.slice(0, 6));

const snapshot: Snapshot = {
  plans: [
    plan('city', 'c', null),
    plan('d2', 'c/d2', 'c'),
    plan('d1', 'c/d1', 'c', { basedOn: ['cited/city'] }),
    plan('cited/city', 'c', null, { loaded: false, titleKey: 'city' }),
    plan('quiet', 'c/q', 'c'),
  ],
  indicators: [
    ind('city', 1, '人均预期寿命', '岁', 80),
    ind('city', 2, '每千人口拥有3岁以下婴幼儿托位数', '个', 4.5),
    ind('d1', 1, '人均预期寿命', '岁', 81, {
      municipalTarget: { raw: '79.3', value: 79.3, comparator: 'EQ', year: 2025 },
    }),
    ind('d1', 2, '每千人口拥有3岁以下婴幼儿托位数', '个', 5),
    ind('d2', 1, '人口平均预期寿命（岁）', null, 82),
    // Its plan is gone from the graph: its old links must still be replaced (by nothing).
    ind('gone', 1, '人均预期寿命', '岁', 78),
  ],
  items: [
    goal('city', 1, '养老服务体系更加健全，护理型床位占比达到80%'),
    goal('d1', 1, '养老服务体系基本健全，护理型床位占比提高'),
  ],
  curations: [],
};

const sizeOf = (r: PlanRows) => Object.values(r).reduce<number>((n, rows: readonly unknown[]) => n + rows.length, 0);

describe('rowsByPlan', () => {
  const a = computeAlignment(snapshot, catalogue);
  const byPlan = rowsByPlan(snapshot, a, catalogue);

  it('has every plan in id order, with or without rows, and plan ids only nodes still carry', () => {
    expect([...byPlan.keys()]).toEqual(['cited/city', 'city', 'd1', 'd2', 'gone', 'quiet']);
    expect(sizeOf(byPlan.get('quiet') as PlanRows)).toBe(0);
  });

  it('gives each row to the plan its relationship starts in', () => {
    const d1 = byPlan.get('d1') as PlanRows;
    expect(d1.rollsUpTo.map((r) => `${String(r.from)}→${String(r.to)}`).sort()).toEqual([
      'd1/ind/1→cited/city/ind/1',
      'd1/ind/1→city/ind/1',
      'd1/ind/2→city/ind/2',
    ]);
    expect(d1.goals).toEqual([expect.objectContaining({ from: 'd1/goal/1', to: 'city/goal/1' })]);
    const cited = byPlan.get('cited/city') as PlanRows;
    expect(cited.measures).toEqual([expect.objectContaining({ from: 'cited/city/ind/1', to: 'life-expectancy' })]);
    expect(cited.citedDomains).toEqual([expect.objectContaining({ from: 'cited/city/ind/1' })]);
    expect((byPlan.get('gone') as PlanRows).measures).toEqual([expect.objectContaining({ from: 'gone/ind/1' })]);
    expect((byPlan.get('gone') as PlanRows).rollsUpTo).toEqual([]);
  });

  it('accounts for every row the alignment writes', () => {
    const total = [...byPlan.values()].reduce((n, r) => n + sizeOf(r), 0);
    const measured = [...a.resolutions.values()].filter((r) => r.measure).length;
    expect(total).toBe(
      measured +
        a.cited.length +
        a.links.length +
        a.goals.length +
        a.reviews.length +
        a.reviews.filter((r) => r.candidate).length,
    );
  });
});

describe('batchPlans', () => {
  const rows = (n: number): PlanRows => ({
    measures: Array.from({ length: n }, (_, i) => ({ i })),
    citedDomains: [],
    rollsUpTo: [],
    candidates: [],
    measureCandidates: [],
    reviews: [],
    chapters: [],
    goals: [],
  });
  const sizes = (limit: number, plans: [string, number][]) =>
    batchPlans(new Map(plans.map(([id, n]) => [id, rows(n)])), limit).map((b) => ({
      planIds: b.planIds,
      rows: b.rows,
      measures: b.measures.length,
    }));

  it('is one batch when everything fits', () => {
    expect(
      sizes(100, [
        ['a', 10],
        ['b', 0],
        ['c', 30],
      ]),
    ).toEqual([{ planIds: ['a', 'b', 'c'], rows: 40, measures: 40 }]);
  });

  it('closes a batch before the plan that would overflow it, and never splits a plan', () => {
    expect(
      sizes(10, [
        ['a', 4],
        ['b', 6],
        ['c', 1],
        ['d', 25],
        ['e', 0],
        ['f', 3],
      ]),
    ).toEqual([
      { planIds: ['a', 'b'], rows: 10, measures: 10 },
      { planIds: ['c'], rows: 1, measures: 1 },
      { planIds: ['d'], rows: 25, measures: 25 },
      { planIds: ['e', 'f'], rows: 3, measures: 3 },
    ]);
  });

  it('has no batch without plans', () => {
    expect(batchPlans(new Map(), 10)).toEqual([]);
  });
});
