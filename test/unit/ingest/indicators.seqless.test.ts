import { extractIndicators } from '../../../src/ingest/indicators';
import { readPlanFile } from '../../../src/ingest';
import { fromText } from '../../../src/ingest/source';

// Tables with no 序号 column, as the national outline and many district plans print them: the row
// number starts the name cell (`1.人均预期寿命`), or there is none and the rows go in order.
const extract = (lines: string[]) => extractIndicators(fromText(lines.join('\n'), 'new-plan.txt'));
const cells = (rows: ReturnType<typeof extract>['indicators']) =>
  rows.map((i) => [i.seq, i.category, i.name, i.unit, i.baseline?.raw, i.target?.raw, i.attribute]);

describe('indicator tables without a 序号 column', () => {
  it('reads a plan whose table numbers its rows in the name cells (test/fixtures/plans/dazu-…)', () => {
    const doc = readPlanFile('test/fixtures/plans/dazu-2021-2025-health.txt');
    // No sidecar: the text opens with its title block.
    expect(doc.metadata).toMatchObject({
      title: '重庆市大足区卫生健康事业发展“十四五”规划',
      region: '大足区',
      level: 'district',
      periodStart: 2021,
      periodEnd: 2025,
      fromSidecar: [],
    });
    expect(doc.indicatorTable).toMatchObject({
      number: '1',
      title: '大足区“十四五”卫生健康发展主要指标',
      lines: [19, 29],
      columns: ['领域', '主要指标', '单位', '2020年', '2025年', '指标性质'],
    });
    expect(cells(doc.indicators)).toEqual([
      [1, '健康水平', '人均预期寿命', '岁', '78.6', '79.5', 'EXPECTED'],
      [2, '健康水平', '孕产妇死亡率', '/10万', '9.8', '＜12', 'EXPECTED'],
      [3, '健康水平', '婴儿死亡率', '‰', '3.1', '＜5', 'EXPECTED'],
      [4, '医疗服务', '每千人口医疗卫生机构床位数', '张', '6.9', '7.5', 'EXPECTED'],
      [5, '医疗服务', '每千人口执业（助理）医师数', '人', '2.4', '3.0', 'EXPECTED'],
      [6, '医疗服务', '每万人口全科医生数', '人', '2.8', '4', 'BINDING'],
      [7, '健康生活', '居民健康素养水平', '%', '20', '30', 'EXPECTED'],
      [8, '健康生活', '经常参加体育锻炼人数比例', '%', '—', '≥40', 'EXPECTED'],
    ]);
    expect(doc.indicators[3]?.lines).toEqual([25, 25]);
    expect(doc.warnings.filter((w) => w.code.startsWith('INDICATOR'))).toEqual([]);
  });

  it('carries a merged category down blank cells, and reads the unit from the name when there is no unit column', () => {
    const { indicators, warnings } = extract([
      '表2 主要指标',
      '领域\t主要指标\t2020年\t2025年\t属性',
      '健康水平\t（1）人均预期寿命（岁）\t78.6\t79.5\t预期性',
      '\t（2）婴儿死亡率（‰）\t3.1\t＜5\t预期性',
      '医疗服务\t（3）22.0-3岁婴幼儿托位数\t1.5\t4.5\t预期性',
      '',
      '第三章 任务',
    ]);
    expect(cells(indicators)).toEqual([
      [1, '健康水平', '人均预期寿命', '岁', '78.6', '79.5', 'EXPECTED'],
      [2, '健康水平', '婴儿死亡率', '‰', '3.1', '＜5', 'EXPECTED'],
      [3, '医疗服务', '22.0-3岁婴幼儿托位数', null, '1.5', '4.5', 'EXPECTED'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('numbers unnumbered rows by their order and says the numbers are inferred', () => {
    const { indicators, warnings } = extract([
      '表3 主要指标',
      '',
      '类别        指标名称                单位      2020年      2025年',
      '一、健康',
      '            人均预期寿命              岁        78.6        79.5',
      '            每千人口医疗卫生机构      张         6.9         7.5',
      '            床位数',
      '二、教育',
      '            学前教育毛入园率          %          95         ≥97',
      '',
      '第三章 任务',
    ]);
    expect(cells(indicators)).toEqual([
      [1, '健康', '人均预期寿命', '岁', '78.6', '79.5', null],
      [2, '健康', '每千人口医疗卫生机构床位数', '张', '6.9', '7.5', null],
      [3, '教育', '学前教育毛入园率', '%', '95', '≥97', null],
    ]);
    expect(indicators[1]?.lines).toEqual([6, 7]);
    expect(warnings.map((w) => w.code)).toEqual(['INDICATOR_SEQ_INFERRED']);
  });

  it('prefers a table with 序号 to one without: its header is the surer sign of the main table', () => {
    const { indicators } = extract([
      '表1 项目',
      '领域\t主要指标\t2020年\t2025年',
      '教育\t1.学前教育毛入园率\t95\t97',
      '',
      '表2 主要指标',
      '序号\t指标名称\t2020年\t2025年',
      '1\t人均预期寿命\t78.6\t79.5',
    ]);
    expect(indicators.map((i) => i.name)).toEqual(['人均预期寿命']);
  });
});
