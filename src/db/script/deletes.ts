import { sweepStatements } from '../../graph/plan/sweep';
import type { Params } from '../executor';
import { leadingTrivia, type ScriptStatement } from './split';

const SWEEPS: ReadonlySet<string> = new Set(sweepStatements({ planId: '', revision: '' }).map((s) => s.cypher));

/**
 * True when the statement is, byte for byte, one of the sweep statements a generated plan script
 * ends with, run with `$rows` naming only `plans` (its `// plangraph:plan` directives). Those match
 * only nodes and links stamped with those plans' ids, so a plan script may delete its own stale
 * items without --allow-delete, and nothing else: any other statement that deletes needs the flag.
 */
export function isPlanSweep(statement: ScriptStatement, params: Params, plans: readonly string[]): boolean {
  const text = statement.text.slice(leadingTrivia(statement.text)).replace(/\r\n?/g, '\n');
  const rows = params.rows;
  if (!SWEEPS.has(text) || !Array.isArray(rows) || rows.length === 0) return false;
  return rows.every((row: unknown) => {
    const planId = (row as { planId?: unknown } | null)?.planId;
    return typeof planId === 'string' && plans.includes(planId);
  });
}
