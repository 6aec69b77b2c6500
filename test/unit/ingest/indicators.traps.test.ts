import { extractIndicators } from '../../../src/ingest/indicators';
import { fromText } from '../../../src/ingest/source';

// Small tables, each with one trap a converter leaves, read through the same entry point as a plan.
const read = (lines: string[]) => extractIndicators(fromText(lines.join('\n'), 'trap.txt'));
const row = (r: ReturnType<typeof read>, k: number) => r.indicators[k];

describe('indicator table traps', () => {
  it('reads dot leaders and ideographic spaces as spacing, and full-width digits as numbers', () => {
    const r = read([
      '表1 主要指标',
      '序号\u3000\u3000指标名称\u3000\u3000\u3000\u3000\u3000单位\u3000\u30002020年\u3000\u3000 2025年',
      '１\u3000\u3000人均预期寿命.....岁\u3000\u3000 ７８．２\u3000\u3000 ≧８１',
      '２\u3000\u3000普惠性幼儿园覆盖率……%\u3000\u3000 ８０\u3000\u3000\u3000 ＞９０',
    ]);
    expect(r.indicators).toHaveLength(2);
    expect(row(r, 0)).toMatchObject({
      seq: 1,
      name: '人均预期寿命',
      unit: '岁',
      baseline: { value: 78.2, year: 2020 },
      target: { value: 81, comparator: 'GE', year: 2025 },
    });
    expect(row(r, 1)).toMatchObject({
      seq: 2,
      name: '普惠性幼儿园覆盖率',
      unit: '%',
      target: { value: 90, comparator: 'GT' },
    });
  });

  it('takes the years from a note when the header names its columns 基期值 and 目标值', () => {
    const r = read([
      '序号  指标名称            单位    基期值    目标值    属性',
      '1     人均预期寿命        岁      78.2      81        预期性',
      '2     城镇调查失业率      %       5.1       <5.5      预期性',
      '注：基期值为2020年数据，目标值为2025年目标。',
    ]);
    expect(r.indicators.map((i) => [i.baseline?.year, i.target?.year])).toEqual([
      [2020, 2025],
      [2020, 2025],
    ]);
    expect(row(r, 1)?.target).toMatchObject({ raw: '<5.5', value: 5.5, comparator: 'LT' });
  });

  it('reads years named by five-year plan (“十三五”末, “十四五”目标) and 序号 printed in brackets', () => {
    const r = read([
      '序号    指标名称              单位    “十三五”末    “十四五”目标    属性',
      '（1）   人均预期寿命          岁      78.2          81              预期性',
      '（2）   城镇调查失业率        %       5.1           <5.5            预期性',
    ]);
    expect(
      r.indicators.map((i) => [i.seq, i.name, i.baseline?.year, i.baseline?.value, i.target?.year, i.target?.value]),
    ).toEqual([
      [1, '人均预期寿命', 2020, 78.2, 2025, 81],
      [2, '城镇调查失业率', 2020, 5.1, 2025, 5.5],
    ]);
  });

  it('keeps a value with a space inside (95 左右) whole in a single-spaced row, and stops at the footnote', () => {
    const r = read([
      '序号 指标 单位 2020年 2025年 指标属性',
      '1 基本医疗保险参保率 % 95 95 左右 约束性',
      '2 城镇新增就业人数 万人 2 【8】 预期性',
      '注：【】为五年累计数。',
      '第三章 重点任务',
    ]);
    expect(r.indicators).toHaveLength(2);
    expect(row(r, 0)?.target).toMatchObject({ raw: '95 左右', comparator: 'APPROX' });
    expect(row(r, 1)).toMatchObject({ cumulative: true, attribute: 'EXPECTED' });
    expect(r.table?.notes).toEqual(['注：【】为五年累计数。']);
  });

  it('says which line it could not place instead of dropping it', () => {
    const r = read([
      '序号    指标名称              单位      2020年     2025年',
      '1       人均预期寿命          岁        78.2       81',
      '        ？？？   ###   @@@ xx  yy  zz  ww',
      '2       城镇调查失业率        %         5.1        <5.5',
    ]);
    expect(r.indicators.map((i) => [i.seq, i.name])).toEqual([
      [1, '人均预期寿命'],
      [2, '城镇调查失业率'],
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['INDICATOR_LINE_UNPLACED', 3]);
  });

  it('lists the lines it considered when there is no table, and points to the CSV sidecar', () => {
    const r = read(['第一章 总体要求', '主要指标见附件。', '序号 名称', '正文。']);
    expect(r.table).toBeNull();
    const message = r.warnings.find((w) => w.code === 'INDICATOR_TABLE_NOT_FOUND')?.message ?? '';
    expect(message).toMatch(/line 2: "主要指标见附件。"/);
    expect(message).toMatch(/line 3: "序号名称"/);
    expect(message).toMatch(/indicators\.csv/);
  });
});
