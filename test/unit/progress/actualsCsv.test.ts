import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ActualsCsvError, readActualsCsv } from '../../../src/progress/actualsCsv';

const fixture = (name: string) => {
  const file = `test/fixtures/observations/${name}`;
  return { file, text: readFileSync(path.resolve(__dirname, '../../..', file), 'utf8') };
};

describe('readActualsCsv', () => {
  it('reads the synthetic actuals: regions by name or code, measures by id or printed name', () => {
    const { file, text } = fixture('synthetic-actuals.csv');
    const rows = readActualsCsv(text, file);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatchObject({
      line: 4,
      regionCode: 'chongqing/yongchuan',
      measureId: 'life-expectancy',
      year: 2023,
      value: 79.2,
      unit: '岁',
      source: 'SYNTHETIC test row (not a statistic)',
    });
  });

  it('names the line and column of every problem and rejects the whole file', () => {
    const { file, text } = fixture('synthetic-invalid.csv');
    let problems: string[] = [];
    try {
      readActualsCsv(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(ActualsCsvError);
      problems = (e as ActualsCsvError).problems;
    }
    const f = 'test/fixtures/observations/synthetic-invalid.csv';
    expect(problems).toEqual([
      `${f} line 4, column region: expected a region code (chongqing/yuzhong) or name (渝中区) from data/regions.json, found "火星区"`,
      `${f} line 5, column measure: expected a measure id from data/measures.json (life-expectancy …), found "no-such-measure"`,
      `${f} line 6, column year: expected a 4-digit year such as 2023, found "23"`,
      `${f} line 7, column value: expected a number such as 80.9, ≥95 or 【12】, found "应保尽保"`,
      `${f} line 8, column unit: expected "岁" (the unit of life-expectancy), found "%"`,
      `${f} line 9, column year: chongqing/yuzhong life-expectancy 2023 is already given on line 3`,
      `${f} line 10, column source: expected where the value comes from (a yearbook, a bulletin, a URL), found nothing`,
    ]);
  });

  it('refuses a header without the columns it needs', () => {
    expect(() => readActualsCsv('region,year,value\n渝中区,2023,1\n', 'x.csv')).toThrow(
      'x.csv line 1: no source column\nx.csv line 1: no measure or indicator column',
    );
  });
});
