import { cypherLiteral, cypherString } from '../cypherLiteral';
import type { NodeSet, Props, RelSet } from '../model';
import type { Statement } from './statement';

/** Keeps each statement's literal list small enough for the server to parse quickly. */
export const MAX_ROWS = 500;

/** Stamped onto everything a plan script owns, so a reload can sweep away what the new revision lacks. */
export interface Stamp {
  planId: string;
  revision: string;
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += MAX_ROWS) out.push(rows.slice(i, i + MAX_ROWS));
  return out;
}

function unwind(rows: readonly Props[]): string {
  return `UNWIND [\n${rows.map((r) => `  ${cypherLiteral(r)}`).join(',\n')}\n] AS row`;
}

function stampSet(variable: string, stamp: Stamp | undefined): string {
  if (stamp === undefined) return '';
  return `, ${variable}.planId = ${cypherString(stamp.planId)}, ${variable}.revision = ${cypherString(stamp.revision)}`;
}

function part(label: string, index: number, total: number): string {
  return total > 1 ? `${label} (${index + 1}/${total})` : label;
}

export function nodeStatements(set: NodeSet, stamp?: Stamp): Statement[] {
  const parts = chunks(set.rows);
  return parts.map((rows, i) => {
    const write = set.mode === 'owned' ? `SET n += row${stampSet('n', stamp)}` : 'ON CREATE SET n += row';
    return {
      comment: part(set.comment, i, parts.length),
      cypher: `${unwind(rows)}\nMERGE (n:${set.label} {${set.key}: row.${set.key}})\n${write}`,
    };
  });
}

export function relStatements(set: RelSet, stamp?: Stamp): Statement[] {
  const parts = chunks(set.rows);
  const hasProps = set.rows.some((r) => r.props !== undefined);
  return parts.map((rows, i) => {
    const lines = [
      unwind(rows.map((r) => ({ from: r.from, to: r.to, props: hasProps ? (r.props ?? {}) : undefined }))),
      `MATCH (a:${set.from.label} {${set.from.key}: row.from})`,
      `MATCH (b:${set.to.label} {${set.to.key}: row.to})`,
    ];
    if (set.where !== undefined) lines.push(`WHERE ${set.where}`);
    lines.push(`MERGE (a)-[r:${set.type}]->(b)`);
    if (set.mode === 'owned') {
      const props = hasProps ? 'r += row.props' : '';
      const stamped = stampSet('r', stamp);
      if (props !== '' || stamped !== '') lines.push(`SET ${props === '' ? stamped.slice(2) : props + stamped}`);
    } else if (hasProps) {
      lines.push('ON CREATE SET r += row.props');
    }
    return { comment: part(set.comment, i, parts.length), cypher: lines.join('\n') };
  });
}
