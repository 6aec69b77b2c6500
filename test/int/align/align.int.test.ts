import { readdirSync } from 'node:fs';
import path from 'node:path';
import { alignPlans } from '../../../src/align';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { graphCounts, useEmptyDatabase } from '../../helpers/database';

const CYPHER = path.join(__dirname, '../../../cypher');
const inDir = (dir: string) => readdirSync(path.join(CYPHER, dir)).filter((f) => f.endsWith('.cypher')).sort().map((f) => path.join(CYPHER, dir, f));
const YZ_LIFE = 'yuzhong-2021-2025-public-services/ind/1';

describe('alignPlans on the five bundled plans', () => {
  const db = useEmptyDatabase();
  const files = [path.join(CYPHER, 'schema.cypher'), path.join(CYPHER, 'reference.cypher'), ...inDir('plans')];

  beforeAll(async () => {
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
      { district: 81, method: 'cited', comparison: 'ABOVE', loaded: false, plan: '重庆市十四五公共服务规划', basis: 'cited', target: 79.3, targetYear: 2025, baseline: null, source: YZ_LIFE },
      { district: 81, method: 'exact', comparison: 'ABOVE', loaded: true, plan: expect.stringContaining('十五五社会发展规划'), basis: null, target: 80.5, targetYear: 2030, baseline: 79.72, source: null },
    ]);
    const [measure] = await db.executor().read('MATCH (:Indicator {id: $id})-[:MEASURES]->(m:Measure) RETURN m.id AS id, m.unit AS unit', { id: YZ_LIFE });
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
    const curated = await db.executor().read(
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
});
