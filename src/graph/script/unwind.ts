import type { NodeSet, RelSet } from '../model';
import type { WriteStatement } from '../write';

/**
 * Rows per statement. Rows travel as a parameter, so a batch costs Neo4j no parsing and one plan
 * per shape; the bound only keeps a statement's working memory small. No plan comes near it.
 */
export const BATCH_ROWS = 5_000;

/** The SET that stamps an owned node or link with its plan's revision, so a reload can sweep what it lacks. */
const STAMP = (variable: string) => `${variable}.planId = $planId, ${variable}.revision = $revision`;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_ROWS) out.push(rows.slice(i, i + BATCH_ROWS));
  return out;
}

function part(label: string, index: number, total: number): string {
  return total > 1 ? `${label} (${index + 1}/${total})` : label;
}

/** `stamped`: the write is a plan's, whose owned nodes carry its $planId and $revision. */
export function nodeStatements(set: NodeSet, stamped: boolean): WriteStatement[] {
  const write = set.mode === 'owned' ? `SET n += row${stamped ? `, ${STAMP('n')}` : ''}` : 'ON CREATE SET n += row';
  const cypher = `UNWIND $rows AS row\nMERGE (n:${set.label} {${set.key}: row.${set.key}})\n${write}`;
  const parts = batches(set.rows);
  return parts.map((rows, i) => ({ comment: part(set.comment, i, parts.length), cypher, rows }));
}

export function relStatements(set: RelSet, stamped: boolean): WriteStatement[] {
  const hasProps = set.rows.some((r) => r.props !== undefined);
  const lines = [
    'UNWIND $rows AS row',
    `MATCH (a:${set.from.label} {${set.from.key}: row.from})`,
    `MATCH (b:${set.to.label} {${set.to.key}: row.to})`,
    ...(set.where === undefined ? [] : [`WHERE ${set.where}`]),
    `MERGE (a)-[r:${set.type}]->(b)`,
  ];
  if (set.mode === 'owned') {
    const sets = [...(hasProps ? ['r += row.props'] : []), ...(stamped ? [STAMP('r')] : [])];
    if (sets.length > 0) lines.push(`SET ${sets.join(', ')}`);
  } else if (hasProps) {
    lines.push('ON CREATE SET r += row.props');
  }
  const cypher = lines.join('\n');
  const parts = batches(set.rows.map((r) => (hasProps ? { from: r.from, to: r.to, props: r.props ?? {} } : { from: r.from, to: r.to })));
  return parts.map((rows, i) => ({ comment: part(set.comment, i, parts.length), cypher, rows }));
}
