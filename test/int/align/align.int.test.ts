import { readdirSync } from 'node:fs';
import path from 'node:path';
import { alignPlans, buildCatalogue, catalogue, formatReport } from '../../../src/align';
import type { Executor, TxRunner } from '../../../src/db/executor';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { graphCounts, useGraph } from '../../helpers/database';

const CYPHER = path.join(__dirname, '../../../cypher');
const inDir = (dir: string) =>
  readdirSync(path.join(CYPHER, dir))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(CYPHER, dir, f));
const YZ_LIFE = 'yuzhong-2021-2025-public-services/ind/1';
/** Small enough to split the five plans into several batches. */
const SMALL_BATCH = 60;

/** The catalogue before any alias was reviewed: the plans' other spellings are names it does not know. */
const withoutAliases = () => buildCatalogue({ measures: catalogue.measures.map((m) => ({ ...m, aliases: [] })) });

// Neo4j's temporal values (DateTime …) are objects whose toString() is their ISO text.
const temporalText = (v: object) => (v as { toString(): string }).toString();
const plain = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => k !== 'alignedAt')
      .map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? temporalText(v) : v]),
  );

/**
 * Every node and relationship with its properties but alignedAt, in a fixed order: two alignments
 * that wrote the same thing compare equal. Load audit nodes and the revision token change with
 * every write and say nothing about the alignment.
 */
