import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startApiServer, type ApiServer } from '../../../src/api/server';
import { cypherDir, prepareDatabase } from '../../../src/bootstrap';
import { loadEnv } from '../../../src/config/env';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { buildPlanScript } from '../../../src/graph';
import { readPlanFile } from '../../../src/ingest';
import { createLogger } from '../../../src/logger';
import { useGraph } from '../../helpers/database';
import { planWithSidecar } from '../../helpers/indicatorsCsv';
import { testConnection } from '../../setup/testDatabase';

const CHANGSHOU = 'changshou-2021-2025-social-livelihood';

/** Changshou with its printed table cut out and the rows in a sidecar CSV, built and loaded into an empty database. */
describe('an indicator table from a sidecar CSV, through build, load and the API', () => {
  const db = useGraph('empty');
  const plan = planWithSidecar(CHANGSHOU);
  const cypher = path.join(plan.dir, 'cypher');
  const scriptFile = path.join(cypher, 'plans', `${CHANGSHOU}.cypher`);
  let api: ApiServer | null = null;

  beforeAll(async () => {
    mkdirSync(path.dirname(scriptFile), { recursive: true });
    for (const f of ['schema.cypher', 'reference.cypher']) copyFileSync(path.join(cypherDir, f), path.join(cypher, f));
    writeFileSync(scriptFile, buildPlanScript(readPlanFile(plan.planFile), { parserVersion: 'test' }));
    const log = createLogger('silent');
    await prepareDatabase(db.executor(), log, cypher);
    const c = testConnection();
    api = await startApiServer(
      loadEnv({
        NEO4J_URI: c.uri,
        NEO4J_USERNAME: c.username,
        NEO4J_PASSWORD: c.password,
        PORT: '0',
        LOG_LEVEL: 'silent',
        PLANGRAPH_CACHE_MB: '0',
      }),
      db.executor(),
      log,
    );
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
  });

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(api!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  const SOURCE = `query($id: ID!) { indicator(id: $id) { name target { raw value year } source { fromSidecar file lineStart lineEnd plan { id } } } }`;
  type Answer = {
    indicator: {
      name: string;
      target: { raw: string; value: number; year: number };
      source: { fromSidecar: boolean; file: string; lineStart: number; lineEnd: number; plan: { id: string } };
    };
  };

  it('tells a sidecar row by source { fromSidecar file } and its CSV line', async () => {
    const data = await gql<Answer>(SOURCE, { id: `${CHANGSHOU}/ind/5` });
    expect(data.indicator).toEqual({
      name: '人口平均预期寿命',
      target: { raw: '81', value: 81, year: 2025 },
      source: { fromSidecar: true, file: plan.csvFile, lineStart: 6, lineEnd: 6, plan: { id: CHANGSHOU } },
    });
    const all = await gql<{ indicators: { totalCount: number; nodes: { source: { fromSidecar: boolean } }[] } }>(
      `query($planId: ID) { indicators(filter: {planId: $planId}, first: 100) { totalCount nodes { source { fromSidecar } } } }`,
      { planId: CHANGSHOU },
    );
    expect(all.indicators.totalCount).toBe(22);
    expect(all.indicators.nodes.every((n) => n.source.fromSidecar)).toBe(true);
    const chapters = await gql<{ plan: { chapters: { source: { fromSidecar: boolean; file: string } }[] } }>(
      `query($id: ID!) { plan(id: $id) { chapters { source { fromSidecar file } } } }`,
      { id: CHANGSHOU },
    );
    expect(chapters.plan.chapters[0]?.source).toEqual({ fromSidecar: false, file: plan.planFile });
    const [table] = await db
      .executor()
      .read('MATCH (t:Table {kind: $kind, planId: $id}) RETURN t.fromSidecar AS fromSidecar, t.sourceFile AS file', {
        kind: 'indicators',
        id: CHANGSHOU,
      });
    expect(table).toEqual({ fromSidecar: true, file: plan.csvFile });
  });

  it('clears the sidecar marks when the plan is reloaded from a text that prints its table', async () => {
    rmSync(plan.csvFile);
    copyFileSync(path.join(__dirname, '../../../plans', `${CHANGSHOU}.txt`), plan.planFile);
    writeFileSync(scriptFile, buildPlanScript(readPlanFile(plan.planFile), { parserVersion: 'test' }));
    await loadScripts({ executor: db.executor(), files: [scriptFile], by: 'test' });
    const data = await gql<Answer>(SOURCE, { id: `${CHANGSHOU}/ind/5` });
    expect(data.indicator.source).toMatchObject({ fromSidecar: false, lineStart: 155, lineEnd: 155 });
    const [marks] = await db
      .executor()
      .read(
        'MATCH (i:Indicator {planId: $id}) RETURN count(i.sourceFile) AS files, sum(CASE WHEN i.fromSidecar THEN 1 ELSE 0 END) AS sidecar',
        { id: CHANGSHOU },
      );
    expect(marks).toEqual({ files: 0, sidecar: 0 });
  });
});
