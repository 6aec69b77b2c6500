import { splitStatements } from '../../../src/db/script/split';

describe('splitStatements', () => {
  it('splits on semicolons outside strings, quoted names and comments', () => {
    const script = [
      '// header; a comment with a semicolon',
      'CREATE (:A {x: \'a;b\', y: "c\\";d"});',
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
    expect(splitStatements('RETURN 1 AS `a``;b`; RETURN 2').map((s) => s.text)).toEqual([
      'RETURN 1 AS `a``;b`',
      'RETURN 2',
    ]);
  });

  it('drops statements that are only comments or white space', () => {
    expect(splitStatements('// nothing\n;\n/* here */;  \n')).toEqual([]);
  });
});

// cypher-shell's own rules (ShellStatementParser): `:param {…}` ends after its map, which may span
// lines and hold braces and semicolons in strings; any other command ends at its line's end.
describe('splitStatements: cypher-shell commands', () => {
  it('reads a multi-line :param map as one command, and the statement after it', () => {
    const script =
      "// rows\n:param {rows: [\n  {id: 'a;}', n: 1},\n  {id: 'b', n: {x: 2}}\n]}\nUNWIND $rows AS row\nMERGE (n:X {id: row.id});\n";
    const [param, merge] = splitStatements(script);
    expect(param).toMatchObject({
      index: 1,
      line: 2,
      command: { name: ':param', argument: "{rows: [\n  {id: 'a;}', n: 1},\n  {id: 'b', n: {x: 2}}\n]}" },
    });
    expect(merge).toMatchObject({ index: 2, line: 6, text: 'UNWIND $rows AS row\nMERGE (n:X {id: row.id})' });
    expect(merge?.command).toBeUndefined();
  });

  it('ends the arrow form and other commands at the end of the line, without a trailing semicolon', () => {
    const statements = splitStatements(':param year => 2025;\n:BEGIN\nRETURN $year;\n:commit');
    expect(statements.map((s) => s.command ?? s.text)).toEqual([
      { name: ':param', argument: 'year => 2025' },
      { name: ':begin', argument: '' },
      'RETURN $year',
      { name: ':commit', argument: '' },
    ]);
  });

  it('runs an unclosed map to the end of the file, as cypher-shell does', () => {
    const statements = splitStatements(':param {rows: [\nRETURN 1;\nRETURN 2;');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.command?.name).toBe(':param');
  });

  it('sees a colon inside a statement as Cypher', () => {
    expect(splitStatements('MATCH (n:Plan)\n:param x => 1').map((s) => s.command?.name ?? 'cypher')).toEqual([
      'cypher',
    ]);
  });
});
