import { normalName, normalUnit, unitInName } from '../../../src/align/normalise';
import { dice } from '../../../src/align/similarity';

describe('normalName', () => {
  it('turns full-width characters half-width and drops punctuation and spaces', () => {
    expect(normalName('残疾人“两项补贴”覆盖率')).toBe(normalName('残疾人两项补贴覆盖率'));
    expect(normalName('每千人口拥有３岁以下婴幼儿托位数')).toBe('每千人口拥有3岁以下婴幼儿托位数');
    expect(normalName(' 城镇调查失业率 ')).toBe('城镇调查失业率');
  });

  it('drops a drafting remark and a trailing unit in brackets', () => {
    expect(normalName('劳动年龄人口平均受教育年限（教委提供专项规划）')).toBe('劳动年龄人口平均受教育年限');
    expect(normalName('人口平均预期寿命（岁）')).toBe('人口平均预期寿命');
    expect(normalName('城镇老旧小区改造规模(万m2)')).toBe('城镇老旧小区改造规模');
  });

  it('knows the units the parser knows, so a name with its unit matches the same name without', () => {
    expect(normalName('孕产妇死亡率（1/10万）')).toBe(normalName('孕产妇死亡率'));
    expect(normalName('细颗粒物年平均浓度（微克/立方米）')).toBe('细颗粒物年平均浓度');
    expect(normalName('单位地区生产总值能耗降低（％）')).toBe('单位地区生产总值能耗降低');
    expect(unitInName('万元地区生产总值用水量（立方米/万元）')).toBe('立方米/万元');
  });

  it('keeps brackets that are part of the name, so 执业（助理）医师 never becomes 执业医师', () => {
    expect(normalName('每千人口拥有执业（助理）医师数')).toBe('每千人口拥有执业助理医师数');
    expect(normalName('每千人口拥有执业（助理）医师数')).not.toBe(normalName('每千人口拥有执业医师数'));
    expect(normalName('乡镇（街道）退役军人基层服务站提质升级数量')).toBe('乡镇街道退役军人基层服务站提质升级数量');
  });
});

describe('normalUnit', () => {
  it('spells area units one way and treats blanks as no unit', () => {
    expect(normalUnit('m2')).toBe('平方米');
    expect(normalUnit('㎡')).toBe('平方米');
    expect(normalUnit('万m2')).toBe('万平方米');
    expect(normalUnit('（%）')).toBe('%');
    expect(normalUnit('')).toBeNull();
    expect(normalUnit(null)).toBeNull();
  });

  it('reads a unit printed at the end of a name', () => {
    expect(unitInName('人均体育场地面积（平方米）')).toBe('平方米');
    expect(unitInName('每千人口拥有执业（助理）医师数')).toBeNull();
  });
});

describe('dice', () => {
  it('is 1 for the same text and 0 for nothing in common', () => {
    expect(dice('人均预期寿命', '人均预期寿命')).toBe(1);
    expect(dice('人均预期寿命', '城镇调查失业率')).toBe(0);
    expect(dice('人均体育场地面积', '人均体育设施面积')).toBeCloseTo(4 / 7, 5);
  });
});
