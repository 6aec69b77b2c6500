import { buildPlanScript } from '../../../src/graph';
import { MAX_ROWS } from '../../../src/graph/script/unwind';
import { indicator, planDocument } from './factory';
import { statementsOf, sum, unwindCounts } from './scriptParts';

const build = (doc = planDocument()) => buildPlanScript(doc, { parserVersion: 'test-1' });

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
    for (const s of statementsOf(build())) {
      expect(s.cypher).not.toMatch(/\bCREATE\b(?! SET)/);
      if (/DELETE/.test(s.cypher)) expect(s.cypher).toMatch(/revision <> '[0-9a-f]{16}'/);
    }
  });

  it('writes one statement per kind of node or relationship, with one UNWIND row per item', () => {
    const counts = unwindCounts(build());
    expect(counts.get('Chapter')).toBe(4);
    expect(counts.get('Goal')).toBe(2);
    expect(counts.get('Indicator')).toBe(2);
    expect(counts.get('Box')).toBe(2);
    expect(counts.get('Project')).toBe(2);
    expect(counts.get('Table')).toBe(2);
    expect(sum(counts, /-HAS_CHAPTER->|-HAS_SECTION->/)).toBe(4);
    expect(sum(counts, /-SETS_GOAL->/)).toBe(2);
  });

  it('splits long lists into statements of at most MAX_ROWS rows', () => {
    const many = Array.from({ length: MAX_ROWS + 3 }, (_, i) => indicator(i + 1));
    const script = build(planDocument({ indicators: many }));
    const parts = statementsOf(script).filter((s) => /MERGE \(n:Indicator/.test(s.cypher));
    expect(parts.map((p) => p.comment)).toEqual([
      'Indicators of the main indicator table (1/2)',
      'Indicators of the main indicator table (2/2)',
    ]);
    expect(unwindCounts(script).get('Indicator')).toBe(MAX_ROWS + 3);
  });

  it('merges the plan on its title key and turns a citation stub into the plan', () => {
    const plan = statementsOf(build()).find((s) => s.comment.startsWith('The plan;'))!;
    expect(plan.cypher).toContain('MERGE (n:Plan {titleKey: row.titleKey})');
    expect(plan.cypher).toContain("titleKey: '渝中区十四五公共服务规划', id: 'test-2021-2025-plan'");
    expect(plan.cypher).toContain('loaded: true, evidence: null');
  });

  it('cites each plan once, skips itself, and only ever creates stubs', () => {
    const stubs = statementsOf(build()).find((s) => s.comment.startsWith('Cited plans'))!;
    expect(stubs.cypher.match(/^ {2}\{/gm)).toHaveLength(1);
    expect(stubs.cypher).toContain("id: 'cited/重庆市十四五公共服务规划'");
    expect(stubs.cypher).toContain('loaded: false');
    expect(stubs.cypher).toContain('ON CREATE SET n += row');
  });

  it('escapes quotes and backslashes from the text', () => {
    const script = build();
    expect(script).toContain("text: 'O\\'Neil 项目'");
    expect(script).toContain('C:\\\\托育\\\\计划');
  });

  it('keeps provenance: lines on nodes, basis on every plan relationship', () => {
    for (const s of statementsOf(build())) {
      if (/MERGE \(n:(Chapter|Goal|Indicator|Box|Project|Table) /.test(s.cypher)) {
        expect(s.cypher.split('\n').filter((l) => l.startsWith('  {')).every((l) => /lineStart: \d+, lineEnd: \d+/.test(l))).toBe(true);
      }
      if (/MERGE \(a\)-\[r:/.test(s.cypher) && /SET r \+=/.test(s.cypher)) {
        expect(s.cypher.split('\n').filter((l) => l.startsWith('  {')).every((l) => /basis: '(stated|inferred|reference)'/.test(l))).toBe(true);
      }
    }
  });

  it('rejects a plan for a region it does not know', () => {
    const doc = planDocument();
    expect(() => build({ ...doc, metadata: { ...doc.metadata, region: '火星区' } })).toThrow(/unknown region "火星区"/);
  });
});
