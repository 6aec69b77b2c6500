import { cypherString } from '../cypherLiteral';
import { PLAN_OWNED_LABELS } from '../model';
import type { Statement } from '../script/statement';
import type { Stamp } from '../script/unwind';

/**
 * After the upserts every node and relationship of this revision carries its stamp, so whatever
 * still carries the plan id with another revision was dropped from the plan: removing it makes a
 * reload of an edited plan converge, and a rerun of the same script finds nothing to remove.
 */
export function sweepStatements(stamp: Stamp): Statement[] {
  const plan = cypherString(stamp.planId);
  const revision = cypherString(stamp.revision);
  const stale = `r.planId = ${plan} AND r.revision <> ${revision}`;
  const rels: Statement[] = [
    {
      comment: "Remove the plan's own links that this revision no longer makes",
      cypher: `MATCH (n:Plan {id: ${plan}})-[r]-()\nWHERE ${stale}\nDELETE r`,
    },
    ...PLAN_OWNED_LABELS.map((label) => ({
      comment: `Remove links to and from ${label} nodes that this revision no longer makes`,
      cypher: `MATCH (n:${label} {planId: ${plan}})-[r]-()\nWHERE ${stale}\nWITH DISTINCT r\nDELETE r`,
    })),
  ];
  const nodes = PLAN_OWNED_LABELS.map((label) => ({
    comment: `Remove ${label} nodes that this revision no longer has`,
    cypher: `MATCH (n:${label} {planId: ${plan}})\nWHERE n.revision <> ${revision}\nDETACH DELETE n`,
  }));
  return [...rels, ...nodes];
}
