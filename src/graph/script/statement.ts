/** One Cypher statement with the comment printed above it. */
export interface Statement {
  comment: string;
  cypher: string;
}

/** Comments are single `//` lines, so a stray line break in a title or file name must not escape them. */
export function commentLine(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

/**
 * Statements end with `;` and a newline, the form Neo4j's own tools (cypher-shell, Browser)
 * split on. Literals never contain raw line breaks, so `;` at a line end only ever ends a statement.
 */
export function renderScript(header: readonly string[], statements: readonly Statement[]): string {
  const head = header.map(commentLine).join('\n');
  const body = statements.map((s) => `${commentLine(s.comment)}\n${s.cypher};\n`).join('\n');
  return `${head}\n\n${body}`;
}
