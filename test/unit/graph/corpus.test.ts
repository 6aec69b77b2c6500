import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PLANS_DIR, scriptForPlanFile } from '../../../src/manage/planScript';
import { titleKey } from '../../../src/graph';
import { readPlanFile, type Chapter, type PlanDocument } from '../../../src/ingest';
import { sum, unwindCounts } from './scriptParts';

// Scripts name their source by a path relative to the repository root, as `plangraph build` does when run there.
const root = path.resolve(__dirname, '../../..');
process.chdir(root);
const planFiles = readdirSync('plans')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `plans/${f}`);

const flatten = (chapters: readonly Chapter[]): Chapter[] => chapters.flatMap((c) => [c, ...flatten(c.children)]);

function expectedTables(doc: PlanDocument): number {
  const main = doc.indicatorTable;
  const captioned = main !== null && doc.tables.some((t) => t.number === (main.number ?? 'indicators'));
  return doc.tables.length + (main !== null && !captioned ? 1 : 0);
}

describe.each(planFiles)('%s', (file) => {
  const doc = readPlanFile(file);
  const { planId, script, write } = scriptForPlanFile(file);
  const counts = unwindCounts(write);

  it('writes exactly what the parser found', () => {
    const chapters = flatten(doc.chapters).length;
    const projects = doc.boxes.reduce((n, b) => n + b.items.length, 0);
    const cited = new Set(doc.metadata.basedOn.map((c) => titleKey(c.title)));
    cited.delete(titleKey(doc.metadata.title));
    expect({
      Chapter: counts.get('Chapter') ?? 0,
      structure: sum(counts, /-(HAS_CHAPTER|HAS_SECTION)->/),
      Goal: counts.get('Goal') ?? 0,
      SETS_GOAL: sum(counts, /-SETS_GOAL->/),
      Indicator: counts.get('Indicator') ?? 0,
      HAS_INDICATOR: sum(counts, /-HAS_INDICATOR->/),
      Box: counts.get('Box') ?? 0,
      HAS_BOX: sum(counts, /-HAS_BOX->/),
      Project: counts.get('Project') ?? 0,
      LISTS: sum(counts, /-LISTS->/),
      Table: counts.get('Table') ?? 0,
      BASED_ON: sum(counts, /-BASED_ON->/),
    }).toEqual({
      Chapter: chapters,
      structure: chapters,
      Goal: doc.goals.length,
      SETS_GOAL: doc.goals.length,
      Indicator: doc.indicators.length,
      HAS_INDICATOR: doc.indicators.length,
      Box: doc.boxes.length,
      HAS_BOX: doc.boxes.length,
      Project: projects,
      LISTS: projects,
      Table: expectedTables(doc),
      BASED_ON: cited.size,
    });
  });

  it('tags indicators with domains and gives every tagged item a responsible department', () => {
    expect(sum(counts, /^Indicator-IN_DOMAIN->/)).toBeGreaterThan(doc.indicators.length * 0.8);
    expect(sum(counts, /^Department-RESPONSIBLE_FOR->/)).toBeGreaterThan(0);
  });

  it(`is committed as ${PLANS_DIR}/<planId>.cypher and up to date (run \`plangraph build plans/*.txt\` to fix)`, () => {
    const committed = path.join(PLANS_DIR, `${planId}.cypher`);
    expect(existsSync(committed)).toBe(true);
    expect(readFileSync(committed, 'utf8')).toBe(script);
  });
});
