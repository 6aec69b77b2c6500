import { attribute, indicatorFixture } from './indicatorFixture';

const { table, indicators, warnings, row } = indicatorFixture('jiangbei-2021-2025-public-services.txt');

// Read from lines 85–377: seq, category, name, unit, 2020 raw, 2025 raw, attribute, cumulative.
const ROWS = [
  [1, '婴幼儿照护服务', '每千人口拥有3岁以下婴幼儿托位数', '个', '0.8', '≧4.5', '预期性', false],
  [2, '婴幼儿照护服务', '孤儿和事实无人抚养儿童保障覆盖率', null, '—', '应保尽保', '约束性', false],
  [3, '婴幼儿照护服务', '3岁以下儿童系统管理率', '%', '92.27', '≧94', '预期性', false],
  [4, '现代教育服务', '普惠性幼儿园覆盖率', '%', '80.6', '≧90', '预期性', false],
  [5, '现代教育服务', '学前教育毛入园率', '%', '100', '100', '预期性', false],
  [6, '现代教育服务', '九年义务教育巩固率', '%', '100', '100', '约束性', false],
  [7, '现代教育服务', '高中阶段教育毛入学率', '%', '100', '100', '预期性', false],
  [8, '现代教育服务', '劳动年龄人口平均受教育年限', '年', '12.8', '13', '约束性', false],
  [9, '就业创业服务', '城镇新增就业人数', '万人', '【32.4】', '【15】', '预期性', true],
  [10, '就业创业服务', '城镇调查失业率', '%', '—', '＜5.5', '预期性', false],
  [11, '就业创业服务', '参加各类补贴性职业技能培训人次', '万人次', '【4.33】', '【3.7】', '预期性', true],
  [12, '卫生健康服务', '人口平均预期寿命', '岁', '79.19', '79.5', '预期性', false],
  [13, '卫生健康服务', '居民健康素养水平', '%', '25', '≧30', '预期性', false],
  [14, '卫生健康服务', '每千人口拥有注册护士数', '人', '8.66', '≧9', '预期性', false],
  [15, '卫生健康服务', '每万人口拥有全科医师数', '人', '2.01', '≧4', '约束性', false],
  [16, '卫生健康服务', '每千常住人口拥有执业（助理）医师数', '人', '5.62', '6.1', '预期性', false],
  [17, '养老服务', '养老服务床位总量', '张', '2777', '6650', '预期性', false],
  [18, '养老服务', '养老机构护理型床位占比', '%', '36', '≧80', '约束性', false],
  [19, '养老服务', '养老机构服务基本质量达标率', '%', '90.48', '100', '预期性', false],
  [20, '养老服务', '新建城区、新建居住区配套建设养老服务设施达标率', '%', '—', '100', '预期性', false],
  [21, '养老服务', '医疗机构与养老机构签约率', '%', '100', '100', '预期性', false],
  [
    22,
    '养老服务',
    '“一刻钟”居家养老服务圈，助餐、助浴、助洁、助行等服务机制覆盖率',
    '%',
    '100',
    '100',
    '预期性',
    false,
  ],
  [23, '宜居保障服务', '城镇户籍低保、低收入家庭申请公租房的保障率', null, '—', '应保尽保', '预期性', false],
  [24, '宜居保障服务', '符合条件的农村低收入群体住房安全保障率', null, '—', '应保尽保', '预期性', false],
  [25, '宜居保障服务', '城镇老旧小区改造规模', '万平方米', '—', '386', '预期性', false],
  [26, '社会保障服务', '残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率', '%', '100', '100', '约束性', false],
  [27, '社会保障服务', '基本养老保险参保率', '%', '95', '>95', '预期性', false],
  [28, '社会保障服务', '基本医疗保险参保率', '%', '95', '>95', '约束性', false],
  [29, '社会保障服务', '农村低保标准占城市低保标准比例', '%', '80', '≧85', '预期性', false],
  [30, '社会保障服务', '申领电子社保卡人口覆盖率', '%', '28.85', '≧67', '预期性', false],
  [31, '拥军优抚服务', '转业军官和政府安排工作退役士兵安置率', '%', '100', '100', '约束性', false],
  [32, '拥军优抚服务', '退役军人培训就业率', '%', '—', '≧95', '预期性', false],
  [33, '文化体育服务', '每万人公共文化设施面积', '平方米', '668.87', '≧800', '预期性', false],
  [34, '文化体育服务', '每万人接受公共文化设施服务次数', '万次', '—', '≧3.4', '预期性', false],
  [35, '文化体育服务', '文化产业增加值占地区生产总值的比重', '%', '6.1', '8', '预期性', false],
  [36, '文化体育服务', '人均体育场地面积', '平方米', '1.99', '≧2.2', '预期性', false],
  [37, '文化体育服务', '经常参加体育锻炼的人数比例', '%', '46.3', '≧48', '预期性', false],
  [38, '文化体育服务', '每百户居民拥有社区综合服务设施面积', '平方米', '—', '>30', '预期性', false],
  [39, '生活水平', '城乡居民人均可支配收入比', null, '1.92:1', '1.8:1', '预期性', false],
];

