import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledScripts, cypherDir } from '../../../src/bootstrap';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { loadWrite, loadWrites } from '../../../src/db/write/runWrite';
import { planWrite, referenceWrite, renderScript } from '../../../src/graph';
import { readPlanFile } from '../../../src/ingest';
import { PARSER_VERSION } from '../../../src/manage/planScript';
import { scriptSource } from '../../../src/manage/shownWrite';
import { graphDump, useGraph, wipe } from '../../helpers/database';

// Metamorphic: a plan loaded as data (what npm start and plangraph add do) and the same plan's
// script loaded as a script (`:param` lines valued by Neo4j, as cypher-shell values them) must
// leave the same graph, property types included; and either path rerun over the other changes nothing.

const root = path.resolve(__dirname, '../../..');
const scripts = bundledScripts().filter((f) => f.includes(`${path.sep}plans${path.sep}`));
const planSource = (file: string) => scriptSource(readFileSync(file, 'utf8')) as string;
const writes = () => [
  { write: referenceWrite(), file: path.join(cypherDir, 'reference.cypher') },
  ...scripts.map((file) => ({
    write: planWrite(readPlanFile(path.join(root, planSource(file)), planSource(file)), {
      parserVersion: PARSER_VERSION,
    }),
    file,
  })),
];

describe('a plan loaded as data and as its script', () => {
  const db = useGraph('empty');
  let asData: string[] = [];

  beforeAll(async () => {
    await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
  });

  it('the committed scripts are exactly the writes rendered (so both paths load the same thing)', () => {
    for (const { write, file } of writes()) expect(renderScript(write)).toBe(readFileSync(file, 'utf8'));
  });

  it('loads as data', async () => {
    for (const { write, file } of writes())
      await loadWrite(db.executor(), write, { file, sha256: 'test' }, { by: 'test' });
    asData = await graphDump(db.executor());
    expect(asData.length).toBeGreaterThan(2500);
    // Integers stay INTEGER: a year, a line number.
    expect(asData.some((d) => d.includes('["periodStart","INTEGER NOT NULL",2021]'))).toBe(true);
  });

  it('the scripts loaded over it change nothing', async () => {
    const files = [path.join(cypherDir, 'reference.cypher'), ...scripts];
    const results = await loadScripts({ executor: db.executor(), files, by: 'test', allowDelete: false });
    const changed = results.reduce(
      (n, r) =>
        n +
        r.counters.nodesCreated +
        r.counters.relationshipsCreated +
        r.counters.nodesDeleted +
        r.counters.relationshipsDeleted,
      0,
    );
    expect(changed).toBe(0);
    expect(await graphDump(db.executor())).toEqual(asData);
  });

  it('the scripts loaded into an empty database give the same graph, types included', async () => {
    await wipe(db.executor());
    await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    await loadScripts({
      executor: db.executor(),
      files: [path.join(cypherDir, 'reference.cypher'), ...scripts],
      by: 'test',
    });
    expect(await graphDump(db.executor())).toEqual(asData);
  });

  it('the plans merged into one transaction (as npm start loads them) give the same graph', async () => {
    await wipe(db.executor());
    await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    const [reference, ...plans] = writes().map(({ write, file }) => ({ write, script: { file, sha256: 'test' } }));
    await loadWrites(db.executor(), [reference!], { by: 'test' });
    const results = await loadWrites(db.executor(), plans, { by: 'test' });
    expect(new Set(results.map((r) => r.group?.id)).size).toBe(1);
    expect(results.map((r) => r.plans[0]).sort()).toEqual(plans.map((p) => p.write.plans[0]).sort());
    expect(await graphDump(db.executor())).toEqual(asData);
    // One Load record per plan, linked to it, marked with the group.
    const [audit] = await db
      .executor()
      .read(
        'MATCH (l:Load)-[:LOADED]->(p:Plan) WHERE l.groupId IS NOT NULL RETURN count(DISTINCT p) AS plans, count(DISTINCT l.groupId) AS groups',
      );
    expect(audit).toEqual({ plans: plans.length, groups: 1 });
  });

  it('the writes loaded again over the scripts change nothing', async () => {
    let changed = 0;
    for (const { write, file } of writes()) {
      const r = await loadWrite(db.executor(), write, { file, sha256: 'test' }, { by: 'test' });
      changed +=
        r.counters.nodesCreated +
        r.counters.relationshipsCreated +
        r.counters.nodesDeleted +
        r.counters.relationshipsDeleted;
    }
    expect(changed).toBe(0);
    expect(await graphDump(db.executor())).toEqual(asData);
  });

  it('a group with a faulty plan keeps the plans before it, names the faulty one, and writes nothing of it', async () => {
    await wipe(db.executor());
    await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    const [reference, first, second, third] = writes().map(({ write, file }) => ({
      write,
      script: { file, sha256: 'test' },
    }));
    await loadWrites(db.executor(), [reference!], { by: 'test' });
    // A property Neo4j cannot store (a map) in one chapter row of the second plan.
    const broken = {
      ...second!,
      write: {
        ...second!.write,
        statements: second!.write.statements.map((s) =>
          /MERGE \(n:Chapter/.test(s.cypher)
            ? { ...s, rows: [{ ...s.rows[0], bad: { x: 1 } }, ...s.rows.slice(1)] }
            : s,
        ),
      },
    };
    const error = await loadWrites(db.executor(), [first!, broken, third!], { by: 'test' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STATEMENT_FAILED', file: second!.script.file });
    const loaded = await db.executor().read('MATCH (p:Plan) WHERE p.loaded RETURN p.id AS id');
    expect(loaded.map((r) => r.id)).toEqual(first!.write.plans);
    expect(
      await db.executor().read('MATCH (n {planId: $id}) RETURN count(n) AS n', { id: second!.write.plans[0] }),
    ).toEqual([{ n: 0 }]);
  });
});