async function alignedGraph(executor: Executor): Promise<string[]> {
  const nodes = await executor.read(
    `MATCH (n) WHERE NOT n:Load AND NOT n:Revision AND NOT n:WriteLock RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await executor.read(
    `MATCH (a)-[r]->(b) WHERE NOT a:Load AND NOT b:Load
     RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props`,
  );
  return [
    ...nodes.map((n) => JSON.stringify([n.labels, plain(n.props as Record<string, unknown>)])),
    ...rels.map((r) => JSON.stringify([r.type, r.from, r.to, plain(r.props as Record<string, unknown>)])),
  ].sort();
}

/** Aligner output (relationships and nodes) not stamped `at`: what a run that rewrote everything leaves none of. */
async function notStamped(executor: Executor, at: string): Promise<number> {
  const [row] = await executor.read(
    `CALL () { MATCH ()-[r]->() WHERE r.alignerVersion IS NOT NULL RETURN r.alignedAt AS at
       UNION ALL MATCH (n) WHERE n.alignerVersion IS NOT NULL RETURN n.alignedAt AS at }
     RETURN count(CASE WHEN at <> datetime($at) THEN 1 END) AS n`,
    { at },
  );
  return Number(row?.n);
}

/** The executor, but its `n`th write transaction does all its work and then fails, so it rolls back. */
function failingAt(executor: Executor, n: number): Executor {
  let calls = 0;
  const failing = Object.create(executor) as Executor;
  failing.inWriteTransaction = <T>(work: (tx: TxRunner) => Promise<T>) =>
    executor.inWriteTransaction(async (tx) => {
      const result = await work(tx);
      calls += 1;
      if (calls === n) throw new Error('injected failure');
      return result;
    });
  return failing;
}

describe('alignPlans on the five bundled plans', () => {
  const db = useGraph('empty');
  const files = [path.join(CYPHER, 'reference.cypher'), ...inDir('plans')];

  beforeAll(async () => {
    await applySchema(db.executor(), path.join(CYPHER, 'schema.cypher'));
    await loadScripts({ executor: db.executor(), files, by: 'test' });
  });

  it('gives Yuzhong 人均预期寿命 its target, the cited municipal target and the city value and target', async () => {
    const report = await alignPlans({ executor: db.executor() });
    expect(report.rollsUpTo).toBeGreaterThan(100);
    expect(report.goalLinks).toBeGreaterThan(0);
    const rows = await db.executor().read(
      `MATCH (d:Indicator {id: $id})-[r:ROLLS_UP_TO]->(m:Indicator)<-[:HAS_INDICATOR]-(p:Plan)
       RETURN d.targetValue AS district, r.method AS method, r.comparison AS comparison, p.loaded AS loaded, p.titleKey AS plan,
              m.basis AS basis, m.targetValue AS target, m.targetYear AS targetYear, m.baselineValue AS baseline, m.sourceIndicatorId AS source
       ORDER BY method`,
      { id: YZ_LIFE },
    );
    expect(rows).toEqual([
      {
        district: 81,
        method: 'cited',
        comparison: 'ABOVE',
        loaded: false,
        plan: '重庆市十四五公共服务规划',
        basis: 'cited',
        target: 79.3,
        targetYear: 2025,
        baseline: null,
        source: YZ_LIFE,
      },
      {
        district: 81,
        method: 'exact',
        comparison: 'ABOVE',
        loaded: true,
        plan: expect.stringContaining('十五五社会发展规划') as string,
        basis: null,
        target: 80.5,
        targetYear: 2030,
        baseline: 79.72,
        source: null,
      },
    ]);
    const [measure] = await db
      .executor()
      .read('MATCH (:Indicator {id: $id})-[:MEASURES]->(m:Measure) RETURN m.id AS id, m.unit AS unit', { id: YZ_LIFE });
    expect(measure).toEqual({ id: 'life-expectancy', unit: '岁' });
  });

  it('aligns district chapters with municipal chapters of the same domain', async () => {
    const [row] = await db.executor().read(
      `MATCH (a:Chapter)-[r:ALIGNS_WITH]->(b:Chapter) WHERE a.title = '促进妇女儿童和青少年全面发展'
       RETURN b.title AS title, r.basis AS basis, r.sharedDomains AS domains`,
    );
    expect(row).toEqual({ title: '促进妇女儿童全面发展', basis: 'inferred', domains: ['women-children'] });
  });

  it('is idempotent: a rerun leaves the same counts', async () => {
    const before = await graphCounts(db.executor());
    await alignPlans({ executor: db.executor() });
    expect(await graphCounts(db.executor())).toEqual(before);
  });

  it('applies the curation scripts and keeps them across reruns', async () => {
    await loadScripts({ executor: db.executor(), files: inDir('curation'), by: 'test' });
    const first = await alignPlans({ executor: db.executor() });
    const second = await alignPlans({ executor: db.executor() });
    expect(second.curated).toEqual(first.curated);
    const curated = await db
      .executor()
      .read(
        `MATCH (:Indicator {id: 'jiangbei-2021-2025-public-services/ind/26'})-[r:ROLLS_UP_TO]->(m:Indicator) RETURN r.method AS method, m.id AS to ORDER BY to`,
      );
    expect(curated.map((r) => r.method)).toEqual(['curated', 'curated']);
    const [rejected] = await db.executor().read(
      `MATCH (c:Curation {decision: 'rejected'})
       OPTIONAL MATCH (a:Indicator {id: c.from})-[r:ROLLS_UP_TO|CANDIDATE]->(b:Indicator {id: c.to})
       RETURN count(c) AS records, count(r) AS links`,
    );
    expect(rejected).toEqual({ records: 25, links: 0 });
  });

  it('reloading a plan and realigning converges to the same graph', async () => {
    const before = await graphCounts(db.executor());
    await loadScripts({ executor: db.executor(), files: inDir('plans'), by: 'test' });
    await alignPlans({ executor: db.executor() });
    expect(await graphCounts(db.executor())).toEqual(before);
  });

  it('writes in batches of plans, one transaction each, and leaves the graph one transaction leaves', async () => {
    const whole = await alignPlans({ executor: db.executor(), now: '2030-01-01T00:00:00Z' });
    expect(whole.transactions).toBe(1);
    expect(formatReport(whole)).toContain('written in one transaction');
    const expected = await alignedGraph(db.executor());

    const batched = await alignPlans({ executor: db.executor(), now: '2030-01-02T00:00:00Z', batchRows: SMALL_BATCH });
    expect(batched.transactions).toBeGreaterThanOrEqual(3);
    expect(formatReport(batched)).toContain(`written in ${batched.transactions} transactions`);
    expect({ ...batched, alignedAt: null, transactions: null, batchRows: null }).toEqual({
      ...whole,
      alignedAt: null,
      transactions: null,
      batchRows: null,
    });
    expect(await alignedGraph(db.executor())).toEqual(expected);
    expect(await notStamped(db.executor(), '2030-01-02T00:00:00Z')).toBe(0);

    const again = await alignPlans({ executor: db.executor(), now: '2030-01-03T00:00:00Z', batchRows: SMALL_BATCH });
    expect(again.transactions).toBe(batched.transactions);
    expect(await alignedGraph(db.executor())).toEqual(expected);
    expect(await notStamped(db.executor(), '2030-01-03T00:00:00Z')).toBe(0);
  });

  it('a batch that fails leaves each plan with all its old links or all its new ones, and a rerun converges', async () => {
    const expected = await alignedGraph(db.executor());
    const failing = failingAt(db.executor(), 2);
    await expect(
      alignPlans({ executor: failing, now: '2030-01-04T00:00:00Z', batchRows: SMALL_BATCH }),
    ).rejects.toThrow('injected failure');
    // Same content either way (the alignment is deterministic); the stamps tell which run wrote what.
    expect(await alignedGraph(db.executor())).toEqual(expected);
    const stamps = await db.executor().read(
      `MATCH (n) WHERE (n:Indicator OR n:Chapter OR n:Goal) AND n.planId IS NOT NULL
       MATCH (n)-[r]->() WHERE r.alignerVersion IS NOT NULL
       WITH n.planId AS plan, collect(DISTINCT r.alignedAt = datetime('2030-01-04T00:00:00Z')) AS isNew
       RETURN plan, isNew ORDER BY plan`,
    );
    expect(stamps.every((s) => (s.isNew as boolean[]).length === 1)).toBe(true);
    expect(new Set(stamps.map((s) => (s.isNew as boolean[])[0]))).toEqual(new Set([true, false]));

    await alignPlans({ executor: db.executor(), now: '2030-01-05T00:00:00Z', batchRows: SMALL_BATCH });
    expect(await alignedGraph(db.executor())).toEqual(expected);
    expect(await notStamped(db.executor(), '2030-01-05T00:00:00Z')).toBe(0);
  });

  it('replaces the links of nodes whose plan is gone from the graph, in one batch or several', async () => {
    const intact = await graphCounts(db.executor());
    // Not what loading does (a plan's nodes go with it): the worst case, nodes left without their Plan.
    await db.executor().write(`MATCH (p:Plan {id: 'jiangbei-2021-2025-public-services'}) DETACH DELETE p`);
    const orphanLinks = `MATCH (n {planId: 'jiangbei-2021-2025-public-services'})-[r:ROLLS_UP_TO|CANDIDATE|ALIGNS_WITH]->()
      WHERE r.alignerVersion IS NOT NULL RETURN count(r) AS n`;
    expect((await db.executor().read(orphanLinks))[0]?.n).toBeGreaterThan(0);
    await alignPlans({ executor: db.executor(), batchRows: SMALL_BATCH });
    expect((await db.executor().read(orphanLinks))[0]?.n).toBe(0);
    const expected = await alignedGraph(db.executor());
    await alignPlans({ executor: db.executor() });
    expect(await alignedGraph(db.executor())).toEqual(expected);
    // Reloading the plans and realigning makes the graph whole again.
    await loadScripts({ executor: db.executor(), files: inDir('plans'), by: 'test' });
    await alignPlans({ executor: db.executor() });
    expect(await graphCounts(db.executor())).toEqual(intact);
  });
  it('sends every name the catalogue does not know to review, with a MEASURE_CANDIDATE or the reason for none, and replaces that on every run', async () => {
    const bundled = await alignedGraph(db.executor());
    const reviewed = `MATCH (i:Indicator) WHERE i.measureReview IS NOT NULL
      OPTIONAL MATCH (i)-[c:MEASURE_CANDIDATE]->(m:Measure)
      RETURN i.id AS id, i.measureReview AS review, m.id AS measure, c.score AS score, c.reason AS reason, c.method AS method,
             EXISTS { (i)-[:MEASURES]->() } AS measured, EXISTS { (i)-[:ROLLS_UP_TO {method: 'synonym'}]->() } AS synonymLinks
      ORDER BY id`;
    expect(await db.executor().read(reviewed)).toEqual([]);
    const report = await alignPlans({
      executor: db.executor(),
      catalogue: withoutAliases(),
      now: '2030-02-01T00:00:00Z',
    });
    const rows = await db.executor().read(reviewed);
    expect(rows.map((r) => r.id)).toEqual(report.unmeasuredIndicators.map((u) => u.indicatorId).sort());
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.measure !== null).length).toBe(report.measureCandidates);
    expect(rows.every((r) => r.measured === false && r.synonymLinks === false)).toBe(true);
    expect(
      rows
        .filter((r) => r.measure !== null)
        .every((r) => r.method === 'similar' && (r.score as number) >= 0.6 && r.reason === r.review),
    ).toBe(true);
    // 人口平均预期寿命 is still 人均预期寿命 by name, in the same unit: a candidate, not a link.
    expect(rows).toContainEqual(
      expect.objectContaining({
        id: 'changshou-2021-2025-social-livelihood/ind/5',
        measure: 'life-expectancy',
        score: 0.667,
      }),
    );
    expect(formatReport(report)).toContain(
      `indicators outside the measure catalogue (${rows.length}, ${report.measureCandidates} with a candidate measure)`,
    );

    // Batched, the same review is written per plan.
    const whole = await alignedGraph(db.executor());
    await alignPlans({
      executor: db.executor(),
      catalogue: withoutAliases(),
      now: '2030-02-02T00:00:00Z',
      batchRows: SMALL_BATCH,
    });
    expect(await alignedGraph(db.executor())).toEqual(whole);
    expect(await notStamped(db.executor(), '2030-02-02T00:00:00Z')).toBe(0);
    await alignPlans({ executor: db.executor() });
    // The full catalogue resolves every name again: no review note, no candidate is left behind.
    expect(await db.executor().read(reviewed)).toEqual([]);
    expect(await alignedGraph(db.executor())).toEqual(bundled);
  });
});
