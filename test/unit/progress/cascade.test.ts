import { cascade, type DistrictTarget } from '../../../src/progress/cascade';
import { parseCellValue } from '../../../src/ingest/indicators/values';

const d = (region: string, raw: string, unit = '万人'): DistrictTarget => ({
  ...parseCellValue(raw),
  region,
  indicatorId: `${region}/ind`,
  cumulative: raw.includes('【'),
  unit,
});
const city = { ...parseCellValue('【＞300】'), cumulative: true, unit: '万人' };

describe('cascade', () => {
  it("sums the districts' totals against the city's with their coverage", () => {
    const c = cascade({
      kind: 'total',
      city,
      districts: [d('jiangbei', '【15】'), d('changshou', '【8】'), d('yongchuan', '【12】'), d('yuzhong', '【20】')],
      regionCount: 38,
    });
    expect(c).toMatchObject({ counted: 4, covered: 4, regionCount: 38, complete: false, sum: 55, shareOfCity: 0.1833 });
  });

  it('leaves out what does not add up, saying why', () => {
    const c = cascade({
      kind: 'total',
      city,
      districts: [d('a', '【15】'), d('b', '860', '万平方米'), d('c', '12'), d('e', '应保尽保')],
      regionCount: 38,
    });
    expect(c.sum).toBe(15);
    expect(c.covered).toBe(4);
    expect(c.excluded).toEqual([
      "b: unit 万平方米, the city's is 万人",
      'c: a level against a 【】 five-year total',
      'e: not numeric (应保尽保)',
    ]);
  });

  it("spreads rates around the city's", () => {
    const rate = (region: string, raw: string) => d(region, raw, '岁');
    const c = cascade({
      kind: 'rate',
      city: { ...parseCellValue('79.72'), cumulative: false, unit: '岁' },
      districts: [rate('a', '81'), rate('b', '79.5'), rate('c', '79.3'), rate('e', '81')],
      regionCount: 38,
    });
    expect(c).toMatchObject({ sum: null, min: 79.3, max: 81, median: 80.25, above: 2, below: 2, equal: 0 });
  });
});
