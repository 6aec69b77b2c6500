import { cypherLiteral, cypherName, cypherString, float } from '../../../src/graph/cypherLiteral';

// Reads a single-quoted Cypher string back, following the escapes Neo4j's parser accepts.
function unquote(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "'") throw new Error(`unescaped quote at ${i} in ${literal}`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i]!;
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (simple[next] !== undefined) out += simple[next];
    else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

describe('cypherString', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['line1\nline2', "'line1\\nline2'"],
    ['cr\r\nlf', "'cr\\r\\nlf'"],
    ['tab\there', "'tab\\there'"],
    ['重庆市“十四五”公共服务规划', "'重庆市“十四五”公共服务规划'"],
    ['', "''"],
  ])('%j → %s', (input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });

  it('spells control characters and line separators as \\u escapes', () => {
    expect(cypherString('a\u0000b\u001fc\u2028d\u2029')).toBe("'a\\u0000b\\u001fc\\u2028d\\u2029'");
  });

  it('never leaves a raw line break, so a literal cannot end a statement', () => {
    expect(cypherString("x;\n// y'; MATCH (n) DETACH DELETE n;\n")).not.toMatch(/[\n\r]/);
  });

  it.each([
    "'; MATCH (n) DETACH DELETE n; //",
    "back\\\\slash\\'quote",
    '\\u0041 stays literal',
    '"double" and `tick`',
    '𠀀 astral 🙂 and 　full-width space',
    ';\n;\r\n',
  ])('round-trips %j', (s) => {
    expect(unquote(cypherString(s))).toBe(s);
  });
});

describe('cypherLiteral', () => {
  it('spells scalars', () => {
    expect(cypherLiteral(null)).toBe('null');
    expect(cypherLiteral(true)).toBe('true');
    expect(cypherLiteral(false)).toBe('false');
    expect(cypherLiteral(81)).toBe('81');
    expect(cypherLiteral(-3)).toBe('-3');
    expect(cypherLiteral(79.72)).toBe('79.72');
    expect(cypherLiteral(0)).toBe('0');
  });

  it('forces floats where asked, so one property never mixes INTEGER and FLOAT', () => {
    expect(cypherLiteral(float(81))).toBe('81.0');
    expect(cypherLiteral(float(79.3))).toBe('79.3');
    expect(cypherLiteral(float(-0))).toBe('-0.0');
    expect(cypherLiteral(float(null))).toBe('null');
  });

  it('spells large and tiny numbers the way Cypher reads them', () => {
    expect(cypherLiteral(1e21)).toBe('1e21');
    expect(cypherLiteral(2 ** 60)).toBe('1152921504606847000.0');
    expect(cypherLiteral(1.5e-7)).toBe('1.5e-7');
  });

  it('rejects numbers Cypher cannot spell', () => {
    expect(() => cypherLiteral(NaN)).toThrow(RangeError);
    expect(() => cypherLiteral(Infinity)).toThrow(RangeError);
    expect(() => cypherLiteral(float(-Infinity))).toThrow(RangeError);
  });

  it('spells lists and maps, dropping undefined and keeping null', () => {
    expect(cypherLiteral([1, 'a', null, [true]])).toBe("[1, 'a', null, [true]]");
    expect(cypherLiteral({ id: 'x', n: 2, gone: undefined, none: null, nested: { k: ['v'] } })).toBe(
      "{id: 'x', n: 2, none: null, nested: {k: ['v']}}",
    );
    expect(cypherLiteral([])).toBe('[]');
    expect(cypherLiteral({})).toBe('{}');
  });

  it('quotes map keys that are not identifiers', () => {
    expect(cypherLiteral({ 'fulltext.analyzer': 'cjk', 名称: 1, 'a`b': 2 })).toBe(
      "{`fulltext.analyzer`: 'cjk', `名称`: 1, `a``b`: 2}",
    );
    expect(cypherName('planId')).toBe('planId');
    expect(cypherName('1st')).toBe('`1st`');
  });
});
