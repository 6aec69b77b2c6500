import path from 'node:path';
import { bundledScripts, cypherDir } from '../../../src/bootstrap';
import { applySchema } from '../../../src/db/script/applySchema';
import { loadWrites, type PlanLoad } from '../../../src/db/write/runWrite';
import { planWrite, referenceWrite } from '../../../src/graph';
import { readPlanFile } from '../../../src/ingest';
import { PARSER_VERSION } from '../../../src/manage/planScript';
import { scriptSource } from '../../../src/manage/shownWrite';
import { readFileSync } from 'node:fs';
import { graphCounts, graphDump, useGraph, wipe } from '../../helpers/database';
import { CITED_MUNICIPAL_PLAN, writePlan } from '../../helpers/planFixtures';

// A plan with nothing loaded has its own items and the links that touch them CREATEd, not MERGEd
// (db/write/runWrite.ts). The graph must be the one the MERGE path makes, counts and properties,
// including for a plan loaded over the stub its districts' citations made; a reload (MERGE, the
// plan being loaded now) changes nothing; and a node in the way is refused, never adopted.

const root = path.resolve(__dirname, '../../..');
const planFiles = bundledScripts()
  .filter((f) => f.includes(`${path.sep}plans${path.sep}`))
  .map((f) => scriptSource(readFileSync(f, 'utf8')) as string);
const asLoad = (file: string): PlanLoad => {
  const write = planWrite(readPlanFile(path.resolve(root, file), file), { parserVersion: PARSER_VERSION });
  return { write, script: { file: `${write.planId}.cypher`, sha256: write.revision } };
};

describe('a fresh plan CREATEd and the same plan MERGEd', () => {
  const db = useGraph('empty');
  const reference: PlanLoad = { write: referenceWrite(), script: { file: 'reference.cypher', sha256: 'test' } };
  let bundled: PlanLoad[] = [];
  let cited: PlanLoad;

  beforeAll(() => {
    bundled = planFiles.map(asLoad);
    cited = asLoad(writePlan(CITED_MUNICIPAL_PLAN.id, CITED_MUNICIPAL_PLAN.text()));
  });

  async function emptied(): Promise<void> {
    await wipe(db.executor());
    await applySchema(db.executor(), path.join(cypherDir, 'schema.cypher'));
    await loadWrites(db.executor(), [reference], { by: 'test' });
  }

  const stub = () =>
    db.executor().read('MATCH (p:Plan {titleKey: $key}) RETURN p.id AS id, p.loaded AS loaded', {
      key: CITED_MUNICIPAL_PLAN.titleKey,
    });

  /** The bundled plans (one group), then the municipal plan they cite, loaded over its stub. */
  async function loadAll(createFresh: boolean): Promise<{ dump: string[]; counts: Record<string, number> }> {
    await emptied();
    await loadWrites(db.executor(), bundled, { by: 'test', createFresh });
    expect(await stub()).toEqual([{ id: `cited/${CITED_MUNICIPAL_PLAN.titleKey}`, loaded: false }]);
    const [added] = await loadWrites(db.executor(), [cited], { by: 'test', createFresh });
    expect(added?.counters.nodesCreated).toBeGreaterThan(100);
    expect(await stub()).toEqual([{ id: CITED_MUNICIPAL_PLAN.id, loaded: true }]);
    return { dump: await graphDump(db.executor()), counts: await graphCounts(db.executor()) };
  }

  it('give the same graph: counts per label and type, and every property with its type', async () => {
    const created = await loadAll(true);
    const merged = await loadAll(false);
    expect(created.counts).toEqual(merged.counts);
    expect(created.counts.Indicator).toBeGreaterThan(150);
    expect(created.counts['-RESPONSIBLE_FOR']).toBeGreaterThan(150);
    expect(created.dump).toEqual(merged.dump);
  });

  it('a reload of the CREATEd plans (through MERGE, as they are loaded now) changes nothing', async () => {
    const { dump } = await loadAll(true);
    const results = await loadWrites(db.executor(), [...bundled, cited], { by: 'test' });
    const perTransaction = new Map(results.map((r) => [r.group?.id ?? r.loadId, r.counters]));
    for (const c of perTransaction.values())
      expect([c.nodesCreated, c.relationshipsCreated, c.nodesDeleted, c.relationshipsDeleted]).toEqual([0, 0, 0, 0]);
    expect(await graphDump(db.executor())).toEqual(dump);
  });

  it('refuses a fresh plan whose item key a node already holds, naming it, and writes nothing of the plan', async () => {
    await emptied();
    const [plan] = bundled;
    const chapters = plan!.write.statements.find((s) => s.create?.cypher.includes('CREATE (n:Chapter)'));
    const id = chapters?.rows[0]?.id as string;
    await db.executor().write('CREATE (:Chapter {id: $id, title: "made by hand"})', { id });
    const error = await loadWrites(db.executor(), [plan!], { by: 'test' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STATEMENT_FAILED', file: plan!.script.file });
    expect((error as Error).message).toContain(id);
    expect((error as Error).message).toContain("a node with that key exists without this plan's planId");
    expect(
      await db.executor().read('MATCH (n {planId: $id}) RETURN count(n) AS n', { id: plan!.write.plans[0] }),
    ).toEqual([{ n: 0 }]);
    expect(await db.executor().read('MATCH (n:Chapter {id: $id}) RETURN n.title AS title', { id })).toEqual([
      { title: 'made by hand' },
    ]);
  });
});
