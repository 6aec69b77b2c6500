import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addPlans } from '../../../src/manage/addPlans';
import { graphCounts, useGraph } from '../../helpers/database';
import { cli } from '../../helpers/cli';
import { CHANGSHOU, truncatedChangshou, writePlan } from '../../helpers/planFixtures';

// A Changshou text cut off mid-table (indicator row 11 of 22) must never silently replace the good plan.

const indicators = async (db: ReturnType<typeof useGraph>) =>
  Number(
    (
      await db
        .executor()
        .read('MATCH (i:Indicator {planId: $id}) WHERE i.alignerVersion IS NULL RETURN count(i) AS n', {
          id: CHANGSHOU,
        })
    )[0]?.n,
  );

describe('a damaged plan text', () => {
  const db = useGraph('bundled');
  const scriptsDir = mkdtempSync(path.join(tmpdir(), 'plangraph-scripts-'));
  const cut = writePlan(CHANGSHOU, truncatedChangshou());

  it('is refused without --accept-warnings, then without --replace, and nothing is written', async () => {
    const before = await graphCounts(db.executor(), { withAudit: true });
    expect(await indicators(db)).toBe(22);
    const add = (flags: { acceptWarnings?: boolean; replace?: boolean }) =>
      addPlans({ executor: db.executor(), files: [cut], by: 'test', scriptsDir, ...flags });

    const incomplete = await add({}).catch((e: unknown) => e);
    expect(incomplete).toMatchObject({ code: 'INCOMPLETE_TEXT' });
    expect((incomplete as Error).message).toContain(
      '[TRUNCATED] the table of contents lists 20 chapters, the body has 6',
    );

    const tooMuch = await add({ acceptWarnings: true }).catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({ code: 'REPLACES_TOO_MUCH' });
    expect((tooMuch as Error).message).toMatch(
      /Indicator: 11 of 22, e\.g\. changshou-2021-2025-social-livelihood\/ind\/12/,
    );
    expect(await graphCounts(db.executor(), { withAudit: true })).toEqual(before);

    await add({ acceptWarnings: true, replace: true });
    expect(await indicators(db)).toBe(11);
    expect((await graphCounts(db.executor())).Curation).toBe(before.Curation);
  });

  it('is put right by adding the bundled text again, which removes nothing', async () => {
    // The bundled file itself, so the graph is again exactly what cypher/plans holds.
    await addPlans({
      executor: db.executor(),
      files: [path.join('plans', `${CHANGSHOU}.txt`)],
      by: 'test',
      scriptsDir,
    });
    expect(await indicators(db)).toBe(22);
  });

  it('stops `plangraph build` and `plangraph add` with exit 1 and the warnings; unknown ids stop `remove`', async () => {
    const build = await cli('build', '-o', scriptsDir, cut);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/error \[INCOMPLETE_TEXT\].*not built[\s\S]*\[TRUNCATED\][\s\S]*--accept-warnings/);

    const before = await graphCounts(db.executor(), { withAudit: true });
    const add = await cli('add', '-o', scriptsDir, '--accept-warnings', cut);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/error \[REPLACES_TOO_MUCH\][\s\S]*--replace/);
    const remove = await cli('remove', '-o', scriptsDir, 'nowhere-2021-2025');
    expect(remove.code).toBe(1);
    expect(remove.stderr).toMatch(/error \[UNKNOWN_PLAN\]: "nowhere-2021-2025" is not a plan in the graph/);
    expect(await graphCounts(db.executor(), { withAudit: true })).toEqual(before);
  });
});
