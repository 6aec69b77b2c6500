import { liftUnwindLiteral } from '../../../src/db/script/literalParams';

describe('liftUnwindLiteral', () => {
  it('lifts a leading literal list into $rows, keeping integers as BigInt (Cypher INTEGER) and floats as numbers', () => {
    const lifted = liftUnwindLiteral("// header\nUNWIND [\n  {id: 'a/1', seq: 1, value: 79.72, big: -2.5e3, ok: true, none: null},\n  // an admin's note\n  {id: 'a/2', `odd key`: \"x\", list: [1, 'y']}\n] AS row\nMERGE (n:X {id: row.id})");
    expect(lifted?.cypher).toBe('// header\nUNWIND $rows AS row\nMERGE (n:X {id: row.id})');
    expect(lifted?.params.rows).toEqual([
      { id: 'a/1', seq: 1n, value: 79.72, big: -2500, ok: true, none: null },
      { id: 'a/2', 'odd key': 'x', list: [1n, 'y'] },
    ]);
  });

  it('decodes string escapes the way Cypher does', () => {
    const lifted = liftUnwindLiteral("UNWIND [{t: 'it\\'s \\\"quoted\\\"\\n\\u6258\\u80b2 \\\\ end'}] AS row RETURN row");
    expect(lifted?.params.rows).toEqual([{ t: 'it\'s "quoted"\n托育 \\ end' }]);
  });

  it('leaves statements alone unless the list is pure data used only through its alias', () => {
    expect(liftUnwindLiteral('MATCH (n) RETURN n')).toBeNull();
    expect(liftUnwindLiteral('UNWIND [1, x] AS y RETURN y')).toBeNull();
    expect(liftUnwindLiteral('UNWIND [1, 2] AS y RETURN y, $rows')).toBeNull();
    expect(liftUnwindLiteral("UNWIND [{a: 'unterminated}] AS y RETURN y")).toBeNull();
    expect(liftUnwindLiteral('UNWIND [1, 2] + [3] AS y RETURN y')).toBeNull();
  });
});
