import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isPlanSweep } from '../../../src/db/script/deletes';
import { parseScript } from '../../../src/db/script/readScript';
import { schemaCommand } from '../../../src/db/script/schemaCommand';

describe('schemaCommand', () => {
  it.each([
    ['DROP CONSTRAINT plan_id', 'DROP CONSTRAINT'],
    ['drop index plangraph_text if exists', 'DROP INDEX'],
    ['CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (n:Plan) ON EACH [n.title]', 'CREATE INDEX'],
    ['CREATE OR REPLACE DATABASE x', 'CREATE DATABASE'],
    ['// note\nCREATE /* c */ CONSTRAINT x FOR (n:X) REQUIRE n.id IS UNIQUE', 'CREATE CONSTRAINT'],
    ['USE system CREATE USER bob SET PASSWORD $p', 'CREATE USER'],
    ['GRANT ROLE admin TO bob', 'GRANT'],
    ['ALTER USER neo4j SET PASSWORD $p', 'ALTER'],
    ['TERMINATE TRANSACTIONS $ids', 'TERMINATE'],
  ])('%s is %s', (text, command) => {
    expect(schemaCommand(text)).toBe(command);
  });

  it.each([
    "CREATE (:Index {name: 'DROP INDEX x'})",
    'MERGE (c:Constraint {id: 1})',
    "MATCH (n) WHERE n.note = 'CREATE INDEX' RETURN n",
    'CREATE (n)-[:INDEX]->(m)',
  ])('%s is a data statement', (text) => {
    expect(schemaCommand(text)).toBeNull();
  });
});

describe('isPlanSweep', () => {
  const file = path.resolve(__dirname, '../../../cypher/plans/jiangbei-2021-2025-public-services.cypher');
  const script = parseScript(readFileSync(file), file);
  const own = { rows: [{ planId: script.plans[0], revision: 'any' }] };

  it("recognises every generated sweep statement run for the script's own plan, and nothing else in it", () => {
    const sweeps = script.statements.filter((s) => isPlanSweep(s, own, script.plans));
    expect(sweeps.length).toBeGreaterThanOrEqual(8);
    expect(sweeps.every((s) => /DELETE [nr]$/.test(s.text))).toBe(true);
    expect(script.statements.filter((s) => /DELETE/.test(s.text) && !isPlanSweep(s, own, script.plans))).toEqual([]);
  });

  it('refuses the same statements run for another plan, and edited ones', () => {
    const [sweep] = script.statements.filter((s) => isPlanSweep(s, own, script.plans));
    expect(sweep).toBeDefined();
    const s = sweep as (typeof script.statements)[number];
    expect(
      isPlanSweep(s, { rows: [{ planId: 'yuzhong-2021-2025-public-services', revision: 'any' }] }, script.plans),
    ).toBe(false);
    expect(
      isPlanSweep(
        s,
        { rows: [...own.rows, { planId: 'yuzhong-2021-2025-public-services', revision: 'any' }] },
        script.plans,
      ),
    ).toBe(false);
    expect(isPlanSweep(s, {}, script.plans)).toBe(false);
    expect(isPlanSweep(s, own, ['yuzhong-2021-2025-public-services'])).toBe(false);
    expect(isPlanSweep({ ...s, text: s.text.replace('WHERE', 'WHERE true OR') }, own, script.plans)).toBe(false);
    expect(isPlanSweep({ index: 1, line: 1, text: 'MATCH (n) DETACH DELETE n' }, own, script.plans)).toBe(false);
  });
});
