import * as decode from '../../../src/data/decode';
import * as shapes from '../../../src/data/shapes';
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
    const s = shapes.step(link, 'step', end('a'), end('b'));
    expect(s).toMatchObject({ method: RollUpMethodValue.EXACT, comparison: 'ABOVE', status: 'AHEAD', depth: 1 });
    expect([s.from.id, s.to.id]).toEqual(['a', 'b']);
    expect(shapes.step({ ...link, comparison: null }, 'step', end('a'), end('b')).comparison).toBeNull();
  });

  it('names the field that is not what the record type says', () => {
    expect(() => shapes.step({ ...link, comparison: 'HIGHER' }, 'steps[3]', end('a'), end('b'))).toThrow(
      /steps\[3\]\.comparison should be ABOVE \| BELOW \| EQUAL \| NOT_COMPARABLE, got "HIGHER"/,
    );
    expect(() => shapes.step({ ...link, score: '1' }, 'step', end('a'), end('b'))).toThrow(
      /step\.score should be a number/,
    );
    expect(() => shapes.indicator({ label: 'Plan', id: 'x' }, 'item')).toThrow(/item\.label should be 'Indicator'/);
    expect(() => shapes.indicator({ label: 'Indicator' }, 'item')).toThrow(/item\.id should be a string/);
  });

  it('checks planned entries in the order planned, each value by its own decoder, named by its key', () => {
    const check = decode.plannedEntries([
      ['steps', decode.list(decode.num)],
      ['top', decode.nullable(shapes.indicator.properties)],
    ]);
    const row = (steps: unknown, top: unknown) => ({
      _planned: [
        { key: 'steps', value: steps },
        { key: 'top', value: top },
      ],
    });
    expect(() => check(row([1, 2], { id: 'i' }), 'item')).not.toThrow();
    expect(() => check(row([1, 2], null), 'item')).not.toThrow();
    expect(() => check(row([1, 'x'], null), 'item')).toThrow(/item\.steps\[1\] should be a number/);
    expect(() => check(row([], { id: 'i', targetComparator: '>=' }), 'item')).toThrow(
      /item\.top\.targetComparator should be EQ/,
    );
    expect(() => check({ _planned: [{ key: 'top', value: null }] }, 'item')).toThrow(/item\._planned should be 2/);
    expect(() => check({ _planned: [{ value: [] }, { key: 'top' }] }, 'item')).toThrow(/item\._planned\[0\]\.key/);
    expect(() => decode.plannedEntries([])({}, 'item')).not.toThrow();
  });
});

describe('pages', () => {
  const plans = decode.page(shapes.plan);
  it('reads {total, items} at its offset; no items when nothing matched', () => {
    const plan = { label: 'Plan', id: 'p', level: 'municipal' };
    expect(plans({ total: 3, items: [plan] }, 2)).toEqual({ items: [plan], offset: 2, totalCount: 3 });
    expect(plans({}, 0)).toEqual({ items: [], offset: 0, totalCount: 0 });
  });
  it('names the item that is wrong', () => {
    expect(() => plans({ total: 2, items: [{ label: 'Plan', id: 'a' }, { label: 'Plan' }] }, 0)).toThrow(
      /items\[1\]\.id should be a string/,
    );
    expect(() => plans({ total: '2', items: [] }, 0)).toThrow(/total should be a number/);
  });
});
