import { splitStatements } from '../../../src/db/script/split';

describe('splitStatements', () => {
  it('splits on semicolons outside strings, quoted names and comments', () => {
    const script = [
      '// header; a comment with a semicolon',
      "CREATE (:A {x: 'a;b', y: \"c\\\";d\"});",
      '',
      '/* block ; comment */',
      'MATCH (n) // trailing ; comment',
      'RETURN n.`we;ird`;',
      '  ;',
      "RETURN 'it\\'s;' AS x",
    ].join('\n');
    const statements = splitStatements(script);
    expect(statements.map((s) => [s.index, s.line])).toEqual([
      [1, 2],
      [2, 5],
      [3, 8],
    ]);
    expect(statements[0]?.text).toContain("'a;b'");
    expect(statements[1]?.text).toContain('`we;ird`');
    expect(statements[2]?.text).toBe("RETURN 'it\\'s;' AS x");
  });

  it('counts lines inside multi-line strings and block comments', () => {
    const script = "CREATE (:A {t: 'line1\nline2;'});\n/*\n;\n*/\nRETURN 1;";
    expect(splitStatements(script).map((s) => s.line)).toEqual([1, 6]);
  });

  it('keeps a doubled backtick inside a quoted name', () => {
    expect(splitStatements('RETURN 1 AS `a``;b`; RETURN 2').map((s) => s.text)).toEqual(['RETURN 1 AS `a``;b`', 'RETURN 2']);
  });

  it('drops statements that are only comments or white space', () => {
    expect(splitStatements('// nothing\n;\n/* here */;  \n')).toEqual([]);
  });
});
