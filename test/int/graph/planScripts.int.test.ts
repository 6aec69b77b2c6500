import path from 'node:path';
import { bundledScripts, cypherDir } from '../../../src/bootstrap';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { readPlanFile, type Chapter } from '../../../src/ingest';
import { graphCounts, useGraph } from '../../helpers/database';

const root = path.resolve(__dirname, '../../..');
const PLANS = [
  'changshou-2021-2025-social-livelihood',
  'chongqing-2026-2030-social-development-draft',
  'jiangbei-2021-2025-public-services',
  'yongchuan-2021-2025-public-services',
  'yuzhong-2021-2025-public-services',
];
const flatten = (chapters: readonly Chapter[]): Chapter[] => chapters.flatMap((c) => [c, ...flatten(c.children)]);

describe('the bundled Cypher scripts on the real Neo4j', () => {
  const db = useGraph('empty');

  it('applies cypher/schema.cypher idempotently, with the cjk full-text index', async () => {
    const first = await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    expect(first.constraintsAdded).toBeGreaterThanOrEqual(12);
    const again = await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    expect(again).toMatchObject({ constraintsAdded: 0, indexesAdded: 0 });
    // Each statement is reported with its own counters, since each commits on its own.
    expect(again.applied).toHaveLength(first.applied.length);
    expect(first.applied[0]).toMatchObject({
      statement: 1,
      text: expect.stringMatching(/^CREATE CONSTRAINT region_code IF NOT EXISTS/) as string,
    });
    expect(first.applied.reduce((n, a) => n + a.counters.constraintsAdded, 0)).toBe(first.constraintsAdded);
    const [fulltext] = await db
      .executor()
      .read(
        "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer",
      );
    expect(fulltext).toEqual({ name: 'plangraph_text', analyzer: 'cjk' });
  });

  it('loads reference data and the five plans with exactly the parser’s counts per plan', async () => {
    const files = bundledScripts().filter((f) => !f.includes(`${path.sep}curation${path.sep}`));
    const results = await loadScripts({ executor: db.executor(), files, by: 'test' });
    expect(
      results
        .map((r) => r.plans)
        .flat()
        .sort(),
    ).toEqual(PLANS);
    for (const id of PLANS) {
      const doc = readPlanFile(path.join(root, 'plans', `${id}.txt`));
      const rows = await db.executor().read(
        `MATCH (n {planId: $id}) WHERE n:Chapter OR n:Goal OR n:Indicator OR n:Box OR n:Project
         RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label`,
        { id },
      );
      const counts = Object.fromEntries(rows.map((r): [string, unknown] => [String(r.label), r.n]));
      expect({ id, ...counts }).toEqual({
        id,
        Chapter: flatten(doc.chapters).length,
        Indicator: doc.indicators.length,
        ...(doc.goals.length ? { Goal: doc.goals.length } : {}),
        ...(doc.boxes.length ? { Box: doc.boxes.length } : {}),
        ...(doc.boxes.some((b) => b.items.length)
          ? { Project: doc.boxes.reduce((n, b) => n + b.items.length, 0) }
          : {}),
      });
      const [load] = await db
        .executor()
        .read('MATCH (l:Load)-[:LOADED]->(:Plan {id: $id}) RETURN l.sha256 AS sha, l.nodesCreated AS created', { id });
      expect(load?.sha).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('changes nothing when every script is loaded again', async () => {
    const before = await graphCounts(db.executor());
    const files = bundledScripts().filter((f) => !f.includes(`${path.sep}curation${path.sep}`));
    const again = await loadScripts({ executor: db.executor(), files, by: 'test' });
    expect(
      again.reduce(
        (n, r) =>
          n +
          r.counters.nodesCreated +
          r.counters.relationshipsCreated +
          r.counters.nodesDeleted +
          r.counters.relationshipsDeleted,
        0,
      ),
    ).toBe(0);
    expect(await graphCounts(db.executor())).toEqual(before);
  });

  it('keeps stated and inferred responsibilities apart, and a cited plan as a stub the districts attach to', async () => {
    const rows = await db
      .executor()
      .read('MATCH (:Department)-[r:RESPONSIBLE_FOR]->() RETURN r.basis AS basis, count(*) AS n ORDER BY basis');
    expect(rows.map((r) => r.basis)).toEqual(['inferred', 'stated']);
    expect(rows.every((r) => Number(r.n) > 0)).toBe(true);
    const [stub] = await db
      .executor()
      .read(
        `MATCH (p:Plan {title: '重庆市“十四五”公共服务规划'})<-[:BASED_ON]-(d:Plan) RETURN p.loaded AS loaded, collect(d.id) AS citedBy`,
      );
    expect(stub?.loaded).toBe(false);
    expect((stub?.citedBy as string[]).sort()).toEqual([
      'jiangbei-2021-2025-public-services',
      'yongchuan-2021-2025-public-services',
      'yuzhong-2021-2025-public-services',
    ]);
  });

  it('finds 托育 and 养老 items through the cjk full-text index', async () => {
    for (const word of ['托育', '养老']) {
      const hits = await db
        .executor()
        .read(
          `CALL db.index.fulltext.queryNodes('plangraph_text', $word, {limit: 20}) YIELD node WHERE node:Project RETURN node.name AS name`,
          { word },
        );
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((h) => String(h.name).includes(word))).toBe(true);
    }
  });
});
