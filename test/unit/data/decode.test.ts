import * as decode from '../../../src/data/decode';
import { RollUpMethodValue, type IndicatorRecord } from '../../../src/data/records';

const end = (id: string) => ({ label: 'Indicator', id, planId: 'p' }) as unknown as IndicatorRecord;
const link = {
  method: 'exact',
  score: 1,
  unitsAgree: true,
  fromValue: '81',
  toValue: '79.72',
  toValueColumn: 'BASELINE',
  comparison: 'ABOVE',
  status: 'AHEAD',
  comparisonNote: '81 vs 79.72 in 2025',
  comparedYear: 2025,
  ahead: true,
  depth: 1,
};

describe('decoding rows at the boundary', () => {
  it('types a roll-up step, the comparison as the generated enum', () => {
    const s = decode.step(link, 'step', end('a'), end('b'));
    expect(s).toMatchObject({ method: RollUpMethodValue.EXACT, comparison: 'ABOVE', status: 'AHEAD', depth: 1 });
    expect([s.from.id, s.to.id]).toEqual(['a', 'b']);
    expect(decode.step({ ...link, comparison: null }, 'step', end('a'), end('b')).comparison).toBeNull();
  });

  it('names the field that is not what the record type says', () => {
    expect(() => decode.step({ ...link, comparison: 'HIGHER' }, 'steps[3]', end('a'), end('b'))).toThrow(
      /steps\[3\]\.comparison should be ABOVE \| BELOW \| EQUAL \| NOT_COMPARABLE, got "HIGHER"/,
    );
    expect(() => decode.step({ ...link, score: '1' }, 'step', end('a'), end('b'))).toThrow(
      /step\.score should be a number/,
    );
    expect(() => decode.indicator({ label: 'Plan', id: 'x' }, 'item')).toThrow(/item\.label should be 'Indicator'/);
    expect(() => decode.indicator({ label: 'Indicator' }, 'item')).toThrow(/item\.id should be a string/);
  });

  it('checks a planned struct’s entries', () => {
    expect(decode.planned()({ _planned: [{ key: 'steps', value: [] }] }, 'item')).toBeDefined();
    expect(() => decode.planned()({ _planned: [{ value: [] }] }, 'item')).toThrow(/item\._planned\[0\]\.key/);
  });
});
