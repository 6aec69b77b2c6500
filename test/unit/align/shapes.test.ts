import { RowShapeError } from '../../../src/data/decode';
import * as shapes from '../../../src/align/shapes';

// The aligner's rows shaped as its reads (src/align/cypher/read.ts) return them.
const plan = {
  id: 'yuzhong-2021-2025-public-services',
  titleKey: '渝中区公共服务十四五规划',
  title: '重庆市渝中区公共服务“十四五”规划',
  loaded: true,
  periodStart: 2021,
  periodEnd: 2025,
  regionCode: 'chongqing/yuzhong',
  regionName: '渝中区',
  parentRegionCode: 'chongqing',
  basedOn: ['cited/重庆市十四五公共服务规划'],
};
const item = { id: 'p/c1', label: 'Chapter', planId: 'p', title: '总体要求', text: '…', domains: ['health'] };
const curation = { from: 'a', to: 'b', decision: 'rejected', by: 'reviewer', at: '2026-11-01T00:00:00Z', note: null };
const aligned = {
  id: 'p',
  fingerprint: '0f3c',
  loaded: true,
  regionCode: 'chongqing/yuzhong',
  parentRegionCode: 'chongqing',
  alignedWith: 'align-3',
};

const pathOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RowShapeError) return e.path;
    throw e;
  }
  return null;
};

describe("the aligner's rows", () => {
  it('accepts the rows its reads return', () => {
    expect(shapes.snapshotPlan(plan, 'plans[0]')).toBe(plan);
    expect(shapes.snapshotItem(item, 'items[0]')).toBe(item);
    expect(shapes.curation(curation, 'curations[0]')).toBe(curation);
    expect(shapes.aligned(aligned, 'aligned[0]')).toBe(aligned);
    expect(shapes.snapshotPlan({ ...plan, regionCode: null, parentRegionCode: null, basedOn: [] }, 'p')).toBeDefined();
  });

  it('names the field of a row it cannot use', () => {
    expect(pathOf(() => shapes.snapshotPlan({ ...plan, loaded: null }, 'plans[3]'))).toBe('plans[3].loaded');
    expect(pathOf(() => shapes.snapshotPlan({ ...plan, basedOn: [null] }, 'plans[0]'))).toBe('plans[0].basedOn[0]');
    expect(pathOf(() => shapes.snapshotItem({ ...item, label: 'Box' }, 'items[2]'))).toBe('items[2].label');
    expect(pathOf(() => shapes.curation({ ...curation, decision: 'maybe' }, 'c'))).toBe('c.decision');
    expect(pathOf(() => shapes.aligned({ ...aligned, alignedWith: undefined }, 'aligned[1]'))).toBe(
      'aligned[1].alignedWith',
    );
  });
});
