import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alignPlans } from '../../../src/align';
import type { Executor, TxRunner } from '../../../src/db/executor';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadScripts, loadScriptText } from '../../../src/db/script/loadScripts';
import { buildPlanScript } from '../../../src/graph';
import { readPlanFile, type PlanDocument } from '../../../src/ingest';
import { addPlans } from '../../../src/manage/addPlans';
import { removePlan } from '../../../src/manage/removePlan';
import { useGraph } from '../../helpers/database';
import { CITED_MUNICIPAL_PLAN, NEW_DISTRICT_PLAN, writePlan } from '../../helpers/planFixtures';

// The metamorphic test of incremental alignment: after adding, replacing or removing a plan and
// aligning only what that touches, the graph must be the one a full alignment of the same data
// leaves; and plans loaded one by one in another order, each aligned incrementally, must end with
// the links a full alignment of all of them writes.

const ROOT = path.join(__dirname, '../../..');
const CYPHER = path.join(ROOT, 'cypher');
const scriptOf = (id: string) => path.join(CYPHER, 'plans', `${id}.cypher`);
const PLANS = readdirSync(path.join(CYPHER, 'plans'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''))
  .sort();
const CURATIONS = readdirSync(path.join(CYPHER, 'curation'))
  .filter((f) => f.endsWith('.cypher'))
  .sort()
  .map((f) => path.join(CYPHER, 'curation', f));
const MUNICIPAL = 'chongqing-2026-2030-social-development-draft';
const YUZHONG = 'yuzhong-2021-2025-public-services';
const JIANGBEI = 'jiangbei-2021-2025-public-services';
const CHANGSHOU = 'changshou-2021-2025-social-livelihood';
const OLD = '2030-01-01T00:00:00Z';

// Neo4j's temporal values (DateTime …) are objects whose toString() is their ISO text.
const temporalText = (v: object) => (v as { toString(): string }).toString();
const withoutStamp = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => k !== 'alignedAt')
      .map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? temporalText(v) : v]),
  );

/**
 * Every node and relationship with its properties but the alignment stamp, in a fixed order. The
 * aligner's bookkeeping (AlignedPlan), audit records and the revision token are left out.
 */
