import { PLAN_OWNED_LABELS, type NodeLabel, type NodeRef, type NodeSet, type Props, type RelSet } from '../model';
import type { CreateForm, WriteStatement } from '../write';

/**
 * Rows per statement in a script. Rows travel as a parameter, so a batch costs Neo4j no parsing
 * and one plan per shape; the bound only keeps a statement's working memory small. No plan comes
 * near it; the loader re-batches when it merges many plans' rows (db/write/runWrite.ts).
 */
export const BATCH_ROWS = 5_000;

/**
 * Stamped onto every node and link a plan owns, as row data, so a reload can sweep what the new
 * revision lacks. Being data (not a `$planId` of the statement), it lets the loader send many
 * plans' rows through one statement: the statement text is the same for every plan.
 */
export interface Stamp {
  planId: string;
  revision: string;
}

/** `rows` cut into consecutive batches of at most `size` (none for no rows). */
export function batches<T>(rows: readonly T[], size: number = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function part(label: string, index: number, total: number): string {
  return total > 1 ? `${label} (${index + 1}/${total})` : label;
}

const stamped = (props: Props, stamp: Stamp | null): Props =>
  stamp === null ? props : { ...props, planId: stamp.planId, revision: stamp.revision };

const planOwned = (label: NodeLabel) => (PLAN_OWNED_LABELS as readonly string[]).includes(label);

/**
 * A plan's own items (Chapter … Project) exist only once the plan is loaded, all or nothing, so a
 * plan with nothing loaded can CREATE them. Not its Plan node (a citation may have made it a stub)
 * nor shared nodes (reference data, other plans). Only stamped writes have one: the unstamped
 * ones the revision is hashed from, and the script, are unchanged by it.
 */
function nodeCreate(set: NodeSet, stamp: Stamp | null): CreateForm | undefined {
  if (stamp === null || set.mode !== 'owned' || !planOwned(set.label)) return undefined;
  return {
    cypher: `UNWIND $rows AS row\nCREATE (n:${set.label})\nSET n = row`,
    identity: { kind: 'node', key: set.key },
  };
}

export function nodeStatements(set: NodeSet, stamp: Stamp | null): WriteStatement[] {
  const write = set.mode === 'owned' ? 'SET n += row' : 'ON CREATE SET n += row';
  const cypher = `UNWIND $rows AS row\nMERGE (n:${set.label} {${set.key}: row.${set.key}})\n${write}`;
  const rows = set.mode === 'owned' ? set.rows.map((r) => stamped(r, stamp)) : set.rows;
  const create = nodeCreate(set, stamp);
  const parts = batches(rows);
  return parts.map((batch, i) => ({
    comment: part(set.comment, i, parts.length),
    cypher,
    rows: batch,
    ...(create ? { create } : {}),
  }));
}

export function relStatements(set: RelSet, stamp: Stamp | null): WriteStatement[] {
  const owned = set.mode === 'owned';
  const hasProps = set.rows.some((r) => r.props !== undefined) || (owned && stamp !== null);
  // A condition on an endpoint (a.loaded = false) could steer the planner to that property's
  // index, a seek over every stub per row; the hints keep it on the keys' unique indexes.
  const hint = (v: 'a' | 'b', ref: NodeRef) =>
    set.where === undefined ? [] : [`USING INDEX ${v}:${ref.label}(${ref.key})`];
  const matchA = `MATCH (a:${set.from.label} {${set.from.key}: row.from})`;
  const matchB = `MATCH (b:${set.to.label} {${set.to.key}: row.to})`;
  const lines = [
    'UNWIND $rows AS row',
    matchA,
    ...hint('a', set.from),
    matchB,
    ...hint('b', set.to),
    ...(set.where === undefined ? [] : [`WHERE ${set.where}`]),
    `MERGE (a)-[r:${set.type}]->(b)`,
    ...(hasProps ? [owned ? 'SET r += row.props' : 'ON CREATE SET r += row.props'] : []),
  ];
  const cypher = lines.join('\n');
  // A link the plan owns that touches one of its items cannot exist before the item does.
  const create: CreateForm | undefined =
    owned && stamp !== null && set.where === undefined && (planOwned(set.from.label) || planOwned(set.to.label))
      ? {
          cypher: ['UNWIND $rows AS row', matchA, matchB, `CREATE (a)-[r:${set.type}]->(b)`, 'SET r = row.props'].join(
            '\n',
          ),
          identity: { kind: 'rel' },
        }
      : undefined;
  const rows = set.rows.map((r) =>
    hasProps
      ? { from: r.from, to: r.to, props: owned ? stamped(r.props ?? {}, stamp) : (r.props ?? {}) }
      : { from: r.from, to: r.to },
  );
  const parts = batches(rows);
  return parts.map((batch, i) => ({
    comment: part(set.comment, i, parts.length),
    cypher,
    rows: batch,
    ...(create ? { create } : {}),
  }));
}
