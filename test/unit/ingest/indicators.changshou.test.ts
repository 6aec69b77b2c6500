import { attribute, indicatorFixture } from './indicatorFixture';

const { table, indicators, warnings, row } = indicatorFixture('changshou-2021-2025-social-livelihood.txt');

// Read from lines 148–174 (units printed inside the names): seq, category, name, unit, 2020 raw, 2025 raw, attribute, cumulative.
const ROWS = [
  [1, null, '主要劳动年龄人口平均受教育年限', '年', '13', '13.5', null, false],
  [2, null, '义务教育阶段普及率', '%', '99.2', '99.5', null, false],
  [3, null, '高中阶段教育普及率', '%', '94', '96.5', null, false],
  [4, null, '高中毕业升入大专院校比例', '%', '92.1', '93', null, false],
  [5, null, '人口平均预期寿命', '岁', '78.2', '81', null, false],
  [6, null, '每千人医疗机构床位数', '张', '6.08', '7.1', null, false],
  [7, null, '每千人拥有执业医师数', '人', '2.85', '3.02', null, false],
  [8, null, '每千人拥有注册护士数', '人', '4.03', '4.3', null, false],
  [9, null, '养老机构社会化运营率', '%', '50', '70', null, false],
  [10, null, '每千人拥有3岁以下婴幼儿托位数', '个', '1', '≥4.5', null, false],
  [11, null, '行政村（社区）妇女之家、儿童之家规范化标准化建设覆盖率', '%', '15', '100', null, false],
  [12, null, '人均体育设施面积', '平方米', '2.1', '2.5', null, false],
  [13, null, '符合条件有康复需求残疾人服务率', '%', '85', '>95', null, false],
  [14, null, '符合条件有辅具需求持证残疾人服务率', '%', '85', '>95', null, false],
  [15, null, '城镇新增就业人数', '万人', '2', '【8】', null, true],
  [16, null, '基本养老保险覆盖率', '%', '95', '≥95', null, false],
  [17, null, '青少年体质达标率', '%', '91', '95', null, false],
  [18, null, '城乡居民基本医保住院医疗费用政策范围内报销比例', '%', '≥61.1', '≥70', null, false],
  [19, null, '住院费用跨省结算率', '%', '42.5', '≥50', null, false],
  [20, null, '军队转业干部和政府安排工作退役士兵安置率', '%', '100', '100', null, false],
  [21, null, '退役军人培训就业率', '%', '100', '100', null, false],
  [22, null, '职工医保住院政策范围内报销比例', '%', '80', '≥85', null, false],
];

describe('Changshou indicator table', () => {
  it('reads all 22 rows in order', () => {
    expect(indicators).toHaveLength(22);
    expect(indicators.map((i) => i.seq)).toEqual(Array.from({ length: 22 }, (_, k) => k + 1));
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
      number: null,
      title: '长寿区“十四五”社会事业发展主要指标表',
      lines: [148, 174],
      columns: ['序号', '指标名称', '2020年', '2025年'],
      notes: ['备注：【】为五年累计'],
    });
    expect(warnings).toEqual([]);
  });

  it('takes units from the names', () => {
    expect(row(1)).toMatchObject({ name: '主要劳动年龄人口平均受教育年限', unit: '年' });
    expect(row(5)).toMatchObject({ name: '人口平均预期寿命', unit: '岁' });
    expect(row(12)).toMatchObject({ name: '人均体育设施面积', unit: '平方米' });
    expect(row(15)).toMatchObject({ name: '城镇新增就业人数', unit: '万人' });
  });

  it('keeps brackets inside a name', () => {
    expect(row(11).name).toBe('行政村（社区）妇女之家、儿童之家规范化标准化建设覆盖率');
  });

  it('has no category or attribute columns', () => {
    expect(indicators.every((i) => i.category === null && i.attribute === null && i.municipalTarget === null)).toBe(
      true,
    );
  });

  it('reads values and comparators', () => {
    expect(row(10).target).toEqual({ year: 2025, raw: '≥4.5', value: 4.5, comparator: 'GE' });
    expect(row(13).target).toMatchObject({ raw: '>95', value: 95, comparator: 'GT' });
    expect(row(18).baseline).toEqual({ year: 2020, raw: '≥61.1', value: 61.1, comparator: 'GE' });
    expect(row(15).target).toMatchObject({ raw: '【8】', value: 8, comparator: 'EQ' });
    expect(row(15).cumulative).toBe(true);
    expect(row(16).cumulative).toBe(false);
  });

  it('records one line per row', () => {
    expect(row(1).lines).toEqual([151, 151]);
    expect(row(22).lines).toEqual([172, 172]);
  });
});
