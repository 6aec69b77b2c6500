import { attribute, indicatorFixture } from './indicatorFixture';

const { table, indicators, warnings, row } = indicatorFixture('chongqing-2026-2030-social-development-draft.txt');

// Read from lines 156–187: seq, category, name, unit, 2025 raw, 2030 raw, attribute, cumulative.
const ROWS = [
  [1, '公平性', '城镇调查失业率', '%', '5.3', '<5.5', '预期性', false],
  [2, '公平性', '基本医疗保险参保率', '%', '≥98', '95 左右', '约束性', false],
  [3, '公平性', '基本养老保险参保人数', '万人', '2669', '2678', '预期性', false],
  [4, '公平性', '失业保险参保人数', '万人', '653', '655', '预期性', false],
  [5, '公平性', '残疾人两项补贴覆盖率', '%', '100', '100', '约束性', false],
  [6, '公平性', '乡镇（街道）退役军人基层服务站提质升级数量', '个', '1031 （累计）', '200 （新增）', '预期性', false],
  [7, '均衡性', '居民人均可支配收入增长', '%', '4.7', '5-5.5*', '预期性', false],
  [8, '均衡性', '城乡居民人均可支配收入比', null, '2.21 : 1', '2.1 : 1 左右', '预期性', false],
  [9, '均衡性', '城乡居民最低生活保障平均标准比', null, '1.22', '≤1.2', '预期性', false],
  [10, '均衡性', '义务教育优质均衡发展区县比例', '%', '24.32', '100', '约束性', false],
  [11, '均衡性', '保障性租赁住房累计保障新市民、青年人人数', '万人', '39', '50', '预期性', false],
  [12, '均衡性', '城市危旧房改造', '万户', '—', '2.85', '预期性', false],
  [13, '均衡性', '老旧小区改造', '个', '—', '2000', '预期性', false],
  [14, '普惠性', '劳动年龄人口平均受教育年限（教委提供专项规划）', '年', '11.66', '12.1', '约束性', false],
  [15, '普惠性', '公办园在园幼儿占比', '%', '57.03', '60', '约束性', false],
  [16, '普惠性', '高中阶段教育完成率', '%', '—', '≥92', '预期性', false],
  [17, '普惠性', '高等教育毛入学率', '%', '64.3', '70', '预期性', false],
  [18, '普惠性', '每千人口拥有执业（助理）医师数', '人', '3.51', '3.7', '预期性', false],
  [19, '普惠性', '基层医疗卫生机构诊疗量占比', '%', '55.29', '≥60', '约束性', false],
  [20, '普惠性', '养老机构护理型床位占比', '%', '71.4', '80', '预期性', false],
  [21, '普惠性', '二级及以上综合性医院老年医学科设立比例', '%', '89.02', '≥90', '预期性', false],
  [22, '普惠性', '0-3岁婴幼儿入托率', '%', '12.3', '18.3', '预期性', false],
  [23, '高品质', '人均预期寿命', '岁', '79.72', '80.5', '预期性', false],
  [24, '高品质', '居民健康素养水平', '%', '37.2', '43', '预期性', false],
  [25, '高品质', '15分钟高品质生活服务圈建成数', '个', '65', '365', '预期性', false],
  [26, '高品质', '老年友好型社区覆盖率', '%', '2', '60', '预期性', false],
  [27, '高品质', '建成完整社区个数', '个', '—', '150', '预期性', false],
  [28, '高品质', '经常参加体育锻炼人数比例', '%', '49.57', '≥50', '预期性', false],
];

describe('Chongqing 2026–2030 indicator table', () => {
  it('reads all 28 rows in order', () => {
    expect(indicators).toHaveLength(28);
    expect(indicators.map((i) => i.seq)).toEqual(Array.from({ length: 28 }, (_, k) => k + 1));
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
    expect(table).toEqual({
      number: '1',
      title: '“十五五”时期重庆市社会发展主要指标',
      lines: [154, 187],
      columns: ['类别', '序号', '指标', '单位', '2025 年', '2030 年', '指标属性'],
      notes: ['注：标“—”暂无数据，带“*”为年均增速。'],
    });
  });

  it('takes the 2025 column as baseline and the 2030 column as target', () => {
    expect(row(1).baseline).toEqual({ year: 2025, raw: '5.3', value: 5.3, comparator: 'EQ' });
    expect(row(1).target).toEqual({ year: 2030, raw: '<5.5', value: 5.5, comparator: 'LT' });
    expect(row(1).municipalTarget).toBeNull();
  });

  it('reads comparators: ≥ baseline, 左右 target', () => {
    expect(row(2).baseline).toMatchObject({ value: 98, comparator: 'GE' });
    expect(row(2).target).toMatchObject({ raw: '95 左右', value: 95, comparator: 'APPROX' });
    expect(row(2).attribute).toBe('BINDING');
  });

  it('carries merged category cells down and switches at the next group', () => {
    expect(row(6).category).toBe('公平性');
    expect(row(7).category).toBe('均衡性');
    expect(row(22).category).toBe('普惠性');
    expect(row(23).category).toBe('高品质');
  });

  it('reads past the blank line between rows 19 and 20', () => {
    expect(row(19).lines).toEqual([175, 175]);
    expect(row(20).lines).toEqual([177, 177]);
    expect(row(20)).toMatchObject({ category: '普惠性', name: '养老机构护理型床位占比', unit: '%' });
  });

  it('reads ratios and a dash unit', () => {
    expect(row(8).unit).toBeNull();
    expect(row(8).baseline).toMatchObject({ raw: '2.21 : 1', value: 2.21, comparator: 'EQ' });
    expect(row(8).target).toMatchObject({ raw: '2.1 : 1 左右', value: 2.1, comparator: 'APPROX' });
  });

  it('leaves — and the 5-5.5* range null, warning about the range', () => {
    expect(row(12).baseline).toMatchObject({ raw: '—', value: null, comparator: null });
    expect(row(7).target).toMatchObject({ raw: '5-5.5*', value: null, comparator: null });
    expect(warnings).toContainEqual(expect.objectContaining({ line: 163, code: 'INDICATOR_VALUE_RANGE' }));
  });

  it('reads the number of a value with a bracketed note and warns', () => {
    expect(row(6).baseline).toMatchObject({ raw: '1031 （累计）', value: 1031 });
    expect(row(6).target).toMatchObject({ raw: '200 （新增）', value: 200 });
    expect(warnings.filter((w) => w.code === 'INDICATOR_VALUE_QUALIFIED').map((w) => w.line)).toEqual([162, 162]);
  });

  it('keeps a trailing remark that is not a unit in the name', () => {
    expect(row(14)).toMatchObject({ name: '劳动年龄人口平均受教育年限（教委提供专项规划）', unit: '年' });
  });

  it('warns about nothing else', () => {
    expect(warnings).toHaveLength(3);
  });
});
