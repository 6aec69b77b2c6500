import { attribute, indicatorFixture } from './indicatorFixture';

const { table, indicators, warnings, row } = indicatorFixture('yuzhong-2021-2025-public-services.txt');

// Read from lines 62–348: seq, category, name, unit, 2020 raw, 2025 raw, 市级指标2025年 raw, attribute, cumulative.
const ROWS = [
  [1, '人口', '人均预期寿命', '岁', '80.78', '81', '79.3', '预期性', false],
  [2, '婴幼儿照护服务', '每千人口拥有3岁以下婴幼儿托位数', '个', '1.5', '4.5', '4.5', '预期性', false],
  [3, '婴幼儿照护服务', '街道普惠性托育点覆盖率', '%', '-', '60', '无', '预期性', false],
  [4, '婴幼儿照护服务', '孤儿和事实无人抚养儿童保障覆盖率', '%', '-', '应保尽保', '应保尽保', '约束性', false],
  [5, '现代教育服务', '学前教育毛入园率', '%', '100', '100', '＞93', '预期性', false],
  [6, '现代教育服务', '普惠性幼儿园覆盖率', '%', '＞80', '＞88', '＞85', '预期性', false],
  [7, '现代教育服务', '九年义务教育巩固率', '%', '100', '100', '＞96', '约束性', false],
  [8, '现代教育服务', '高中阶段教育毛入学率', '%', '100', '100', '＞98.5', '预期性', false],
  [9, '现代教育服务', '劳动年龄人口平均受教育年限', '年', '12.5', '＞12.5', '12', '约束性', false],
  [10, '就业创业服务', '城镇新增就业人数', '万人', '【5.78】', '【20】', '【＞300】', '预期性', true],
  [11, '就业创业服务', '城镇调查失业率', '%', '＜4.5', '＜5', '＜5.5', '预期性', false],
  [12, '就业创业服务', '参加各类补贴性职业技能培训人数', '万人次', '【3.31】', '【6】', '【150】', '预期性', true],
  [13, '卫生健康服务', '居民健康素养水平', '%', '24', '26', '≥30', '预期性', false],
  [14, '卫生健康服务', '每千人口拥有注册护士数', '人', '17.17', '19.74', '4.7', '预期性', false],
  [15, '卫生健康服务', '每万人口拥有全科医师数', '人', '2', '4', '4', '预期性', false],
  [16, '卫生健康服务', '每千人口拥有执业（助理）医师数', '人', '10.53', '11.47', '3.6', '预期性', false],
  [17, '幸福养老服务', '养老服务床位总量', '张', '1915', '4000', '250000', '预期性', false],
  [18, '幸福养老服务', '护理型养老床位占比', '%', '37.4', '60', '60', '约束性', false],
  [19, '幸福养老服务', '政府运营养老床位占比', '%', '40', '30', '无', '约束性', false],
  [20, '幸福养老服务', '基本养老公共服务覆盖率', '%', '100', '100', '无', '约束性', false],
  [21, '幸福养老服务', '养老机构服务基本质量达标率', '%', '80', '100', '100', '预期性', false],
  [22, '幸福养老服务', '医疗机构与养老机构签约率', '%', '100', '100', '≥90', '预期性', false],
  [23, '城镇宜居服务', '城镇户籍低保、低收入家庭申请公租房的保障率', '%', '-', '应保尽保', '应保尽保', '预期性', false],
  [24, '城镇宜居服务', '城镇老旧小区改造规模', '万m2', '大于90', '860', '【10000】', '预期性', true],
  [25, '兜底保障服务', '基本养老保险参保人数', '万人', '54', '56', '2400', '预期性', false],
  [26, '兜底保障服务', '基本医疗保险参保率', '%', '≥95', '＞96', '＞95', '预期性', false],
  [27, '兜底保障服务', '残疾人“两项补贴”覆盖率', '%', '100', '100', '100', '约束性', false],
  [28, '拥军优抚服务', '转业军官和政府安排工作退役士兵安置率', '%', '100', '100', '100', '约束性', false],
  [29, '拥军优抚服务', '退役军人培训就业率', '%', '95', '95', '95', '预期性', false],
  [30, '文体服务', '区级公共文化场馆', '个', '4', '10', '-', '预期性', false],
  [31, '文体服务', '人均体育场地面积', 'm2', '0.91', '2', '2.2', '预期性', false],
  [32, '文体服务', '每百户居民拥有社区综合服务设施面积', 'm2', '40', '45', '＞30', '预期性', false],
];

describe('Yuzhong indicator table', () => {
  it('reads all 32 rows in order', () => {
    expect(indicators).toHaveLength(32);
    expect(indicators.map((i) => i.seq)).toEqual(Array.from({ length: 32 }, (_, k) => k + 1));
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
        i.municipalTarget?.raw ?? null,
        attribute(i),
        i.cumulative,
      ]),
    ).toEqual(ROWS);
  });

  it('describes the table (a 专栏, so no table number)', () => {
    expect(table).toEqual({
      number: null,
      title: '渝中区“十四五”公共服务发展主要目标',
      lines: [62, 348],
      columns: ['序号', '指标名称', '单位', '2020年', '2025年', '市级指标2025年', '指标属性'],
      notes: ['注：带【】为五年累计数。'],
    });
    expect(warnings).toEqual([]);
  });

  it('reads the 市级指标2025年 column as the municipal target', () => {
    expect(row(1).baseline).toEqual({ year: 2020, raw: '80.78', value: 80.78, comparator: 'EQ' });
    expect(row(1).target).toEqual({ year: 2025, raw: '81', value: 81, comparator: 'EQ' });
    expect(row(1).municipalTarget).toEqual({ year: 2025, raw: '79.3', value: 79.3, comparator: 'EQ' });
  });

  it('takes categories from their own header rows, without the ordinal', () => {
    expect(row(1).category).toBe('人口');
    expect(row(2).category).toBe('婴幼儿照护服务');
    expect(row(4).category).toBe('婴幼儿照护服务');
    expect(row(32).category).toBe('文体服务');
  });

  it('reads 应保尽保, - and 无 as non-numeric', () => {
    expect(row(4).baseline).toMatchObject({ raw: '-', value: null, comparator: null });
    expect(row(4).target).toMatchObject({ raw: '应保尽保', value: null, comparator: null });
    expect(row(3).municipalTarget).toMatchObject({ raw: '无', value: null, comparator: null });
  });

  it('reads full-width ＞ ＜ and 大于', () => {
    expect(row(6).baseline).toMatchObject({ raw: '＞80', value: 80, comparator: 'GT' });
    expect(row(11).target).toMatchObject({ raw: '＜5', value: 5, comparator: 'LT' });
    expect(row(24).baseline).toMatchObject({ raw: '大于90', value: 90, comparator: 'GT' });
  });

  it('marks 【】 values cumulative', () => {
    expect(row(10).cumulative).toBe(true);
    expect(row(10).municipalTarget).toMatchObject({ raw: '【＞300】', value: 300, comparator: 'GT' });
    expect(row(24).cumulative).toBe(true);
    expect(row(11).cumulative).toBe(false);
  });

  it('drops a unit repeated in the name', () => {
    expect(row(6)).toMatchObject({ name: '普惠性幼儿园覆盖率', unit: '%' });
    expect(row(9).name).toBe('劳动年龄人口平均受教育年限');
  });

  it('records each row’s lines and stops before the tab-led footnote', () => {
    expect(row(1).lines).toEqual([74, 80]);
    expect(row(32).lines).toEqual([340, 346]);
    expect(row(32).attribute).toBe('EXPECTED');
  });
});
