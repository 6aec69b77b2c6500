import { lexCypher, type Token } from './lex';
import { decodeUnicodeEscapes } from './unicodeEscapes';

// Neo4j runs schema and administration commands outside the transaction they are sent in: they
// take effect at once and a later failure in the same file cannot undo them. They are told apart
// from data statements by their first keywords (after an optional `USE <database>`).
const ADMIN_FIRST = new Set([
  'ALTER',
  'GRANT',
  'DENY',
  'REVOKE',
  'START',
  'STOP',
  'TERMINATE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'RENAME',
  'DRYRUN',
]);
const SCHEMA_OBJECTS = new Set(['CONSTRAINT', 'INDEX', 'DATABASE', 'ALIAS', 'USER', 'ROLE', 'ROLES', 'SERVER']);
// Words that may stand between CREATE/DROP and the object: OR REPLACE, index kinds, COMPOSITE.
const QUALIFIERS = new Set([
  'OR',
  'REPLACE',
  'RANGE',
  'TEXT',
  'POINT',
  'LOOKUP',
  'FULLTEXT',
  'VECTOR',
  'BTREE',
  'COMPOSITE',
  'NODE',
  'RELATIONSHIP',
]);

/** The schema or administration command a statement is (e.g. `DROP INDEX`), or null for a data statement. */
export function schemaCommand(statement: string): string | null {
  const words = lexCypher(decodeUnicodeEscapes(statement).text).filter((t) => t.kind !== 'string');
  let i = 0;
  const word = (at: number): string | null => (words[at]?.kind === 'word' ? words[at].text.toUpperCase() : null);
  if (word(0) === 'USE') i = skipDatabaseName(words, 1);
  const first = word(i);
  if (first === null) return null;
  if (ADMIN_FIRST.has(first)) return first;
  // DROP starts no data clause; CREATE does only when a pattern follows.
  if (first !== 'CREATE' && first !== 'DROP') return null;
  let j = i + 1;
  while (word(j) !== null && QUALIFIERS.has(word(j) as string)) j += 1;
  const object = word(j);
  if (object !== null && SCHEMA_OBJECTS.has(object)) return `${first} ${object}`;
  return first === 'DROP' ? 'DROP' : null;
}

/** Index just past `name` or `a.b` (quoted or not) after USE. */
function skipDatabaseName(tokens: readonly Token[], from: number): number {
  let i = from;
  while (tokens[i] && (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'name')) {
    i += 1;
    if (tokens[i]?.kind === 'symbol' && tokens[i]?.text === '.') i += 1;
    else break;
  }
  return i;
}
