import { readFileSync } from 'node:fs';
import { readPlanFile } from '../../../src/ingest';
import { extractIndicators, parseCellValue } from '../../../src/ingest/indicators';
import { parsePlan } from '../../../src/ingest/parsePlan';
import { fromText } from '../../../src/ingest/source';
import { INDICATOR_BOX, OUTLINE } from '../../helpers/planFixtures';

// Outlines print, beside the year columns, a 年均/累计 column: for the rows whose target is no
// level in the target year, the period's figure (an average annual rate, or a five-year total in
// 〔〕) or a course in words. Those are the rows' targets, and each says which heading it came from.
describe('an outline table with a 年均/累计 column (test/fixtures/plans/wanzhou-…)', () => {
  const doc = readPlanFile('test/fixtures/plans/wanzhou-2021-2025-outline.txt');
  const row = (seq: number) => doc.indicators.find((i) => i.seq === seq);

  it('reads all 20 rows, the period column known', () => {
    expect(doc.indicators).toHaveLength(20);
    expect(doc.indicatorTable?.columns).toEqual(['类别', '指标', '2020年', '2025年', '年均/累计', '属性']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('INDICATOR_COLUMN_UNKNOWN');
  });

  it('takes a target from 年均/累计 where the 2025 cell is a dash, and says so', () => {
    expect(row(14)).toMatchObject({
      name: '单位GDP能源消耗降低',
      unit: '%',
      target: { raw: '〔13.5〕', value: 13.5, comparator: 'EQ', year: 2025, heading: '年均/累计' },
      cumulative: true,
    });
    expect(row(8)?.target).toEqual({ raw: '<5.5', value: 5.5, comparator: 'LT', year: 2025, heading: '年均/累计' });
    expect(row(4)?.target).toMatchObject({ value: 7, comparator: 'GT', heading: '年均/累计' });
    // As for a year column's figure, the words beside it are said, not dropped silently.
    expect(doc.warnings).toContainEqual({
      line: 16,
      code: 'INDICATOR_VALUE_QUALIFIED',
      message: expect.stringMatching(/^indicator row 4 年均\/累计 target ">7、力争/) as string,
    });
    // Row 4's is the only figure of the table printed with words.
    expect(doc.warnings.filter((w) => w.code === 'INDICATOR_VALUE_QUALIFIED')).toHaveLength(1);
    expect(row(1)?.target).toEqual({
      raw: '保持在合理区间、各年度视情提出',
      value: null,
      comparator: null,
      year: 2025,
      heading: '年均/累计',
    });
    // Every row states a target somewhere: none is left as the 2025 column's dash.
    expect(doc.indicators.filter((i) => !i.target || /^[—-]?$/.test(i.target.raw))).toEqual([]);
  });

  it('keeps the 2025 figure where one is printed, with no heading', () => {
    expect(row(3)?.target).toEqual({ raw: '65', value: 65, comparator: 'EQ', year: 2025 });
    expect(row(19)?.target).toEqual({ raw: '>6.5', value: 6.5, comparator: 'GT', year: 2025 });
  });

  it('keeps a 2025 figure printed beside a period figure, and says the period figure was not kept', () => {
    const text = readFileSync('test/fixtures/plans/wanzhou-2021-2025-outline.txt', 'utf8');
    const both = text.replace('\t5.2\t—\t<5.5\t', '\t5.2\t5.0\t<5.5\t');
    expect(both).not.toBe(text);
    const { indicators, warnings } = extractIndicators(fromText(both, 'wanzhou-2021-2025-outline.txt'));
    expect(indicators.find((i) => i.seq === 8)?.target).toEqual({ raw: '5.0', value: 5, comparator: 'EQ', year: 2025 });
    expect(warnings.filter((w) => w.code === 'INDICATOR_PERIOD_FIGURE_UNUSED').map((w) => w.message)).toEqual([
      'indicator row 8: the target is the 2025 figure 5.0; 年均/累计 <5.5 is not kept',
    ]);
  });

  it('dates a baseline marked * by the note (带*的为2019年数据)', () => {
    expect(row(3)?.baseline).toMatchObject({ raw: '60.6*', value: 60.6, year: 2019 });
    expect(row(5)?.baseline).toMatchObject({ raw: '6.3', year: 2020 });
  });

  it('reads cumulative only from the note that says so, not from a neighbour on the same line', () => {
    // Note ③ names 能源综合生产能力 on the line whose note ① mentions 累计.
    expect(row(20)?.cumulative).toBe(false);
    expect(doc.indicators.filter((i) => i.cumulative).map((i) => i.seq)).toEqual([13, 14, 15]);
  });
});

describe('a figure followed by words', () => {
  it('reads the figure and keeps the words in raw', () => {
    expect(parseCellValue('>7、力争投入强度高于“十三五”时期实际')).toMatchObject({ value: 7, comparator: 'GT' });
    expect(parseCellValue('≥95，其中城镇100')).toMatchObject({ value: 95, comparator: 'GE' });
  });

  it('does not read a list number as a figure', () => {
    expect(parseCellValue('1、人均预期寿命').value).toBeNull();
    expect(parseCellValue('1,031').value).toBe(1031);
  });
});

describe('an outline that prints a chapter 专栏 of indicators besides its main table', () => {
  const outline = readFileSync(OUTLINE, 'utf8');
  const box = INDICATOR_BOX;
  const at = outline.indexOf('第二章');
  const read = (text: string) => extractIndicators(fromText(text, 'wanzhou-2021-2025-outline.txt'));

  it.each([
    ['after it', outline + '\n' + box],
    ['before it', outline.slice(0, at) + box + '\n' + outline.slice(at)],
  ])('reads the main table, then the box %s, its rows numbered on and keeping their own 序号', (_where, text) => {
    const { table, indicators, more, warnings } = read(text);
    expect(table?.title).toBe('“十四五”时期经济社会发展主要指标');
    expect(indicators).toHaveLength(23);
    expect(indicators.slice(0, 20).every((i) => i.table === undefined)).toBe(true);
    expect(indicators.slice(20).map((i) => [i.seq, i.name, i.unit, i.baseline?.raw, i.target?.raw, i.table])).toEqual([
      [21, '研究与试验发展经费投入强度', '%', '2.1', '2.5', { caption: '专栏1 科技创新主要指标', seq: 1 }],
      [22, '每万人口发明专利拥有量', '件', '8', '15', { caption: '专栏1 科技创新主要指标', seq: 2 }],
      [23, '高新技术企业数量', '家', '120', '300', { caption: '专栏1 科技创新主要指标', seq: 3 }],
    ]);
    expect(more.map((t) => [t.title, t.columns])).toEqual([
      ['科技创新主要指标', ['序号', '指标名称', '单位', '2020年', '2025年', '属性']],
    ]);
    const said = warnings.filter((w) => w.code === 'INDICATOR_TABLES_MORE');
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toMatch(
      /1 more indicator table .*20 rows\): line \d+ "专栏1 科技创新主要指标" \(3 rows\); their rows are read too/,
    );
  });

  it('lists no items for the box, as for a box holding the main table, and does not call it empty', () => {
    const doc = parsePlan(outline + '\n' + box, { source: 'wanzhou-2021-2025-outline.txt' });
    expect(doc.warnings.map((w) => w.code)).not.toContain('BOX_EMPTY');
    expect(doc.boxes.find((b) => b.number === '1')?.items).toEqual([]);
    expect(doc.indicators).toHaveLength(23);
  });

  it('says which table a row warning is about', () => {
    const broken = box.replace('\t8\t15\t', '\t8\t15至20\t');
    const { warnings } = read(outline + '\n' + broken);
    expect(warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^in the indicator table at line \d+ "专栏1 科技创新主要指标": indicator row 2 target "15至20"/,
      ),
    );
  });

  it('reads no table whose columns and caption do not say it holds indicators (investment by year)', () => {
    const schedule = [
      '专栏2　重大项目安排',
      '序号\t项目名称\t2021年\t2025年',
      '1\t城市轨道交通四号线\t12\t86',
      '2\t长江生态廊道\t5\t30',
      '',
    ].join('\n');
    const { indicators, warnings } = read(outline + '\n' + schedule);
    expect(indicators).toHaveLength(20);
    expect(warnings.map((w) => w.code)).not.toContain('INDICATOR_TABLES_MORE');
    // Not dropped unsaid: the table is named, with why it was not read.
    const notRead = warnings.filter((w) => w.code === 'INDICATOR_TABLES_NOT_READ');
    expect(notRead.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^the table at line \d+ "专栏2 重大项目安排" \(2 rows\) has a name column and year columns, but neither/,
      ),
    ]);
  });
});