describe('Jiangbei indicator table', () => {
  it('reads all 39 rows in order', () => {
    expect(indicators).toHaveLength(39);
    expect(indicators.map((i) => i.seq)).toEqual(Array.from({ length: 39 }, (_, k) => k + 1));
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

  it('describes the table (not the goals table 表2-1 above it)', () => {
    expect(table).toEqual({
      number: '2-2',
      title: '江北区公共服务“十四五”发展主要指标表',
      lines: [85, 377],
      columns: ['序号', '类别', '指标名称', '2020年', '2025年', '指标属性'],
      notes: ['注：带【】为五年累计数。'],
    });
    expect(warnings).toEqual([]);
  });

  it('reads ≧ as GE', () => {
    expect(row(1).target).toEqual({ year: 2025, raw: '≧4.5', value: 4.5, comparator: 'GE' });
    expect(row(18).target).toMatchObject({ value: 80, comparator: 'GE' });
  });

  it('ignores the stray tab after row 2’s name and joins the wrapped 应保/尽保', () => {
    expect(row(2)).toMatchObject({
      category: '婴幼儿照护服务',
      name: '孤儿和事实无人抚养儿童保障覆盖率',
      unit: null,
      attribute: 'BINDING',
    });
    expect(row(2).baseline).toMatchObject({ raw: '—', value: null });
    expect(row(2).target).toMatchObject({ raw: '应保尽保', value: null, comparator: null });
    expect(row(2).lines).toEqual([101, 107]);
  });

  it('joins wrapped category cells, also one that starts on an empty tab line', () => {
    expect(row(4).category).toBe('现代教育服务');
    expect(row(12)).toMatchObject({ category: '卫生健康服务', name: '人口平均预期寿命', unit: '岁' });
    expect(row(23).category).toBe('宜居保障服务');
    expect(row(24).category).toBe('宜居保障服务');
    expect(row(26).category).toBe('社会保障服务');
  });

  it('carries blank category cells down', () => {
    expect(row(3).category).toBe('婴幼儿照护服务');
    expect(row(16).category).toBe('卫生健康服务');
  });

  it('reads row 39 across the blank line inside it', () => {
    expect(row(39)).toMatchObject({
      category: '生活水平',
      name: '城乡居民人均可支配收入比',
      unit: null,
      lines: [367, 374],
    });
    expect(row(39).baseline).toMatchObject({ raw: '1.92:1', value: 1.92 });
    expect(row(39).target).toMatchObject({ raw: '1.8:1', value: 1.8 });
  });

  it('marks 【】 rows cumulative', () => {
    expect(indicators.filter((i) => i.cumulative).map((i) => i.seq)).toEqual([9, 11]);
    expect(row(10).target).toMatchObject({ raw: '＜5.5', value: 5.5, comparator: 'LT' });
  });
});
