import { parseIndicatorsCsv, PlanParseError } from '../../../src/ingest';

const FILE = 'plans/x.indicators.csv';
const PERIOD = { periodStart: 2021, periodEnd: 2025, replaced: null };
const read = (text: string | Uint8Array) =>
  parseIndicatorsCsv({ file: FILE, bytes: typeof text === 'string' ? Buffer.from(text) : text }, PERIOD);

function problems(text: string): string[] {
  try {
    read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanParseError);
    expect((e as PlanParseError).code).toBe('INDICATORS_CSV_INVALID');
    return (e as PlanParseError).message.split('\n');
  }
  throw new Error('expected INDICATORS_CSV_INVALID');
}

describe('the indicator table sidecar <name>.indicators.csv', () => {
  it('reads Chinese headings, a BOM and CRLF, with the text parser’s reading of every value', () => {
    const csv = [
      '\uFEFF序号,类别,指标名称,单位,基期值,基期年份,目标值,目标年份,属性',
      '1,健康,人均预期寿命,岁,78.4左右,2020,≥80,2025,预期性',
      '2,,孕产妇死亡率,1/10万,10,2020,10 以下,2025,约束性',
      '3,就业,城镇新增就业人数,万人,【8】,2020,【9】,2025,预期性',
      '4,,困难群众救助,,应保尽保,2020,应保尽保,2025,',
    ].join('\r\n');
    const { indicators, table, warnings } = read(csv);
    expect(indicators.map((i) => [i.seq, i.category, i.name, i.unit, i.attribute, i.cumulative])).toEqual([
      [1, '健康', '人均预期寿命', '岁', 'EXPECTED', false],
      [2, '健康', '孕产妇死亡率', '1/10万', 'BINDING', false],
      [3, '就业', '城镇新增就业人数', '万人', 'EXPECTED', true],
      [4, '就业', '困难群众救助', null, null, false],
    ]);
    expect(indicators[0]?.target).toEqual({ raw: '≥80', value: 80, comparator: 'GE', year: 2025 });
    expect(indicators[1]?.target).toEqual({ raw: '10 以下', value: 10, comparator: 'LE', year: 2025 });
    expect(indicators[0]?.baseline).toEqual({ raw: '78.4左右', value: 78.4, comparator: 'APPROX', year: 2020 });
    expect(indicators[2]?.target).toEqual({ raw: '【9】', value: 9, comparator: 'EQ', year: 2025 });
    expect(indicators[3]?.baseline).toEqual({ raw: '应保尽保', value: null, comparator: null, year: 2020 });
    expect(indicators[0]?.municipalTarget).toBeNull();
    expect(indicators.map((i) => i.lines)).toEqual([
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(indicators.every((i) => i.sidecar?.file === FILE)).toBe(true);
    expect(table).toMatchObject({
      number: null,
      lines: [1, 5],
      columns: ['序号', '类别', '指标名称', '单位', '基期值', '基期年份', '目标值', '目标年份', '属性'],
    });
    expect(table.sidecar).toEqual({
      file: FILE,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      replaced: null,
    });
    expect(warnings).toEqual([]);
  });

  it('takes missing years from the plan’s period and says so once; an explicit cumulative wins over brackets', () => {
    const csv =
      'seq,name,baseline,target,municipalTarget,cumulative\n1,a,5,6,7,\n2,b,【1】,【2】,,false\n3,c,1,2,,TRUE\n';
    const { indicators, warnings } = read(csv);
    expect(indicators.map((i) => [i.baseline?.year, i.target?.year, i.municipalTarget?.year])).toEqual([
      [2020, 2025, 2025],
      [2020, 2025, 2025],
      [2020, 2025, 2025],
    ]);
    expect(indicators.map((i) => i.cumulative)).toEqual([false, false, true]);
    expect(warnings).toEqual([
      {
        line: null,
        code: 'INDICATORS_CSV_YEAR_DEFAULT',
        message: `${FILE}: some rows give no year, so the plan's period stands in: baselineYear 2020, targetYear 2025, municipalTargetYear 2025`,
      },
    ]);
  });

  it('counts lines as the file has them: LF or CRLF, blank lines, a quoted cell with a line break', () => {
    for (const eol of ['\n', '\r\n']) {
      const csv = ['seq,name,target', '1,"两行', '的名称",95', '', ',,', '2,b,96', '3,c,5-6'].join(eol);
      const { indicators, warnings } = read(csv);
      expect(indicators.map((i) => [i.seq, i.lines])).toEqual([
        [1, [2, 3]],
        [2, [6, 6]],
        [3, [7, 7]],
      ]);
      expect(indicators[0]?.name).toBe('两行 的名称');
      expect(warnings.find((w) => w.code === 'INDICATOR_VALUE_RANGE')?.message).toBe(
        `${FILE} line 7, column target: "5-6" is a range; value left null`,
      );
    }
  });

  it('lists every malformed row, each naming file, line and column and what was expected', () => {
    const csv = [
      'seq,name,target,targetYear,attribute',
      '1,人均预期寿命,80,2025,预期性',
      '1,重复,80,2025,',
      'x,序号不是整数,80,2025,',
      '4.5,小数序号,80,2025,',
      '5,,80,2025,',
      '6,年份,80,25,',
      '7,属性,80,2025,鼓励性',
      '8,数值,9x5,2025,',
      '9,多一格,80,2025,,多余',
    ].join('\n');
    expect(problems(csv)).toEqual([
      `${FILE} line 3, column seq: expected each seq once, found 1 again (first at line 2)`,
      `${FILE} line 4, column seq: expected a whole number such as 7, found "x"`,
      `${FILE} line 5, column seq: expected a whole number such as 7, found "4.5"`,
      `${FILE} line 6, column name: expected the indicator name, found an empty cell`,
      `${FILE} line 7, column targetYear: expected a 4-digit year such as 2025, found "25"`,
      `${FILE} line 8, column attribute: expected 预期性 or 约束性 (or EXPECTED, BINDING), found "鼓励性"`,
      `${FILE} line 9, column target: expected a value like 95, ≥95, 【8】 or 95左右 (or a word such as 应保尽保), found "9x5"`,
      `${FILE} line 10, column 6: expected at most 5 cells (one per header column), found 6`,
    ]);
  });

  it('rejects a header with an unknown, repeated or missing column', () => {
    const [unknown, twice, missing] = problems('序号,指标,目标值,备注,target\n1,a,1,,2\n');
    expect(unknown).toMatch(
      new RegExp(`^${FILE} line 1, column 4: expected one of the headings seq, 序号, category, .*, found "备注"$`),
    );
    expect(twice).toBe(`${FILE} line 1, column target: the header names this column twice ("target" at position 5)`);
    expect(missing).toBeUndefined();
    expect(problems('seq,unit\n1,%\n')).toEqual([
      `${FILE} line 1: expected a name column (指标/指标名称), found none in the header`,
    ]);
  });

  it('rejects an empty file, a header without rows, broken quoting and bytes that are not UTF-8', () => {
    expect(problems('')).toEqual([`${FILE}: expected a header row and indicator rows, found an empty file`]);
    expect(problems('seq,name\n\n')).toEqual([`${FILE}: expected indicator rows under the header, found none`]);
    expect(problems('seq,name\n1,"a"b\n')[0]).toMatch(new RegExp(`^${FILE} line 2: expected well-formed CSV, `));
    expect(() => read(Buffer.from([0x73, 0x65, 0x71, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x0a]))).toThrow(/not valid UTF-8/);
  });
});