async function graphOf(executor: Executor): Promise<string[]> {
  const nodes =
    await executor.read(`MATCH (n) WHERE NOT n:Load AND NOT n:Revision AND NOT n:WriteLock AND NOT n:AlignedPlan
    RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await executor.read(`MATCH (a)-[r]->(b) WHERE NOT a:Load AND NOT b:Load
    RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props`);
  return [
    ...nodes.map((n) => JSON.stringify([n.labels, withoutStamp(n.props as Record<string, unknown>)])),
    ...rels.map((r) => JSON.stringify([r.type, r.from, r.to, withoutStamp(r.props as Record<string, unknown>)])),
  ].sort();
}

/**
 * What the aligner wrote and nothing else: its links (by type and ends, with their properties),
 * its nodes (measures, cited indicators) and the review notes it sets on plan indicators. Plan
 * nodes are not compared: a stub's evidence names whichever plan cited it first.
 */
async function alignmentOf(executor: Executor): Promise<string[]> {
  const rels =
    await executor.read(`MATCH (a)-[r]->(b) WHERE r.alignerVersion IS NOT NULL OR (b:Indicator AND b.alignerVersion IS NOT NULL)
    RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props`);
  const nodes = await executor.read(
    `MATCH (n) WHERE n.alignerVersion IS NOT NULL AND NOT n:AlignedPlan RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const reviews = await executor.read(
    'MATCH (i:Indicator) WHERE i.measureReview IS NOT NULL RETURN i.id AS id, i.measureReview AS review',
  );
  return [
    ...rels.map((r) => JSON.stringify([r.type, r.from, r.to, withoutStamp(r.props as Record<string, unknown>)])),
    ...nodes.map((n) => JSON.stringify([n.labels, withoutStamp(n.props as Record<string, unknown>)])),
    ...reviews.map((r) => JSON.stringify(['review', r.id, r.review])),
  ].sort();
}

/** Yuzhong with an edited table: a target changed, a cited municipal value changed and one dropped, its last row gone. */
function editedYuzhong(): PlanDocument {
  const doc = readPlanFile(path.join(ROOT, 'plans', `${YUZHONG}.txt`));
  const [first, second, ...rest] = doc.indicators;
  if (!first?.target || !second?.municipalTarget) throw new Error('Yuzhong changed: update this test');
  const indicators = [
    { ...first, target: { ...first.target, raw: '82', value: 82 }, municipalTarget: null },
    { ...second, municipalTarget: { ...second.municipalTarget, raw: '5', value: 5 } },
    ...rest.slice(0, -1),
  ];
  const goals = doc.goals.map((g, i) => (i === 0 ? { ...g, text: `${g.text}养老服务体系更加健全。` } : g));
  return { ...doc, indicators, goals };
}

/** The municipal plan with a row renamed (districts' links to it must go), a target changed, a row and a chapter's text changed. */
function editedMunicipal(): PlanDocument {
  const doc = readPlanFile(path.join(ROOT, 'plans', `${MUNICIPAL}.txt`));
  const [first, second, ...rest] = doc.indicators;
  if (!first || !second?.target) throw new Error('the municipal plan changed: update this test');
  const indicators = [
    { ...first, name: '每万人拥有博物馆数', unit: '个' },
    { ...second, target: { ...second.target, raw: '99', value: 99 } },
    ...rest.slice(0, -2),
  ];
  const chapters = doc.chapters.map((c, i) => (i === 3 ? { ...c, title: '养老服务体系' } : c));
  return { ...doc, indicators, chapters };
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

describe('incremental alignment', () => {
  const db = useGraph('empty');
  const executor = () => db.executor();
  const scriptsDir = mkdtempSync(path.join(tmpdir(), 'plangraph-incremental-'));

  beforeAll(() => applySchema(executor(), path.join(CYPHER, 'schema.cypher')));

  /** An empty database (but for the schema) with the reference data and these plans' scripts, none aligned. */
  async function fresh(ids: readonly string[]): Promise<void> {
    await executor().autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await loadScripts({
      executor: executor(),
      files: [path.join(CYPHER, 'reference.cypher'), ...ids.map(scriptOf)],
      by: 'test',
    });
  }

  /** The graph now, and after a full alignment of the same data: they must be the same. */
  async function expectFullAlignmentAgrees(): Promise<void> {
    const incremental = await graphOf(executor());
    await alignPlans({ executor: executor() });
    expect(await graphOf(executor())).toEqual(incremental);
  }

  /** Stamps of the links from each plan's nodes: which run last wrote them. */
  const stampsOf = async (planId: string) =>
    (
      await executor().read(
        `MATCH (n) WHERE (n:Indicator OR n:Chapter OR n:Goal) AND n.planId = $planId MATCH (n)-[r]->() WHERE r.alignerVersion IS NOT NULL
       RETURN DISTINCT toString(r.alignedAt) AS at ORDER BY at`,
        { planId },
      )
    ).map((r) => r.at);

  let fullOfAll: string[] = [];

  it('a full alignment of the five plans (the reference for the other orders)', async () => {
    await fresh(PLANS);
    const report = await alignPlans({ executor: executor() });
    expect(report.scope).toBe('all');
    fullOfAll = await alignmentOf(executor());
    expect(fullOfAll.length).toBeGreaterThan(500);
  });

  it('adds a district plan after the others: its links are computed, the other plans keep theirs untouched', async () => {
    await fresh(PLANS.filter((id) => id !== JIANGBEI));
    await alignPlans({ executor: executor(), now: OLD });
    await loadScripts({ executor: executor(), files: [scriptOf(JIANGBEI)], by: 'test' });
    const report = await alignPlans({ executor: executor(), plans: [JIANGBEI] });
    expect(report).toMatchObject({ scope: 'plans', alignedPlans: [JIANGBEI], fullBecause: null });
    expect(report.plans.map((p) => p.planId)).toEqual([JIANGBEI]);
    expect(report.rollsUpTo).toBeGreaterThan(10);
    // A district plan has no child plans here: nothing else was rewritten.
    for (const other of [YUZHONG, CHANGSHOU, MUNICIPAL])
      expect(await stampsOf(other)).toEqual(['2030-01-01T00:00:00Z']);
    expect(await alignmentOf(executor())).toEqual(fullOfAll);
    await expectFullAlignmentAgrees();
  });

  it('adds the municipal plan after the districts: every district links into it', async () => {
    await fresh(PLANS.filter((id) => id !== MUNICIPAL));
    await alignPlans({ executor: executor() });
    await loadScripts({ executor: executor(), files: [scriptOf(MUNICIPAL)], by: 'test' });
    const report = await alignPlans({ executor: executor(), plans: [MUNICIPAL], batchRows: 60 });
    expect(report.transactions).toBeGreaterThan(1);
    expect(report.dependentPlans).toEqual(expect.arrayContaining([YUZHONG, JIANGBEI, CHANGSHOU]));
    expect(await alignmentOf(executor())).toEqual(fullOfAll);
    await expectFullAlignmentAgrees();
  });

  it('replaces a plan with an edited revision (targets, cited municipal values, a row and a goal changed)', async () => {
    await fresh(PLANS);
    await alignPlans({ executor: executor() });
    const cited = () =>
      executor().read(`MATCH (i:Indicator {sourcePlanId: $id}) RETURN i.id AS id, i.targetRaw AS target ORDER BY id`, {
        id: YUZHONG,
      });
    const before = await cited();
    await loadScriptText(
      executor(),
      `${YUZHONG}.cypher`,
      buildPlanScript(editedYuzhong(), { parserVersion: 'edited' }),
      { by: 'test' },
    );
    const report = await alignPlans({ executor: executor(), plans: [YUZHONG] });
    expect(report.alignedPlans).toEqual([YUZHONG]);
    const after = await cited();
    expect(after).not.toEqual(before);
    expect(after).toContainEqual(expect.objectContaining({ target: '5' }));
    await expectFullAlignmentAgrees();
  });

  it('replaces the municipal plan with an edited revision (a row renamed, a target, rows and a chapter changed)', async () => {
    await fresh(PLANS);
    await alignPlans({ executor: executor() });
    const into = () =>
      executor().read(`MATCH (d:Indicator)-[r:ROLLS_UP_TO]->(:Indicator {id: $id}) RETURN count(r) AS n`, {
        id: `${MUNICIPAL}/ind/1`,
      });
    expect((await into())[0]?.n).toBeGreaterThan(0);
    await loadScriptText(
      executor(),
      `${MUNICIPAL}.cypher`,
      buildPlanScript(editedMunicipal(), { parserVersion: 'edited' }),
      { by: 'test' },
    );
    const report = await alignPlans({ executor: executor(), plans: [MUNICIPAL], batchRows: 60 });
    expect(report.dependentPlans).toEqual(expect.arrayContaining([YUZHONG, JIANGBEI, CHANGSHOU]));
    expect((await into())[0]?.n).toBe(0);
    await expectFullAlignmentAgrees();
  });

  it('removes a district plan and then the municipal plan', async () => {
    await fresh(PLANS);
    await alignPlans({ executor: executor() });
    await loadScripts({ executor: executor(), files: CURATIONS, by: 'test' });
    await alignPlans({ executor: executor() });
    const removed = await removePlan({ executor: executor(), planId: CHANGSHOU, by: 'test', scriptsDir });
    expect(removed.report).toMatchObject({ scope: 'plans', alignedPlans: [CHANGSHOU] });
    await expectFullAlignmentAgrees();
    const municipal = await removePlan({ executor: executor(), planId: MUNICIPAL, by: 'test', scriptsDir });
    expect(municipal.report.dependentPlans).toEqual(expect.arrayContaining([YUZHONG, JIANGBEI]));
    await expectFullAlignmentAgrees();
  });

  it('adds a plan over the stub its districts cite, and removes it back into the stub', async () => {
    await fresh(PLANS);
    await alignPlans({ executor: executor() });
    const stubIndicators = () =>
      executor().read('MATCH (i:Indicator) WHERE i.planId STARTS WITH "cited/" RETURN count(i) AS n');
    expect((await stubIndicators())[0]?.n).toBeGreaterThan(0);
    const added = await addPlans({
      executor: executor(),
      files: [writePlan(CITED_MUNICIPAL_PLAN.id, CITED_MUNICIPAL_PLAN.text())],
      by: 'test',
      scriptsDir,
    });
    expect(added.report.scope).toBe('plans');
    // Loaded, the plan's own indicators replace the values its districts cited from it.
    expect((await stubIndicators())[0]?.n).toBe(0);
    await expectFullAlignmentAgrees();
    await removePlan({ executor: executor(), planId: CITED_MUNICIPAL_PLAN.id, by: 'test', scriptsDir });
    expect((await stubIndicators())[0]?.n).toBeGreaterThan(0);
    await expectFullAlignmentAgrees();
  });

  it('adds a new district plan with `plangraph add` (the text parsed, loaded and aligned in one transaction)', async () => {
    await fresh(PLANS);
    await alignPlans({ executor: executor(), now: OLD });
    const { report } = await addPlans({
      executor: executor(),
      files: [writePlan(NEW_DISTRICT_PLAN.id, NEW_DISTRICT_PLAN.text())],
      by: 'test',
      scriptsDir,
    });
    expect(report).toMatchObject({ scope: 'plans', alignedPlans: [NEW_DISTRICT_PLAN.id], transactions: 1 });
    expect(await stampsOf(YUZHONG)).toEqual(['2030-01-01T00:00:00Z']);
    await expectFullAlignmentAgrees();
  });

  it('gives the same links when the plans are loaded one by one in another order, each aligned incrementally', async () => {
    await fresh([]);
    for (const id of [...PLANS].reverse()) {
      await loadScripts({ executor: executor(), files: [scriptOf(id)], by: 'test' });
      await alignPlans({ executor: executor(), plans: [id] });
    }
    expect(await alignmentOf(executor())).toEqual(fullOfAll);
    for (const order of [
      [YUZHONG, MUNICIPAL, JIANGBEI],
      [CHANGSHOU, JIANGBEI, YUZHONG, MUNICIPAL],
    ]) {
      await fresh([]);
      const rest = PLANS.filter((id) => !order.includes(id));
      for (const id of [...order, ...rest]) {
        await loadScripts({ executor: executor(), files: [scriptOf(id)], by: 'test' });
        await alignPlans({ executor: executor(), plans: [id] });
      }
      expect(await alignmentOf(executor())).toEqual(fullOfAll);
    }
  });

  it("'stale' aligns what was loaded since the last alignment, applies curation scripts, and then has nothing to do", async () => {
    await fresh(PLANS.slice(0, 3));
    await alignPlans({ executor: executor() });
    await loadScripts({ executor: executor(), files: PLANS.slice(3).map(scriptOf), by: 'test' });
    const report = await alignPlans({ executor: executor(), plans: 'stale' });
    expect(report.scope).toBe('plans');
    // With the stubs their citations made, which are new too.
    expect(report.alignedPlans.filter((id) => !id.startsWith('cited/'))).toEqual(PLANS.slice(3));
    expect(await alignmentOf(executor())).toEqual(fullOfAll);

    // Curation records loaded as a script are decisions the links do not show yet.
    await loadScripts({ executor: executor(), files: CURATIONS, by: 'test' });
    const curated = await alignPlans({ executor: executor(), plans: 'stale' });
    expect(curated.alignedPlans).toEqual([]);
    await expectFullAlignmentAgrees();
    expect((await alignPlans({ executor: executor(), plans: 'stale' })).alignedPlans).toEqual([]);
  });

  it('leaves the plans of an interrupted incremental alignment stale, and aligning the stale plans converges', async () => {
    await fresh(PLANS.filter((id) => id !== MUNICIPAL));
    await alignPlans({ executor: executor() });
    await loadScripts({ executor: executor(), files: [scriptOf(MUNICIPAL)], by: 'test' });
    // The first transaction commits (the municipal plan's own links), the second fails.
    await expect(alignPlans({ executor: failingAt(executor(), 2), plans: [MUNICIPAL], batchRows: 60 })).rejects.toThrow(
      'injected failure',
    );
    const report = await alignPlans({ executor: executor(), plans: 'stale' });
    expect(report.alignedPlans).toContain(MUNICIPAL);
    expect(await alignmentOf(executor())).toEqual(fullOfAll);
    await expectFullAlignmentAgrees();
  });

  it('aligns everything when the graph was aligned by another catalogue or never', async () => {
    await fresh(PLANS);
    expect(await alignPlans({ executor: executor(), plans: 'stale' })).toMatchObject({
      scope: 'all',
      fullBecause: 'no plan was aligned before',
    });
    await executor().write("MATCH (a:AlignedPlan) WITH a LIMIT 1 SET a.alignedWith = 'align-0/0'");
    expect(await alignPlans({ executor: executor(), plans: [YUZHONG] })).toMatchObject({
      scope: 'all',
      fullBecause: expect.stringContaining('align-0/0') as string,
    });
    expect((await alignPlans({ executor: executor(), plans: 'stale' })).alignedPlans).toEqual([]);
  });
});
