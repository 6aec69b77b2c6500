import { parseCellValue, readCellValue } from '../../../src/ingest/indicators/values';

describe('parseCellValue', () => {
  it.each([
    ['81', 81, 'EQ'],
    ['≥98', 98, 'GE'],
    ['≧4.5', 4.5, 'GE'],
    ['≤1.2', 1.2, 'LE'],
    ['≦3', 3, 'LE'],
    ['>95', 95, 'GT'],
    ['＞80', 80, 'GT'],
    ['大于90', 90, 'GT'],
    ['<5.5', 5.5, 'LT'],
    ['＜4.5', 4.5, 'LT'],
    ['小于3', 3, 'LT'],
    ['95 左右', 95, 'APPROX'],
    ['约 12', 12, 'APPROX'],
    ['≈7', 7, 'APPROX'],
    ['95%以上', 95, 'GE'],
    ['100%', 100, 'EQ'],
    ['【5.78】', 5.78, 'EQ'],
    ['【＞300】', 300, 'GT'],
    ['2.21 : 1', 2.21, 'EQ'],
    ['1.92:1', 1.92, 'EQ'],
    ['2.1 : 1 左右', 2.1, 'APPROX'],
    ['1031 （累计）', 1031, 'EQ'],
    ['-0.5', -0.5, 'EQ'],
    ['１２．５', 12.5, 'EQ'],
    ['2,669', 2669, 'EQ'],
  ] as const)('%s → %d %s', (raw, value, comparator) => {
    expect(parseCellValue(raw)).toEqual({ raw: raw.trim(), value, comparator });
  });

  it.each(['应保尽保', '—', '-', '无', '稳步提高', ''])('%s is not numeric', (raw) => {
    expect(parseCellValue(raw)).toEqual({ raw, value: null, comparator: null });
  });

  it('keeps the printed text, tidied, as raw', () => {
    expect(parseCellValue('\u3000≥ 60 ').raw).toBe('≥ 60');
    expect(parseCellValue('≥ 60').value).toBe(60);
  });

  it('leaves a range null and says so', () => {
    expect(parseCellValue('80-85')).toEqual({ raw: '80-85', value: null, comparator: null });
    expect(readCellValue('5-5.5*').issue).toBe('RANGE');
    expect(readCellValue('80～85').issue).toBe('RANGE');
  });

  it('reports brackets, notes and unreadable numbers', () => {
    expect(readCellValue('【20】').bracketed).toBe(true);
    expect(readCellValue('200 （新增）')).toMatchObject({ qualifier: '新增', issue: 'QUALIFIED' });
    expect(readCellValue('12.5万亩').issue).toBe('UNPARSED');
    expect(readCellValue('应保尽保').issue).toBeNull();
  });
});
