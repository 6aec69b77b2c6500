import { computeAlignment } from '../../../src/align/align';
import { catalogue } from '../../../src/align/catalogue';
import type { Snapshot } from '../../../src/align/types';
import { snapshotIndicator, snapshotPlan } from '../../helpers/snapshot';

// A town → district → city chain with no level named anywhere: the aligner must link each plan
// to its parent region's plans only, through PART_OF alone.

const [plan, ind] = [snapshotPlan, snapshotIndicator];

const snapshot: Snapshot = {
  plans: [
    plan('city', 'c', null),
    plan('district', 'c/d', 'c', { basedOn: ['cited/city-2021'] }),
    plan('town', 'c/d/t', 'c/d'),
    plan('cited/city-2021', 'c', null, { loaded: false, titleKey: 'city2021' }),
  ],
  indicators: [
    ind('city', 1, '人均预期寿命', '岁', 80),
    ind('city', 2, '每万人拥有城市书房数', '个', 2),
    ind('district', 1, '人口平均预期寿命（岁）', null, 81, {
      municipalTarget: { raw: '79.3', value: 79.3, comparator: 'EQ', year: 2025 },
    }),
    ind('district', 2, '每万人口拥有城市书房数', '个', 3),
    ind('district', 3, '每千人拥有执业医师数', '人', 3),
    ind('town', 1, '人均预期寿命', '岁', 82),
  ],
  items: [],
  curations: [],
};

describe('rollUpLinks', () => {
  const a = computeAlignment(snapshot, catalogue);
  const link = (from: string, to: string) => a.links.find((l) => l.from === from && l.to === to);

  it('links each plan to its parent region only, so chains are transitive', () => {
    expect(link('town/ind/1', 'district/ind/1')).toMatchObject({
      type: 'ROLLS_UP_TO',
      method: 'synonym',
      comparison: 'ABOVE',
      ahead: true,
    });
    expect(link('town/ind/1', 'city/ind/1')).toBeUndefined();
    expect(link('district/ind/1', 'city/ind/1')).toMatchObject({
      type: 'ROLLS_UP_TO',
      method: 'synonym',
      unitsAgree: true,
    });
  });

  it('makes the printed parent-region column an indicator of the cited plan and links the row to it', () => {
    expect(a.cited).toEqual([
      expect.objectContaining({
        id: 'cited/city-2021/ind/1',
        planId: 'cited/city-2021',
        sourceIndicatorId: 'district/ind/1',
      }),
    ]);
    expect(link('district/ind/1', 'cited/city-2021/ind/1')).toMatchObject({
      method: 'cited',
      score: 1,
      comparison: 'ABOVE',
      parentValueRaw: '79.3',
    });
  });

  it('stores a name outside the catalogue that only looks alike as a CANDIDATE, never a fact', () => {
    const l = link('district/ind/2', 'city/ind/2');
    expect(l).toMatchObject({ type: 'CANDIDATE', method: 'similar' });
    expect(l?.score).toBeLessThan(0.85);
  });

  it('does not link different measures, however alike the names', () => {
    expect(a.links.filter((l) => l.from === 'district/ind/3')).toEqual([]);
  });

  it('links a district plan only to parent plans of its period or with a value in its target year', () => {
    const past = plan('district-2016', 'c/d', 'c', { periodStart: 2016, periodEnd: 2020 });
    const next = plan('city-2026', 'c', null, { periodStart: 2026, periodEnd: 2030 });
    const withEras: Snapshot = {
      ...snapshot,
      plans: [...snapshot.plans, past, next],
      indicators: [
        ...snapshot.indicators,
        ind('district-2016', 1, '人均预期寿命', '岁', 78, {
          target: { raw: '78', value: 78, comparator: 'EQ', year: 2020 },
        }),
        ind('city-2026', 1, '人均预期寿命', '岁', null, {
          baseline: { raw: '79.72', value: 79.72, comparator: 'EQ', year: 2025 },
          target: { raw: '80.5', value: 80.5, comparator: 'EQ', year: 2030 },
        }),
      ],
    };
    const eras = computeAlignment(withEras, catalogue);
    const targets = (from: string) =>
      eras.links
        .filter((l) => l.from === from)
        .map((l) => l.to)
        .sort();
    expect(targets('district/ind/1')).toEqual(['cited/city-2021/ind/1', 'city-2026/ind/1', 'city/ind/1']);
    expect(targets('district-2016/ind/1')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(computeAlignment(snapshot, catalogue)).toEqual(a);
  });
});
