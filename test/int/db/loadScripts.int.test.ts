import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { ScriptLoadError } from '../../../src/db/script/errors';
import { graphCounts, useGraph } from '../../helpers/database';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-scripts-'));
function script(name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const SEVEN = [
  "// plangraph:plan demo-plan\nMERGE (p:Plan {id: 'demo-plan'}) SET p.title = '演示规划；含分号'",
  "MERGE (c:Chapter {id: 'demo-plan/ch1'}) SET c.title = '第一章'",
  "MATCH (p:Plan {id: 'demo-plan'}), (c:Chapter {id: 'demo-plan/ch1'}) MERGE (p)-[:HAS_CHAPTER]->(c)",
  "UNWIND [1, 2, 3] AS i MERGE (g:Goal {id: 'demo-plan/goal/' + i})",
  "MATCH (c:Chapter {id: 'demo-plan/ch1'}), (g:Goal) WHERE g.id STARTS WITH 'demo-plan/' MERGE (c)-[:SETS_GOAL]->(g)",
  "MERGE (i:Indicator {id: 'demo-plan/ind/1'}) SET i.name = '人均预期寿命'",
];

describe('loadScripts against the real Neo4j', () => {
  const db = useGraph('empty');

  it('loads a script in one transaction and records the load', async () => {
    const file = script('good.cypher', SEVEN.join(';\n') + ';\n');
    const [result] = await loadScripts({ executor: db.executor(), files: [file], by: 'test' });
    expect(result).toMatchObject({ statements: 6, plans: ['demo-plan'] });
    expect(result?.counters.nodesCreated).toBe(6);
    expect(result?.counters.relationshipsCreated).toBe(4);
    const [load] = await db
      .executor()
      .read('MATCH (l:Load {file: $file})-[:LOADED]->(p:Plan) RETURN l.sha256 AS sha, l.by AS by, p.id AS plan', {
        file,
      });
    expect(load).toEqual({ sha: result?.sha256, by: 'test', plan: 'demo-plan' });
  });

  it('is idempotent: loading the same script again leaves the counts unchanged', async () => {
    const file = script('good.cypher', SEVEN.join(';\n') + ';\n');
    const before = await graphCounts(db.executor());
    const [again] = await loadScripts({ executor: db.executor(), files: [file], by: 'test' });
    expect(again?.counters.nodesCreated).toBe(0);
    expect(again?.counters.relationshipsCreated).toBe(0);
    expect(await graphCounts(db.executor())).toEqual(before);
  });

  it('rolls back the whole file when statement 7 fails, naming statement 7 and its line', async () => {
    const broken = [
      ...SEVEN.slice(0, 6).map((s) => s.replace(/demo-plan/g, 'atomic-plan')),
      'MATCH (x) RETURN x.id / 0 AS boom',
    ];
    const file = script('atomic.cypher', '// an admin edit gone wrong\n' + broken.join(';\n') + ';\n');
    const before = await graphCounts(db.executor(), { withAudit: true });
    const error = await loadScripts({ executor: db.executor(), files: [file], by: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptLoadError);
    expect(error).toMatchObject({ code: 'STATEMENT_FAILED', statement: 7, line: 9, file });
    expect((error as Error).message).toMatch(/statement 7 \(line 9\) failed/);
    expect(await graphCounts(db.executor(), { withAudit: true })).toEqual(before);
  });

  it('reports a syntax error with the statement and line', async () => {
    const file = script('syntax.cypher', "CREATE (:Probe {id: 'ok'});\n\nMATCH (n RETURN n;\n");
    const error = await loadScripts({ executor: db.executor(), files: [file], by: 'test' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STATEMENT_FAILED', statement: 2, line: 3 });
    expect((error as Error).message).toMatch(/Neo\.ClientError\.Statement\.SyntaxError/);
    expect(await db.executor().read("MATCH (n:Probe {id: 'ok'}) RETURN n")).toEqual([]);
  });

  it('refuses a missing file and a non-UTF-8 file before running anything', async () => {
    const good = script('first.cypher', "CREATE (:Probe {id: 'first'});");
    const missing = path.join(dir, 'nope.cypher');
    await expect(loadScripts({ executor: db.executor(), files: [good, missing], by: 'test' })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      file: missing,
      message: `${missing}: no such file; expected a UTF-8 Cypher script (statements separated by ;)`,
    });
    const gbk = script('gbk.cypher', Buffer.from([0x43, 0x52, 0x45, 0x41, 0x54, 0x45, 0x20, 0xd6, 0xd0, 0xce, 0xc4]));
    await expect(loadScripts({ executor: db.executor(), files: [gbk], by: 'test' })).rejects.toMatchObject({
      code: 'NOT_UTF8',
    });
    expect(await db.executor().read("MATCH (n:Probe {id: 'first'}) RETURN n")).toEqual([]);
  });

  it('applies a schema-only script through applySchema, statement by statement, idempotently', async () => {
    const file = script(
      'schema.cypher',
      'CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (n:Probe) REQUIRE n.id IS UNIQUE;\nCREATE INDEX probe_name IF NOT EXISTS FOR (n:Probe) ON (n.name);\n',
    );
    const first = await applySchema(db.executor(), file);
    const second = await applySchema(db.executor(), file);
    expect(first).toMatchObject({ constraintsAdded: 1, indexesAdded: 1 });
    expect(
      first.applied.map((a) => [a.statement, a.line, a.counters.constraintsAdded, a.counters.indexesAdded]),
    ).toEqual([
      [1, 1, 1, 0],
      [2, 2, 0, 1],
    ]);
    expect(second).toMatchObject({ constraintsAdded: 0, indexesAdded: 0 });
    const names = (await db.executor().read('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(names).toContain('probe_id');
    await db.executor().autoCommit('DROP CONSTRAINT probe_id IF EXISTS');
    await db.executor().autoCommit('DROP INDEX probe_name IF EXISTS');
  });

  it('refuses a data script with a schema statement, and a schema script with a data statement', async () => {
    const file = script('mixed.cypher', 'CREATE (:X {a: 1});\nCREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.a);');
    await expect(loadScripts({ executor: db.executor(), files: [file], by: 'test' })).rejects.toMatchObject({
      code: 'SCHEMA_REFUSED',
      statement: 2,
      line: 2,
    });
    await expect(applySchema(db.executor(), file)).rejects.toMatchObject({ code: 'MIXED_SCHEMA', statement: 1 });
    expect(await db.executor().read('MATCH (n:X) RETURN n')).toEqual([]);
  });

  it('runs cypher-shell :param commands as cypher-shell does: map and arrow forms, values typed as written', async () => {
    const file = script(
      'params.cypher',
      ":param {rows: [\n  {id: 'p/1', n: 81, x: 81.0},\n  {id: 'p/2', n: 7, x: 0.5}\n]}\n" +
        ":param tag => 'probe;x'\n" +
        'UNWIND $rows AS row\n' +
        'MERGE (n:Param {id: row.id}) SET n.n = row.n, n.x = row.x, n.tag = $tag;\n',
    );
    const [result] = await loadScripts({ executor: db.executor(), files: [file], by: 'test' });
    expect(result?.counters.nodesCreated).toBe(2);
    const rows = await db
      .executor()
      .read('MATCH (n:Param) RETURN n.id AS id, valueType(n.n) AS n, valueType(n.x) AS x, n.tag AS tag ORDER BY id');
    expect(rows).toEqual([
      { id: 'p/1', n: 'INTEGER NOT NULL', x: 'FLOAT NOT NULL', tag: 'probe;x' },
      { id: 'p/2', n: 'INTEGER NOT NULL', x: 'FLOAT NOT NULL', tag: 'probe;x' },
    ]);
    await db.executor().write('MATCH (n:Param) DETACH DELETE n');
  });

  it('refuses other cypher-shell commands and a malformed :param before anything runs', async () => {
    const begin = script('begin.cypher', ':begin\nCREATE (:Y {a: 1});\n:commit\n');
    await expect(loadScripts({ executor: db.executor(), files: [begin], by: 'test' })).rejects.toMatchObject({
      code: 'COMMAND_REFUSED',
      statement: 1,
      line: 1,
    });
    const bad = script('badparam.cypher', 'CREATE (:Y {a: 1});\n:param rows\n');
    await expect(loadScripts({ executor: db.executor(), files: [bad], by: 'test' })).rejects.toMatchObject({
      code: 'COMMAND_REFUSED',
      statement: 2,
      line: 2,
      message: expect.stringMatching(/expected `:param \{name: value/) as string,
    });
    const outside = script('outside.cypher', ":param {rows: apoc.load.json('http://example.org/x')}\nRETURN $rows;\n");
    await expect(loadScripts({ executor: db.executor(), files: [outside], by: 'test' })).rejects.toMatchObject({
      code: 'STATEMENT_REFUSED',
      statement: 1,
    });
    expect(await db.executor().read('MATCH (n:Y) RETURN n')).toEqual([]);
  });
});
