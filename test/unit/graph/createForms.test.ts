import { readdirSync } from 'node:fs';
import path from 'node:path';
import { planWrite } from '../../../src/graph';
import { PLAN_OWNED_LABELS } from '../../../src/graph/model';
import { readPlanFile } from '../../../src/ingest';

// The CREATE forms the loader uses for a plan with nothing loaded (db/write/runWrite.ts): only for
// the plan's own items and the links that touch them, each of those naming an item of this plan,
// so nothing they create can have existed before the plan was loaded.

const root = path.resolve(__dirname, '../../..');
const plans = readdirSync(path.join(root, 'plans'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => planWrite(readPlanFile(path.join(root, 'plans', f)), { parserVersion: 'test' }));
const owned = new RegExp(`\\((?:n|a|b):(?:${PLAN_OWNED_LABELS.join('|')})[ )]`);

describe('CREATE forms of a plan write', () => {
  it('exist for plan items and their links, never for the Plan node, shared nodes, stub links or sweeps', () => {
    for (const w of plans) {
      const forms = w.statements.filter((s) => s.create);
      expect(forms.length).toBeGreaterThan(5);
      for (const s of w.statements) {
        if (s.create === undefined) continue;
        expect(s.sweep).toBeUndefined();
        expect(s.cypher).toContain('MERGE');
        expect(s.create.cypher).not.toContain('MERGE');
        expect(s.create.cypher).toMatch(owned);
      }
      const without = w.statements.filter((s) => !s.sweep && !s.create).map((s) => s.cypher);
      expect(without.some((c) => c.includes('MERGE (n:Plan {titleKey'))).toBe(true);
      expect(without.some((c) => c.includes('MERGE (n:Department'))).toBe(true);
      expect(without.some((c) => c.includes('FOR_REGION'))).toBe(true);
    }
  });

  it("name only the plan's own items, each once across the write, stamped with its id", () => {
    for (const w of plans) {
      const planId = w.plans[0] as string;
      // Statements with one CREATE text make one label's nodes, or one type's links between two labels.
      const seen = new Map<string, Set<unknown>>();
      for (const s of w.statements) {
        if (s.create === undefined) continue;
        const identity = s.create.identity;
        const keys = seen.get(s.create.cypher) ?? new Set<unknown>();
        seen.set(s.create.cypher, keys);
        for (const r of s.rows) {
          const key = identity.kind === 'node' ? r[identity.key] : `${r.from as string}→${r.to as string}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          const stamp = (identity.kind === 'node' ? r : r.props) as { planId?: unknown };
          expect(stamp.planId).toBe(planId);
          const ends = identity.kind === 'node' ? [r[identity.key]] : [r.from, r.to];
          expect(ends.some((e) => (e as string).startsWith(`${planId}/`))).toBe(true);
        }
      }
    }
  });
});
