import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Executor } from '../../../src/db/executor';
import { addPlans } from '../../../src/manage/addPlans';
import { removePlan } from '../../../src/manage/removePlan';
import { graphCounts } from '../../helpers/database';
import { CITED_MUNICIPAL_PLAN, NEW_DISTRICT_PLAN, writePlan } from '../../helpers/planFixtures';
import { useService } from '../../helpers/service';

// plangraph add / remove on the real Neo4j with the five bundled plans and their curation records.

const MUNICIPAL = 'chongqing-2026-2030-social-development-draft';
const PLAN = `query($id: ID!) { plan(id: $id) { loaded region { name } indicators { totalCount nodes { id name rollsUpTo { to { id } } } } } }`;
interface PlanAnswer {
  plan: {
    loaded: boolean;
    region: { name: string };
    indicators: { totalCount: number; nodes: { id: string; name: string; rollsUpTo: { to: { id: string } }[] }[] };
  };
}

describe('plangraph add and remove', () => {
  const { gql, executor: graph } = useService();
  let executor: Executor;
  const scriptsDir = mkdtempSync(path.join(tmpdir(), 'plangraph-scripts-'));
  beforeAll(() => {
    executor = graph();
  });

  it('adds a new district plan whose indicators are served and roll up, and removes it without a trace', async () => {
    const before = await graphCounts(executor);
    const file = writePlan(NEW_DISTRICT_PLAN.id, NEW_DISTRICT_PLAN.text());
    const { plans, report } = await addPlans({ executor, files: [file], by: 'test', scriptsDir });
    expect(plans.map((p) => p.planId)).toEqual([NEW_DISTRICT_PLAN.id]);
    expect(plans[0]?.load.counters.nodesCreated).toBeGreaterThan(0);
    expect(report.transactions).toBe(1);
    expect(readFileSync(path.join(scriptsDir, `${NEW_DISTRICT_PLAN.id}.cypher`), 'utf8')).toContain(
      `// plangraph:plan ${NEW_DISTRICT_PLAN.id}`,
    );

    const answer = await gql<PlanAnswer>(PLAN, { id: NEW_DISTRICT_PLAN.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.plan).toMatchObject({
      loaded: true,
      region: { name: '北碚区' },
      indicators: { totalCount: NEW_DISTRICT_PLAN.indicators },
    });
    const rollUps = answer.data?.plan.indicators.nodes.flatMap((i) => i.rollsUpTo.map((r) => r.to.id)) ?? [];
    expect(rollUps.some((id) => id.startsWith(`${MUNICIPAL}/ind/`))).toBe(true);
    const entry = report.plans.find((p) => p.planId === NEW_DISTRICT_PLAN.id);
    expect(entry?.linkedIndicators).toBeGreaterThan(0);

    const removed = await removePlan({ executor, planId: NEW_DISTRICT_PLAN.id, by: 'test', scriptsDir });
    expect(removed).toMatchObject({ stub: null, scriptFile: path.join(scriptsDir, `${NEW_DISTRICT_PLAN.id}.cypher`) });
    expect(removed.counters.nodesDeleted).toBeGreaterThan(0);
    expect(existsSync(path.join(scriptsDir, `${NEW_DISTRICT_PLAN.id}.cypher`))).toBe(false);
    expect(await graphCounts(executor)).toEqual(before);
    const [audit] = await executor.read(
      "MATCH (l:Load {kind: 'remove'}) WHERE $id IN l.planIds RETURN l.nodesDeleted AS n, l.by AS by",
      { id: NEW_DISTRICT_PLAN.id },
    );
    expect(audit).toEqual({ n: removed.counters.nodesDeleted, by: 'test' });
    expect((await gql(PLAN, { id: NEW_DISTRICT_PLAN.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('turns a removed plan that loaded plans cite back into their stub', async () => {
    const stubOf = () =>
      executor.read(
        'MATCH (p:Plan {titleKey: $key}) RETURN p.id AS id, p.loaded AS loaded, COUNT { (:Plan)-[:BASED_ON]->(p) } AS citedBy',
        { key: CITED_MUNICIPAL_PLAN.titleKey },
      );
    const stub = await stubOf();
    expect(stub).toEqual([{ id: `cited/${CITED_MUNICIPAL_PLAN.titleKey}`, loaded: false, citedBy: 3 }]);
    const before = await graphCounts(executor);

    await addPlans({
      executor,
      files: [writePlan(CITED_MUNICIPAL_PLAN.id, CITED_MUNICIPAL_PLAN.text())],
      by: 'test',
      scriptsDir,
    });
    expect(await stubOf()).toEqual([{ id: CITED_MUNICIPAL_PLAN.id, loaded: true, citedBy: 3 }]);

    const removed = await removePlan({ executor, planId: CITED_MUNICIPAL_PLAN.id, by: 'test', scriptsDir });
    expect(removed.stub).toBe(`cited/${CITED_MUNICIPAL_PLAN.titleKey}`);
    expect(await stubOf()).toEqual(stub);
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('refuses an unknown plan id, naming it and the loaded ids, and keeps curation records on removal', async () => {
    const before = await graphCounts(executor, { withAudit: true });
    const error = await removePlan({ executor, planId: 'nowhere-2021-2025', by: 'test', scriptsDir }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_PLAN' });
    expect((error as Error).message).toMatch(/"nowhere-2021-2025" is not a plan in the graph/);
    expect((error as Error).message).toContain(MUNICIPAL);
    expect((error as Error).message).toContain('plangraph cypher');
    expect(await graphCounts(executor, { withAudit: true })).toEqual(before);

    const curations = await graphCounts(executor).then((c) => c.Curation);
    expect(curations).toBeGreaterThan(0);
    await addPlans({
      executor,
      files: [writePlan(NEW_DISTRICT_PLAN.id, NEW_DISTRICT_PLAN.text())],
      by: 'test',
      scriptsDir,
    });
    await removePlan({ executor, planId: NEW_DISTRICT_PLAN.id, by: 'test', scriptsDir });
    expect((await graphCounts(executor)).Curation).toBe(curations);
  });

  it('is all or nothing: a failure after the load part (in the alignment) leaves the graph as it was', async () => {
    const before = await graphCounts(executor, { withAudit: true });
    // An alignment stamp Neo4j cannot read as a datetime makes the aligner's first write fail, after the plan's statements ran.
    const broken = { now: 'not-a-datetime' };
    const file = writePlan(NEW_DISTRICT_PLAN.id, NEW_DISTRICT_PLAN.text());
    await expect(addPlans({ executor, files: [file], by: 'test', scriptsDir, align: broken })).rejects.toThrow(
      /datetime|Text cannot be parsed/i,
    );
    expect(await graphCounts(executor, { withAudit: true })).toEqual(before);
    expect(existsSync(path.join(scriptsDir, `${NEW_DISTRICT_PLAN.id}.cypher`))).toBe(false);

    await expect(removePlan({ executor, planId: MUNICIPAL, by: 'test', scriptsDir, align: broken })).rejects.toThrow(
      /datetime|Text cannot be parsed/i,
    );
    expect(await graphCounts(executor, { withAudit: true })).toEqual(before);
  });
});
