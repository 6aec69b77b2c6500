import { readdirSync } from 'node:fs';
import path from 'node:path';
import { alignPlans, curateRollUp } from '../../../src/align';
import { loadScripts } from '../../../src/db/script/loadScripts';
import { useEmptyDatabase } from '../../helpers/database';

// Measures what an admin waits for per curation on the bundled plans; prints the median.
const CYPHER = path.join(__dirname, '../../../cypher');
const inDir = (dir: string) => readdirSync(path.join(CYPHER, dir)).filter((f) => f.endsWith('.cypher')).sort().map((f) => path.join(CYPHER, dir, f));

describe('curation latency on the bundled plans', () => {
  const db = useEmptyDatabase();

  it('10 sequential curations', async () => {
    await loadScripts({ executor: db.executor(), files: [path.join(CYPHER, 'schema.cypher'), path.join(CYPHER, 'reference.cypher'), ...inDir('plans')], by: 'test' });
    await alignPlans({ executor: db.executor() });
    const pairs = await db.executor().read('MATCH (a:Indicator)-[r:ROLLS_UP_TO]->(b:Indicator) RETURN a.id AS from, b.id AS to ORDER BY from, to LIMIT 10');
    const ms: number[] = [];
    for (const [i, p] of pairs.entries()) {
      const started = process.hrtime.bigint();
      await curateRollUp({ executor: db.executor(), from: String(p.from), to: String(p.to), decision: i % 2 ? 'accepted' : 'rejected', by: 'bench', note: null });
      ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const sorted = [...ms].sort((a, b) => a - b);
    process.stdout.write(`CURATION_LATENCY_MS ${JSON.stringify({ median: (sorted[4]! + sorted[5]!) / 2, min: sorted[0], max: sorted[9], all: ms.map((m) => Math.round(m * 10) / 10) })}\n`);
    expect(ms).toHaveLength(10);
  });
});
