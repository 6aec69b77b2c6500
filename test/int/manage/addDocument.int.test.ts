import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addPlans } from '../../../src/manage/addPlans';
import { cli } from '../../helpers/cli';
import { useGraph } from '../../helpers/database';

// `plangraph add plan.pdf` end to end on the real Neo4j: the Yuzhong plan rendered to PDF
// (test/fixtures/documents, with its .meta.json beside it) replaces the loaded text of the same
// plan; every row is the text's, so nothing is removed, and the roll-up to the city's plan holds.

const YUZHONG = 'yuzhong-2021-2025-public-services';
const PDF = path.join('test', 'fixtures', 'documents', `${YUZHONG}.pdf`);

describe('plangraph add with a PDF plan', () => {
  const db = useGraph('bundled');
  const scriptsDir = mkdtempSync(path.join(tmpdir(), 'plangraph-scripts-'));
  const read = async (cypher: string) => (await db.executor().read(cypher, { id: YUZHONG }))[0];

  it('reads the PDF, loads its 32 indicators and rolls them up as the text did', async () => {
    const linked = async () =>
      Number((await read('MATCH (:Indicator {planId: $id})-[r:ROLLS_UP_TO]->() RETURN count(r) AS n'))?.n);
    const rollUps = await linked();
    const r = await cli('add', '-o', scriptsDir, PDF);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(YUZHONG);
    const plan = await read(
      'MATCH (p:Plan {id: $id}) OPTIONAL MATCH (i:Indicator {planId: $id}) WHERE i.alignerVersion IS NULL RETURN p.sourceFile AS file, count(i) AS n',
    );
    expect(Number(plan?.n)).toBe(32);
    expect(await linked()).toBe(rollUps);
    const script = readFileSync(path.join(scriptsDir, `${YUZHONG}.cypher`), 'utf8');
    expect(script).toContain(`// source: ${PDF}`);
  });

  it('is put back by adding the bundled text again', async () => {
    await addPlans({ executor: db.executor(), files: [path.join('plans', `${YUZHONG}.txt`)], by: 'test', scriptsDir });
    expect(
      Number((await read('MATCH (i:Indicator {planId: $id}) WHERE i.alignerVersion IS NULL RETURN count(i) AS n'))?.n),
    ).toBe(32);
  });
});
