import { PLAN_OWNED_LABELS } from '../model';
import type { Stamp } from '../script/unwind';
import type { WriteStatement } from '../write';

/**
 * After the upserts every node and relationship of this revision carries its stamp, so whatever
 * still carries the plan id with another revision was dropped from the plan: removing it makes a
 * reload of an edited plan converge, and a rerun of the same write finds nothing to remove. Each
 * row is one plan's stamp; the text is the same for every plan, which is how the script loader
 * knows a sweep that deletes only what its own plans stamped (db/script/deletes.ts).
 */
export function sweepStatements(stamp: Stamp): WriteStatement[] {
  const rows = [{ planId: stamp.planId, revision: stamp.revision }];
  const stale = 'r.planId = row.planId AND r.revision <> row.revision';
  const rels: Array<Omit<WriteStatement, 'rows'>> = [
    {
      comment: "Remove the plan's own links that this revision no longer makes",
      cypher: `UNWIND $rows AS row\nMATCH (n:Plan {id: row.planId})-[r]-()\nWHERE ${stale}\nDELETE r`,
    },
    ...PLAN_OWNED_LABELS.map((label) => ({
      comment: `Remove links to and from ${label} nodes that this revision no longer makes`,
      cypher: `UNWIND $rows AS row\nMATCH (n:${label} {planId: row.planId})-[r]-()\nWHERE ${stale}\nWITH DISTINCT r\nDELETE r`,
    })),
  ];
  const nodes = PLAN_OWNED_LABELS.map((label) => ({
    comment: `Remove ${label} nodes that this revision no longer has`,
    cypher: `UNWIND $rows AS row\nMATCH (n:${label} {planId: row.planId})\nWHERE n.revision <> row.revision\nDETACH DELETE n`,
  }));
  return [...rels, ...nodes].map((s) => ({ ...s, rows, sweep: true }));
}
