import { extractIndicators } from '../../../src/ingest/indicators';
import { fromText } from '../../../src/ingest/source';

// Layouts the bundled plans do not use but new plans of the same genre may: the reader keys on
// the header and the shape of the lines, not on a particular file.
const extract = (lines: string[]) => extractIndicators(fromText(lines.join('\n'), 'new-plan.txt'));

describe('indicator tables in other layouts', () => {
  it('reads tab rows with category header rows and a cell wrapped onto the next line', () => {
    const { table, indicators, warnings } = extract([
      '表3-1 某区“十四五”主要指标',
      '序号\t指标\t单位\t2020年基期值\t2025年目标值\t属性',
      '一、教育',
      '1\t学前教育毛入园率\t%\t95\t≥97\t预期性',
      '2\t劳动年龄人口平均受教育',
      '年限\t年\t11\t11.5\t约束性',
      '二、就业',
      '3\t城镇新增就业人数\t万人\t【5】\t【6】\t预期性',
      '注：城镇新增就业人数为五年累计数。',
      '第四章 任务',
    ]);
    expect(table).toMatchObject({ number: '3-1', title: '某区“十四五”主要指标', lines: [1, 9] });
    expect(indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.target?.raw, i.attribute])).toEqual([
      [1, '教育', '学前教育毛入园率', '%', '≥97', 'EXPECTED'],
      [2, '教育', '劳动年龄人口平均受教育年限', '年', '11.5', 'BINDING'],
      [3, '就业', '城镇新增就业人数', '万人', '【6】', 'EXPECTED'],
    ]);
    expect(indicators[1]?.lines).toEqual([5, 6]);
    expect(indicators[0]?.baseline).toEqual({ year: 2020, raw: '95', value: 95, comparator: 'EQ' });
    expect(warnings).toEqual([]);
  });

  it('reads one cell per line with the category column first and a note declaring a row cumulative', () => {
    const { indicators } = extract([
      '主要指标表',
      '\t类别',
      '\t序号',
      '\t指标名称',
      '\t2025年',
      '\t2030年',
      '',
      '\t民生',
      '\t1',
      '\t新增托位数（个）',
      '\t100',
      '\t500',
      '',
      '\t',
      '\t2',
      '\t人均预期寿命（岁）',
      '\t80',
      '\t81左右',
      '',
      '注：新增托位数为五年累计数。',
    ]);
    expect(
      indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.target?.value, i.target?.comparator, i.cumulative]),
    ).toEqual([
      [1, '民生', '新增托位数', '个', 500, 'EQ', true],
      [2, '民生', '人均预期寿命', '岁', 81, 'APPROX', false],
    ]);
  });
});
