import { attribute, indicatorFixture } from './indicatorFixture';

const { table, indicators, warnings, row } = indicatorFixture('yongchuan-2021-2025-public-services.txt');

// Read from lines 30–324: seq, category, name, unit, 2020 raw, 2025 raw, attribute, cumulative.
const ROWS = [
  [1, '婴幼儿照护服务', '每千人口拥有3岁以下婴幼儿托位数', '个', '1.2', '4.5', '预期性', false],
  [2, '婴幼儿照护服务', '孤儿和事实无人抚养儿童保障覆盖率', '%', '—', '100', '约束性', false],
  [3, '现代教育服务', '学前教育毛入园率', '%', '97.5', '99.5', '预期性', false],
  [4, '现代教育服务', '九年义务教育巩固率', '%', '99.15', '100', '约束性', false],
  [5, '现代教育服务', '高中阶段教育毛入学率', '%', '98', '99', '预期性', false],
  [6, '现代教育服务', '高等教育毛入学率', '%', '52', '60', '预期性', false],
  [7, '现代教育服务', '劳动年龄人口平均受教育年限', '年', '11.8', '12.4', '约束性', false],
  [8, '就业创业服务', '城镇新增就业人数', '万人', '【16.9】', '【12】', '预期性', true],
  [9, '就业创业服务', '城镇调查失业率', '%', '<5.5', '<5.5', '预期性', false],
  [10, '就业创业服务', '参加各类补贴性职业技能培训人数', '万人次', '【6.2】', '【4】', '预期性', true],
  [11, '卫生健康服务', '人均预期寿命', '岁', '78.15', '79.3', '预期性', false],
  [12, '卫生健康服务', '居民健康素养水平', '%', '21.74', '≥30', '预期性', false],
  [13, '卫生健康服务', '每千人口拥有注册护士数', '人', '3.44', '4.7', '预期性', false],
  [14, '卫生健康服务', '每万人口拥有全科医师数', '人', '3.27', '4', '约束性', false],
  [15, '卫生健康服务', '每千人口拥有执业（助理）医师数', '人', '2.59', '3.6', '预期性', false],
  [16, '幸福养老服务', '养老服务床位总量', '张', '3980', '9000', '预期性', false],
  [17, '幸福养老服务', '养老机构护理型养老床位占比', '%', '40.3', '≥60', '约束性', false],
  [18, '幸福养老服务', '养老机构服务基本质量达标率', '%', '65', '100', '预期性', false],
  [19, '幸福养老服务', '新建城区、新建居住区配套建设养老服务设施达标率', '%', '—', '100', '预期性', false],
  [20, '幸福养老服务', '医疗机构与养老机构签约率', '%', '100%', '100%', '预期性', false],
  [21, '城乡宜居服务', '城镇户籍低保、低收入家庭申请公租房的保障率', '%', '—', '应保尽保', '预期性', false],
  [22, '城乡宜居服务', '符合条件的农村低收入群体住房安全保障率', '%', '—', '应保尽保', '预期性', false],
  [23, '城乡宜居服务', '城镇老旧小区改造规模', '万平方米', '—', '【320】', '预期性', true],
  [24, '兜底保障服务', '基本养老保险参保人数', '万人', '63.02', '64.2', '预期性', false],
  [25, '兜底保障服务', '基本医疗保险参保率', '%', '>95', '>95', '约束性', false],
  [26, '兜底保障服务', '农村低保标准占城市低保标准比例', '%', '76', '≥90', '预期性', false],
  [27, '兜底保障服务', '残疾人“两项补贴”覆盖率', '%', '100', '100', '约束性', false],
  [28, '拥军优抚服务', '转业军官和政府安排工作退役士兵安置率', '%', '100', '100', '约束性', false],
  [29, '拥军优抚服务', '退役军人培训就业率', '%', '—', '95', '预期性', false],
  [30, '文化体育服务', '每万人公共文化设施面积', '平方米', '764', '1200', '预期性', false],
  [31, '文化体育服务', '人均体育场地面积', '平方米', '2.3', '2.5', '预期性', false],
  [32, '文化体育服务', '每万人接受公共文化设施服务次数', '万次', '—', '3.4', '预期性', false],
  [33, '文化体育服务', '每百户居民拥有社区综合服务设施面积', '平方米', '—', '>30', '预期性', false],
];

describe('Yongchuan indicator table', () => {
  it('reads all 33 rows in order', () => {
    expect(indicators).toHaveLength(33);
    expect(indicators.map((i) => i.seq)).toEqual(Array.from({ length: 33 }, (_, k) => k + 1));
  });

  it('reads every cell as printed', () => {
    expect(
      indicators.map((i) => [
        i.seq,
        i.category,
        i.name,
        i.unit,
        i.baseline?.raw ?? null,
        i.target?.raw ?? null,
        attribute(i),
        i.cumulative,
      ]),
    ).toEqual(ROWS);
  });

  it('describes the table', () => {
    expect(table?.title).toBe('重庆市永川区“十四五”公共服务发展主要指标');
    expect(table?.number).toBeNull();
    expect(table?.columns).toEqual(['序号', '指标', '单位', '2020年', '2025年', '指标属性']);
    expect(table?.lines).toEqual([30, 324]);
    expect(table?.notes[0]).toMatch(/^注：1\.带【】为五年累计数。2\.新建城区/);
  });

  it('reads category header rows padded with empty cells', () => {
    expect(row(1).category).toBe('婴幼儿照护服务');
    expect(row(2).category).toBe('婴幼儿照护服务');
    expect(row(3).category).toBe('现代教育服务');
    expect(row(33).category).toBe('文化体育服务');
    expect(row(1).lines).toEqual([44, 49]);
  });

  it('reads 100% as 100 and ASCII comparators', () => {
    expect(row(20).baseline).toMatchObject({ raw: '100%', value: 100, comparator: 'EQ' });
    expect(row(9).baseline).toMatchObject({ raw: '<5.5', value: 5.5, comparator: 'LT' });
    expect(row(25).target).toMatchObject({ raw: '>95', value: 95, comparator: 'GT' });
    expect(row(17).target).toMatchObject({ raw: '≥60', value: 60, comparator: 'GE' });
  });

  it('reads — and 应保尽保 as non-numeric', () => {
    expect(row(21).baseline).toEqual({ year: 2020, raw: '—', value: null, comparator: null });
    expect(row(21).target).toEqual({ year: 2025, raw: '应保尽保', value: null, comparator: null });
  });

  it('marks 【】 rows cumulative', () => {
    expect(indicators.filter((i) => i.cumulative).map((i) => i.seq)).toEqual([8, 10, 23]);
    expect(row(23).target).toMatchObject({ raw: '【320】', value: 320 });
  });

  it('prefers the unit printed in the name when the unit column disagrees, and warns', () => {
    expect(row(32)).toMatchObject({ name: '每万人接受公共文化设施服务次数', unit: '万次' });
    expect(warnings).toEqual([expect.objectContaining({ line: 309, code: 'INDICATOR_UNIT_CONFLICT' })]);
  });
});
