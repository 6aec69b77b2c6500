import { buildCatalogue, catalogue, resolveMeasure, type Catalogue } from '../../../src/align/catalogue';
import { measureReviews, nearestMeasure, statKind } from '../../../src/align/nearestMeasure';

/** A catalogue of some of the real measures only, so a real printed name has just the look-alike to choose from. */
function only(...ids: string[]): Catalogue {
  return buildCatalogue({
    measures: catalogue.measures.filter((m) => ids.includes(m.id)).map((m) => ({ ...m, relatedTo: [] })),
  });
}

/** The review an unresolved printed name gets from the catalogue. */
function review(name: string, unit: string | null, cat: Catalogue = catalogue) {
  const r = resolveMeasure(cat, name, unit);
  if (r.measure) throw new Error(`${name} resolves to ${r.measure.id}: not a case for review`);
  return nearestMeasure(cat, name, unit, r.reason);
}

describe('nearestMeasure', () => {
  it('proposes the nearest measure for a near-miss name, with its score and why', () => {
    const r = review('每千常住人口医疗卫生机构床位数', '张');
    expect(r.candidate).toEqual({
      measureId: 'hospital-beds-per-1000',
      measureName: '每千人医疗机构床位数',
      score: 0.846,
      reason: 'name 85% similar to 每千人口医疗卫生机构床位数; units agree (张)',
    });
    expect(review('每千人口拥有婴幼儿托位数', '个').candidate).toMatchObject({
      measureId: 'childcare-places-per-1000',
      score: 0.769,
    });
  });

  it('never proposes a rate for a head count or a head count for a rate', () => {
    expect(review('失业保险参保率', '%')).toEqual({
      candidate: null,
      reason: 'name 77% similar to 失业保险参保人数 but unit % differs from 万人',
    });
    // With no unit printed, the kind of statistic the name ends in still tells them apart.
    expect(review('失业保险参保率', null)).toEqual({
      candidate: null,
      reason: 'name 77% similar to 失业保险参保人数 but a share is not a count',
    });
  });

  it('never proposes a measure in 个 for floor area in 万平方米, nor the other way round', () => {
    expect(review('城镇老旧小区改造面积', '万平方米', only('old-compound-renovation-count')).candidate).toBeNull();
    expect(review('城镇老旧小区改造面积', '万平方米').candidate).toMatchObject({
      measureId: 'old-compound-renovation-area',
    });
    expect(review('城镇老旧小区改造个数', '个').candidate).toMatchObject({
      measureId: 'old-compound-renovation-count',
    });
    expect(review('城镇老旧小区改造个数', '个').reason).toContain(
      'not 城镇老旧小区改造规模: name 78% similar to 城镇老旧小区改造规模 but unit 个 differs from 万平方米',
    );
  });

  it('never proposes a childcare enrolment rate for childcare places (托位数 vs 入托率)', () => {
    const enrolment = only('infant-childcare-enrolment-rate');
    // 0.667 by name, over the threshold: only the kind of statistic keeps them apart.
    expect(review('3岁以下婴幼儿托位数', null, enrolment)).toEqual({
      candidate: null,
      reason: 'name 67% similar to 3岁以下婴幼儿入托率 but a count is not a share',
    });
    expect(review('3岁以下婴幼儿入托比例', null, only('childcare-places-per-1000')).candidate).toBeNull();
  });

  it('explains a known name printed in another unit and proposes no measure for it', () => {
    expect(review('基本养老保险参保率', '万人')).toEqual({
      candidate: null,
      reason: 'name matches 基本养老保险参保率 but unit 万人 differs from %',
    });
  });

  it('says how far the nearest name is when nothing is close', () => {
    expect(review('城镇登记失业率', '%')).toEqual({
      candidate: null,
      reason: 'no measure within 0.6 (nearest: 城镇调查失业率, 50%)',
    });
  });
});

describe('measureReviews', () => {
  it('reviews only what the catalogue does not resolve: a catalogue name gets no candidate', () => {
    const indicators = [
      { id: 'a', name: '人均预期寿命', unit: '岁' },
      { id: 'b', name: '人口预期寿命', unit: '岁' },
    ];
    const resolutions = new Map(indicators.map((i) => [i.id, resolveMeasure(catalogue, i.name, i.unit)]));
    expect(measureReviews(catalogue, indicators, resolutions)).toEqual([
      expect.objectContaining({
        indicatorId: 'b',
        resolution: 'unknown-name',
        candidate: expect.objectContaining({ measureId: 'life-expectancy' }) as unknown,
      }),
    ]);
  });
});

describe('statKind', () => {
  it.each([
    ['基本养老保险参保率', 'share'],
    ['农村低保标准占城市低保标准比例', 'share'],
    ['城乡居民人均可支配收入比', 'ratio'],
    ['每千人口拥有3岁以下婴幼儿托位数', 'count'],
    ['人类发展指数', 'index'],
    ['人均体育场地面积', 'area'],
    ['城市危旧房改造', null],
  ])('%s is a %s', (name, kind) => {
    expect(statKind(name)).toBe(kind);
  });
});
