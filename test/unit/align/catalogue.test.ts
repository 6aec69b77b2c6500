import { buildCatalogue, catalogue, resolveMeasure } from '../../../src/align/catalogue';

const measureId = (name: string, unit: string | null) => resolveMeasure(catalogue, name, unit).measure?.id ?? null;

describe('resolveMeasure', () => {
  it('resolves printed variants of one measure', () => {
    expect(resolveMeasure(catalogue, '人均预期寿命', '岁')).toMatchObject({
      method: 'exact',
      measure: { id: 'life-expectancy' },
    });
    expect(resolveMeasure(catalogue, '人口平均预期寿命（岁）', null)).toMatchObject({
      method: 'synonym',
      measure: { id: 'life-expectancy' },
    });
    expect(resolveMeasure(catalogue, '劳动年龄人口平均受教育年限（教委提供专项规划）', '年')).toMatchObject({
      method: 'normalised',
    });
    expect(measureId('每千人拥有3岁以下婴幼儿托位数', '个')).toBe('childcare-places-per-1000');
    expect(measureId('每千常住人口拥有执业（助理）医师数', '人')).toBe('physicians-incl-assistants-per-1000');
    expect(measureId('城镇老旧小区改造规模', '万m2')).toBe('old-compound-renovation-area');
  });

  // Each row: a name and unit, a look-alike measure's name, and why the two differ (shown in the test's title).
  it.each<[string, string | null, string, string]>([
    ['每千人拥有执业医师数', '人', '每千人口拥有执业（助理）医师数', 'counts no assistant physicians'],
    ['主要劳动年龄人口平均受教育年限', '年', '劳动年龄人口平均受教育年限', 'another age band'],
    ['基本养老保险参保率', '%', '基本养老保险参保人数', 'a share, not a head count'],
    ['高中阶段教育完成率', '%', '高中阶段教育毛入学率', 'completion, not enrolment'],
    ['高中阶段教育普及率', '%', '高中阶段教育毛入学率', 'an undefined 普及率'],
    ['0-3岁婴幼儿入托率', '%', '每千人口拥有3岁以下婴幼儿托位数', 'a share of children, not places per thousand'],
    ['老旧小区改造', '个', '城镇老旧小区改造规模', 'compounds, not floor area'],
    ['城乡居民最低生活保障平均标准比', null, '农村低保标准占城市低保标准比例', 'the inverse ratio'],
  ])('%s (%s) is not the same measure as %s: %s', (name, unit, other) => {
    const a = measureId(name, unit);
    const b = measureId(other, null);
    expect(a).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it('links the look-alikes as related measures with a reason', () => {
    const related = catalogue.byId.get('physicians-incl-assistants-per-1000')?.relatedTo ?? [];
    expect(related).toEqual([expect.objectContaining({ measure: 'licensed-physicians-per-1000' })]);
  });

  it('refuses a known name printed in another unit', () => {
    expect(resolveMeasure(catalogue, '基本养老保险参保人数', '%')).toMatchObject({
      measure: null,
      reason: 'unit-differs',
    });
  });

  it('leaves an unknown name unresolved', () => {
    expect(resolveMeasure(catalogue, '每万人拥有城市书房数', '个')).toMatchObject({
      measure: null,
      reason: 'unknown-name',
    });
  });
});

describe('buildCatalogue', () => {
  const m = (id: string, name: string, aliases: string[] = []) => ({
    id,
    name,
    unit: '%',
    domain: 'health',
    higherIsBetter: true,
    kind: 'rate',
    aliases,
    relatedTo: [],
  });

  it('rejects one name given to two measures', () => {
    expect(() => buildCatalogue({ measures: [m('a', '甲乙丙'), m('b', '丁戊', ['甲乙丙'])] })).toThrow(
      /甲乙丙 is a name of both a and b/,
    );
  });

  it('rejects a relation to an unknown measure and a non-slug id', () => {
    expect(() =>
      buildCatalogue({ measures: [{ ...m('a', '甲乙丙'), relatedTo: [{ measure: 'zz', why: 'because of it' }] }] }),
    ).toThrow(/unknown measure zz/);
    expect(() => buildCatalogue({ measures: [m('A B', '甲乙丙')] })).toThrow();
  });
});
