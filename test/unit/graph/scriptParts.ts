import type { GraphWrite, WriteStatement } from '../../../src/graph';

// Reads writes for assertions: their statements, and the rows each kind of MERGE writes.

export interface FileStatement {
  comment: string;
  cypher: string;
}

/** Statements of a hand-written Cypher file (cypher/schema.cypher), split where a `;` ends a line. */
export function statementsOfFile(script: string): FileStatement[] {
  return script
    .split(/;\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.split('\n').some((l) => l.trim() !== '' && !l.startsWith('//')))
    .map((chunk) => {
      const lines = chunk.split('\n');
      const comments = lines.filter((l) => l.startsWith('//'));
      return {
        comment: (comments[comments.length - 1] ?? '').slice(3),
        cypher: lines
          .filter((l) => !l.startsWith('//'))
          .join('\n')
          .trim(),
      };
    });
}

export const statementsOf = (write: GraphWrite): WriteStatement[] => write.statements;

/** Rows per `MERGE (n:Label` or `MERGE (a)-[r:TYPE]->(b)` statement kind, summed over batches. */
export function unwindCounts(write: GraphWrite): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of write.statements) {
    const target = /MERGE \(n:(\w+) \{|MERGE \(a\)-\[r:(\w+)\]->\(b\)/.exec(s.cypher);
    if (target === null || s.rows === undefined) continue;
    const from = /MATCH \(a:(\w+) /.exec(s.cypher)?.[1];
    const to = /MATCH \(b:(\w+) /.exec(s.cypher)?.[1];
    const key = target[1] ?? `${from}-${target[2]}->${to}`;
    counts.set(key, (counts.get(key) ?? 0) + s.rows.length);
  }
  return counts;
}

export const sum = (counts: Map<string, number>, pattern: RegExp): number =>
  [...counts].filter(([k]) => pattern.test(k)).reduce((n, [, v]) => n + v, 0);
