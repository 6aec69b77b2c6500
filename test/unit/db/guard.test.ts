import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ScriptLoadError } from '../../../src/db/script/errors';
import { refusal } from '../../../src/db/script/guard';
import { parseScript } from '../../../src/db/script/readScript';

const B = '\\';
const URL = "'http://127.0.0.1:4199/x.csv'";

describe('statements that reach outside the graph are refused', () => {
  it.each([
    ['LOAD CSV', `LOAD CSV FROM ${URL} AS row CREATE (:X {v: row[0]})`, 'LOAD CSV'],
    ['lower case', `load csv with headers from ${URL} as row return row`, 'LOAD CSV'],
    ['a block comment between the words', `LOAD/**/CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['a line comment between the words', `LOAD // why not\n  CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['after a comment a CR ends', `// harmless\rLOAD CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['spelled with an escape', `${B}u004cOAD CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['NEL between the words', `LOAD\u0085CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['after a string', `WITH 'LOAD CSV' AS s LOAD CSV FROM ${URL} AS row RETURN row`, 'LOAD CSV'],
    ['a dbms procedure', 'CALL dbms.components() YIELD name RETURN name', 'CALL dbms.components'],
    ['apoc.load', `CALL apoc.load.json(${URL}) YIELD value RETURN value`, 'CALL apoc.load.json'],
    [
      'apoc.import',
      "CALL apoc.import.csv([{fileName: 'file:///x.csv', labels: ['X']}], [], {})",
      'CALL apoc.import.csv',
    ],
    ['apoc.export', "CALL apoc.export.csv.all('/tmp/x.csv', {})", 'CALL apoc.export.csv.all'],
    ['a quoted procedure name', 'CALL `apoc`.`load`.json($u) YIELD value RETURN value', 'CALL apoc.load.json'],
    ['OPTIONAL CALL without parentheses', 'OPTIONAL CALL db.labels YIELD label RETURN label', 'CALL db.labels'],
    [
      'a plugin function',
      `RETURN apoc.cypher.runFirstColumnSingle('LOAD CSV FROM ${URL.slice(1, -1)} AS r RETURN r', {}) AS x`,
      'the function apoc.cypher.runFirstColumnSingle',
    ],
    ['an escaped quote', `RETURN '${B}u0027 + 1 AS x`, `the escape ${B}u0027`],
    ['an escaped line break in a comment', `RETURN 1 AS x // ${B}u000dCREATE (:X)`, `the escape ${B}u000d`],
  ])('%s', (_name, statement, what) => {
    expect(refusal(statement)?.what.slice(0, what.length)).toBe(what);
  });

  it.each([
    ['the words in a string', "CREATE (:Note {text: 'LOAD CSV FROM x; CALL apoc.load.json(y)'})"],
    ['the words in comments', '// LOAD CSV, CALL dbms.components()\nMERGE (n:X {id: 1}) /* LOAD CSV */'],
    [
      'subqueries',
      'MATCH (p:Plan) CALL (p) { MATCH (p)-->(c) RETURN count(c) AS n } CALL { RETURN 1 AS one } RETURN n, one',
    ],
    [
      "Cypher's own namespaced functions",
      "RETURN date.truncate('month', date()) AS d, duration.between(date(), date()) AS e, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS f",
    ],
    ['properties called load, csv and call', 'MATCH (n) WHERE n.load = n.csv SET n.call = 1, n += {call: 2}'],
    ['escaped characters in strings', `CREATE (:X {t: 'it${B}'s ${B}${B}u000d ${B}u0085 ${B}n'})`],
  ])('%s are fine', (_name, statement) => {
    expect(refusal(statement)).toBeNull();
  });

  it('names the file, statement, line and what is refused, before anything runs', () => {
    const script =
      "CREATE (:A);\n\n// fetch it\nMATCH (a:A)\nLOAD CSV FROM 'http://127.0.0.1:4199/x.csv' AS row\nSET a.v = row[0];\n";
    const error = (() => {
      try {
        parseScript(Buffer.from(script), 'leak.cypher');
      } catch (err) {
        return err as ScriptLoadError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ScriptLoadError);
    expect(error).toMatchObject({ code: 'STATEMENT_REFUSED', statement: 2, line: 5 });
    expect(error?.message).toMatch(
      /^leak\.cypher: statement 2 \(line 5\) is refused: LOAD CSV — it makes the database server read a file or URL; /,
    );
  });

  it('accepts every bundled script', () => {
    const dir = path.resolve(__dirname, '../../../cypher');
    const files = [
      'schema.cypher',
      'reference.cypher',
      ...['plans', 'curation'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => path.join(d, f))),
    ];
    for (const file of files) expect(() => parseScript(readFileSync(path.join(dir, file)), file)).not.toThrow();
  });
});
