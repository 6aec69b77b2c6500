import { buildPlanScript, planWrite } from '../../../src/graph';
import { BATCH_ROWS } from '../../../src/graph/script/unwind';
import { indicator, planDocument } from './factory';
import { statementsOf, sum, unwindCounts } from './scriptParts';

const build = (doc = planDocument()) => buildPlanScript(doc, { parserVersion: 'test-1' });
const write = (doc = planDocument()) => planWrite(doc, { parserVersion: 'test-1' });

describe('buildPlanScript', () => {
  it('matches the reviewed script for the factory plan', () => {
    expect(build()).toMatchSnapshot();
  });

  it('is deterministic: the same document gives byte-identical scripts', () => {
    expect(build()).toBe(build(planDocument()));
  });

  it('starts with a header naming source, hash, parser and the plan directive the loader reads', () => {
    const head = build().split('\n\n')[0]!.split('\n');
    expect(head).toContain('// plangraph:plan test-2021-2025-plan');
    expect(head).toContain('// source: plans/test-2021-2025-plan.txt');
    expect(head).toContain(`// sha256: ${'ab'.repeat(32)}`);
    expect(head).toContain('// parser: test-1');
    expect(head.every((l) => l.startsWith('//'))).toBe(true);
  });

  it('changes its revision when the plan changes, and only then', () => {
    const revision = (s: string) => /^\/\/ revision: (\w+)$/m.exec(s)?.[1];
    const edited = planDocument({ goals: [] });
    expect(revision(build())).toMatch(/^[0-9a-f]{16}$/);
    expect(revision(build(edited))).not.toBe(revision(build()));
  });

  it('uses only idempotent writes: MERGE, SET and the stale-revision sweep', () => {
    for (const s of statementsOf(write())) {
      expect(s.cypher).not.toMatch(/\bCREATE\b(?! SET)/);
      if (/DELETE/.test(s.cypher)) expect(s.cypher).toMatch(/revision <> row\.revision/);
    }
  });

  it('names every value as a row: no literal in any statement, so every plan sends the same texts', () => {
    const w = write();
    for (const s of statementsOf(w)) {
      expect(s.cypher).not.toMatch(/'|"|\$(?!rows\b)|\b\d+\b(?!\/)/);
      expect(s.cypher.startsWith('UNWIND $rows AS row\n')).toBe(true);
    }
    const other = write(planDocument({ goals: [] }));
    const texts = new Set(statementsOf(w).map((s) => s.cypher));
    expect(statementsOf(other).filter((s) => !texts.has(s.cypher))).toEqual([]);
  });

  it('stamps every node and link the plan owns with its id and revision, as row data', () => {
    const w = write();
    const owned = statementsOf(w).filter((s) => /^SET (n|r) \+= row/m.test(s.cypher));
    expect(owned.length).toBeGreaterThan(5);
    for (const s of owned) {
      for (const row of s.rows) {
        const stamp = (/SET r/.test(s.cypher) ? row.props : row) as Record<string, unknown>;
        expect(stamp).toMatchObject({ planId: 'test-2021-2025-plan', revision: w.revision });
      }
    }
  });

  it('prints each batch as the cypher-shell :param right above the statement that UNWINDs it, once for the sweep', () => {
    const script = build();
    for (const s of statementsOf(write()).filter((st) => !/DELETE/.test(st.cypher) || /:Plan/.test(st.cypher)))
      expect(script).toContain(`]}\n${s.cypher};\n`);
    expect(
      script.match(/^:param \{rows: \[\n {2}\{planId: 'test-2021-2025-plan', revision: '[0-9a-f]{16}'\}\n\]\}$/gm),
    ).toHaveLength(1);
  });

  it('writes one statement per kind of node or relationship, with one UNWIND row per item', () => {
    const counts = unwindCounts(write());
    expect(counts.get('Chapter')).toBe(4);
    expect(counts.get('Goal')).toBe(2);
    expect(counts.get('Indicator')).toBe(2);
    expect(counts.get('Box')).toBe(2);
    expect(counts.get('Project')).toBe(2);
    expect(counts.get('Table')).toBe(2);
    expect(sum(counts, /-HAS_CHAPTER->|-HAS_SECTION->/)).toBe(4);
    expect(sum(counts, /-SETS_GOAL->/)).toBe(2);
  });

  it('splits long lists into statements of at most BATCH_ROWS rows', () => {
    const many = Array.from({ length: BATCH_ROWS + 3 }, (_, i) => indicator(i + 1));
    const script = write(planDocument({ indicators: many }));
    const parts = statementsOf(script).filter((s) => /MERGE \(n:Indicator/.test(s.cypher));
    expect(parts.map((p) => p.comment)).toEqual([
      "Indicators of the plan's indicator tables, the main one first (1/2)",
      "Indicators of the plan's indicator tables, the main one first (2/2)",
    ]);
    expect(unwindCounts(script).get('Indicator')).toBe(BATCH_ROWS + 3);
  });

  it('merges the plan on its title key and turns a citation stub into the plan', () => {
    const plan = statementsOf(write()).find((s) => s.comment.startsWith('The plan;'))!;
    expect(plan.cypher).toContain('MERGE (n:Plan {titleKey: row.titleKey})');
    expect(plan.rows).toEqual([
      expect.objectContaining({
        titleKey: '渝中区十四五公共服务规划',
        id: 'test-2021-2025-plan',
        loaded: true,
        evidence: null,
      }),
    ]);
  });

  it('cites each plan once, skips itself, and only ever creates stubs', () => {
    const stubs = statementsOf(write()).find((s) => s.comment.startsWith('Cited plans'))!;
    expect(stubs.rows).toEqual([expect.objectContaining({ id: 'cited/重庆市十四五公共服务规划', loaded: false })]);
    expect(stubs.cypher).toContain('ON CREATE SET n += row');
  });

  it('escapes quotes and backslashes from the text', () => {
    const script = build();
    expect(script).toContain("text: 'O\\'Neil 项目'");
    expect(script).toContain('C:\\\\托育\\\\计划');
  });

  it('keeps provenance: lines on nodes, basis on every plan relationship', () => {
    for (const s of statementsOf(write())) {
      if (/MERGE \(n:(Chapter|Goal|Indicator|Box|Project|Table) /.test(s.cypher)) {
        expect(s.rows?.every((r) => typeof r.lineStart === 'number' && typeof r.lineEnd === 'number')).toBe(true);
      }
      if (/MERGE \(a\)-\[r:/.test(s.cypher) && /SET r \+=/.test(s.cypher)) {
        expect(
          s.rows?.every((r) => ['stated', 'inferred', 'reference'].includes((r.props as { basis: string }).basis)),
        ).toBe(true);
      }
    }
  });

  it('rejects a plan for a region it does not know', () => {
    const doc = planDocument();
    expect(() => build({ ...doc, metadata: { ...doc.metadata, region: '火星区' } })).toThrow(/unknown region "火星区"/);
  });
});
