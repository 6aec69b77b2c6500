import { goalLinks } from '../../../src/align/goals';
import { snapshotGoal, snapshotPlan } from '../../helpers/snapshot';

const plan = (id: string, regionCode: string, parentRegionCode: string | null) =>
  snapshotPlan(id, regionCode, parentRegionCode, { regionName: null });
const item = snapshotGoal;

const plans = [plan('city', 'c', null), plan('district', 'c/d', 'c')];
const items = [
  item('city/goal/1', 'city', '养老服务体系更加健全，养老机构护理型床位占比达到80%', ['elderly-care']),
  item('city/goal/2', 'city', '教育资源扩优提质，劳动年龄人口平均受教育年限提高', ['education']),
  item('city/goal/3', 'city', '养老服务与教育', []),
  item('district/goal/1', 'district', '养老服务体系基本健全，护理型床位占比提高', ['elderly-care']),
  item('district/goal/2', 'district', '文化体育服务更加丰富', ['culture']),
];

describe('goalLinks', () => {
  const links = goalLinks(plans, items);

  it('links a district goal to the parent goal of the same domain and closest text', () => {
    expect(links).toEqual([
      expect.objectContaining({
        label: 'Goal',
        from: 'district/goal/1',
        to: 'city/goal/1',
        sharedDomains: ['elderly-care'],
      }),
    ]);
    expect(links[0]?.score).toBeGreaterThan(0.5);
  });

  it('links nothing without a shared domain, and never links parent items upward', () => {
    expect(links.some((l) => l.from === 'district/goal/2' || l.from.startsWith('city/'))).toBe(false);
  });

  it('is deterministic', () => {
    expect(goalLinks(plans, [...items].reverse())).toEqual(links);
  });
});
