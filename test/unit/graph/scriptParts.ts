// Reads generated scripts back for assertions: statements, and the rows of each UNWIND list.

export interface ParsedStatement {
  comment: string;
  cypher: string;
}

export function statementsOf(script: string): ParsedStatement[] {
  return script
    .split(/;\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.split('\n').some((l) => l.trim() !== '' && !l.startsWith('//')))
    .map((chunk) => {
      const lines = chunk.split('\n');
      const comments = lines.filter((l) => l.startsWith('//'));
      return { comment: (comments[comments.length - 1] ?? '').slice(3), cypher: lines.filter((l) => !l.startsWith('//')).join('\n').trim() };
    });
}

/** Rows per `MERGE (n:Label` or `MERGE (a)-[r:TYPE]->(b)` statement kind, summed over chunks. */
export function unwindCounts(script: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statementsOf(script)) {
    const target = /MERGE \(n:(\w+) \{|MERGE \(a\)-\[r:(\w+)\]->\(b\)/.exec(s.cypher);
    if (target === null || !s.cypher.startsWith('UNWIND [')) continue;
    const from = /MATCH \(a:(\w+) /.exec(s.cypher)?.[1];
    const to = /MATCH \(b:(\w+) /.exec(s.cypher)?.[1];
    const key = target[1] ?? `${from}-${target[2]}->${to}`;
    const rows = s.cypher.split('\n').filter((l) => l.startsWith('  {')).length;
    counts.set(key, (counts.get(key) ?? 0) + rows);
  }
  return counts;
}

export const sum = (counts: Map<string, number>, pattern: RegExp): number =>
  [...counts].filter(([k]) => pattern.test(k)).reduce((n, [, v]) => n + v, 0);
