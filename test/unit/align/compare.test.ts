import { compareValues, type CompareOptions, type Side } from '../../../src/align/compare';
import type { Comparator } from '../../../src/ingest/types';

const v = (raw: string, value: number | null, comparator: Comparator | null = 'EQ', cumulative = false): Side => ({
  raw,
  value,
  comparator,
  year: 2025,
  cumulative,
});
const rate: CompareOptions = { unitsAgree: true, kind: 'rate', higherIsBetter: true };

describe('compareValues', () => {
  it('compares plain numbers, and says who is ahead by the measure direction', () => {
    expect(compareValues(v('81', 81), v('79.72', 79.72), rate)).toMatchObject({ comparison: 'ABOVE', ahead: true });
    expect(compareValues(v('79.5', 79.5), v('79.72', 79.72), rate)).toMatchObject({
      comparison: 'BELOW',
      ahead: false,
    });
    expect(compareValues(v('＜5', 5, 'LT'), v('5.3', 5.3), { ...rate, higherIsBetter: false })).toMatchObject({
      comparison: 'BELOW',
      ahead: true,
    });
    expect(compareValues(v('4.5', 4.5), v('4.5', 4.5), rate)).toMatchObject({ comparison: 'EQUAL', ahead: false });
  });

  it('compares commitments by their bounds: ≥4.5 vs 4.5 is never BELOW', () => {
    expect(compareValues(v('≥4.5', 4.5, 'GE'), v('4.5', 4.5), rate).comparison).toBe('EQUAL');
    expect(compareValues(v('100', 100), v('＞96', 96, 'GT'), rate).comparison).toBe('ABOVE');
    expect(compareValues(v('＞12.5', 12.5, 'GT'), v('12', 12), rate).comparison).toBe('ABOVE');
    expect(compareValues(v('≥30', 30, 'GE'), v('37.2', 37.2), rate).comparison).toBe('BELOW');
    expect(compareValues(v('2.1 : 1 左右', 2.1, 'APPROX'), v('2.21 : 1', 2.21), rate).comparison).toBe('BELOW');
  });

  it('does not compare a floor with a ceiling', () => {
    expect(compareValues(v('≥90', 90, 'GE'), v('<95', 95, 'LT'), rate)).toMatchObject({
      comparison: 'NOT_COMPARABLE',
      ahead: null,
    });
  });

  it('never compares a 【】 five-year total with a yearly value, nor a district total with the city total', () => {
    expect(compareValues(v('【20】', 20, 'EQ', true), v('5.3', 5.3), rate).reason).toMatch(/five-year total/);
    expect(
      compareValues(v('【20】', 20, 'EQ', true), v('【＞300】', 300, 'GT', true), { ...rate, kind: 'total' }).reason,
    ).toMatch(/part of the city/);
  });

  it('does not compare non-numeric values or disagreeing units', () => {
    expect(compareValues(v('应保尽保', null, null), v('应保尽保', null, null), rate).reason).toMatch(/not numeric/);
    expect(compareValues(v('81', 81), v('79.3', 79.3), { ...rate, unitsAgree: false }).reason).toBe('units differ');
    expect(compareValues(v('81', 81), v('79.3', 79.3), { ...rate, unitsAgree: null }).reason).toBe('unit unknown');
  });

  it('leaves ahead unknown when the direction is a policy choice', () => {
    expect(compareValues(v('30', 30), v('40', 40), { ...rate, higherIsBetter: null })).toMatchObject({
      comparison: 'BELOW',
      ahead: null,
    });
  });
});
