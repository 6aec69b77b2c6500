import { PLAN_OWNED_LABELS } from '../model';
import type { WriteStatement } from '../write';

/**
 * After the upserts every node and relationship of this revision carries its stamp, so whatever
 * still carries the plan id ($planId) with another revision ($revision) was dropped from the plan:
 * removing it makes a reload of an edited plan converge, and a rerun of the same write finds
 * nothing to remove. The text is the same for every plan, which is how the script loader knows a
 * sweep that deletes only what its own plan stamped (db/script/deletes.ts).
 */
export function sweepStatements(): WriteStatement[] {
  const stale = 'r.planId = $planId AND r.revision <> $revision';
  const rels: WriteStatement[] = [
    {
      comment: "Remove the plan's own links that this revision no longer makes",
      cypher: `MATCH (n:Plan {id: $planId})-[r]-()\nWHERE ${stale}\nDELETE r`,
    },
    ...PLAN_OWNED_LABELS.map((label) => ({
      comment: `Remove links to and from ${label} nodes that this revision no longer makes`,
      cypher: `MATCH (n:${label} {planId: $planId})-[r]-()\nWHERE ${stale}\nWITH DISTINCT r\nDELETE r`,
    })),
  ];
  const nodes = PLAN_OWNED_LABELS.map((label) => ({
    comment: `Remove ${label} nodes that this revision no longer has`,
    cypher: `MATCH (n:${label} {planId: $planId})\nWHERE n.revision <> $revision\nDETACH DELETE n`,
  }));
  return [...rels, ...nodes];
}
