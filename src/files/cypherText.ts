// A Cypher script opens with a clause, a cypher-shell command or a comment; a plan text with prose.
const CLAUSE =
  /^(?::[a-z]+|(?:MATCH|OPTIONAL|MERGE|CREATE|UNWIND|WITH|CALL|RETURN|LOAD|FOREACH|DETACH|DELETE|SET|REMOVE|USE|SHOW|DROP|ALTER|GRANT|DENY|REVOKE|FINISH)\b)/i;

/** Whether a text reads as Cypher: its first line that is not blank or a `//` comment starts with a clause. */
export function looksLikeCypher(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/).slice(0, 200)) {
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (trimmed === '' || trimmed.startsWith('//')) continue;
    return CLAUSE.test(trimmed);
  }
  return false;
}
