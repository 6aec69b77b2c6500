import { cypherLiteral, cypherString } from '../../src/graph/cypherLiteral';
import type { NodeSet, Props, RelSet } from '../../src/graph/model';
import { planWriteSets, type BuildPlanOptions } from '../../src/graph/plan/buildPlanScript';
import { sweepStatements } from '../../src/graph/plan/sweep';
import { commentLine } from '../../src/graph/script/statement';
import type { WriteStatement } from '../../src/graph/write';
import type { PlanDocument } from '../../src/ingest';

interface Stamp {
  planId: string;
  revision: string;
}

interface Statement {
  comment: string;
  cypher: string;
}

// The obvious way to write a graph: one MERGE per node and per relationship, values spliced in as
// literals. Same rows, same stamps and sweep as the batched script, so both leave the same graph.

const stamped = (v: string, s: Stamp) =>
  `${v}.planId = ${cypherString(s.planId)}, ${v}.revision = ${cypherString(s.revision)}`;
const literal = (props: Props) => cypherLiteral(props);

function nodeStatements(set: NodeSet, s: Stamp): Statement[] {
  return set.rows.map((row) => {
    const key = `{${set.key}: ${cypherLiteral(row[set.key] as string)}}`;
    const write =
      set.mode === 'owned' ? `SET n += ${literal(row)}, ${stamped('n', s)}` : `ON CREATE SET n += ${literal(row)}`;
    return { comment: set.comment, cypher: `MERGE (n:${set.label} ${key})\n${write}` };
  });
}

function relStatements(set: RelSet, s: Stamp): Statement[] {
  return set.rows.map((row) => {
    const lines = [
      `MATCH (a:${set.from.label} {${set.from.key}: ${cypherString(row.from)}})`,
      `MATCH (b:${set.to.label} {${set.to.key}: ${cypherString(row.to)}})`,
      ...(set.where ? [`WHERE ${set.where}`] : []),
      `MERGE (a)-[r:${set.type}]->(b)`,
    ];
    const props = row.props ? literal(row.props) : null;
    if (set.mode === 'owned') lines.push(`SET ${props ? `r += ${props}, ` : ''}${stamped('r', s)}`);
    else if (props) lines.push(`ON CREATE SET r += ${props}`);
    return { comment: set.comment, cypher: lines.join('\n') };
  });
}

/** The naive script of a plan; `revision` is the batched script's, so both stamp alike. */
export function buildNaiveScript(doc: PlanDocument, revision: string, options: BuildPlanOptions = {}): string {
  const stamp = { planId: doc.metadata.id, revision };
  const { guard, parts } = planWriteSets(doc, options);
  const statements = [
    withRows(guard),
    ...parts.flatMap((p) => [
      ...p.nodes.flatMap((n) => nodeStatements(n, stamp)),
      ...p.rels.flatMap((r) => relStatements(r, stamp)),
    ]),
    ...sweepStatements(stamp).map(withRows),
  ];
  const header = [`Naive load script: ${doc.metadata.title}`, `plangraph:plan ${doc.metadata.id}`]
    .map(commentLine)
    .join('\n');
  return `${header}\n\n${statements.map((st) => `${commentLine(st.comment)}\n${st.cypher};\n`).join('\n')}`;
}

// The guard and the sweeps are the batched script's own, their one row spelled inline as a literal list.
function withRows(s: WriteStatement): Statement {
  return {
    comment: s.comment,
    cypher: s.cypher.replace('UNWIND $rows AS row', `UNWIND ${cypherLiteral(s.rows)} AS row`),
  };
}

export const revisionOf = (script: string): string => /^\/\/ revision: (\w+)$/m.exec(script)?.[1] ?? 'unknown';
