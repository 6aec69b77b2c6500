import type { CypherValue } from './cypherLiteral';
import type { Props } from './model';

/**
 * One parameterised statement of a graph write. Its Cypher names values only as parameters:
 * `$rows`, the batch it UNWINDs, and the write's own parameters ($planId, $revision …). Values
 * never become Cypher text, so the loader sends them as they are and Neo4j plans each shape once.
 */
export interface WriteStatement {
  comment: string;
  cypher: string;
  rows?: readonly Props[];
}

/**
 * What `plangraph build` prints as a script and what the loader sends to Neo4j: the same
 * statements, as data. The script shows each batch as a `:param` line above its statement, which
 * is how cypher-shell takes parameters, so an admin reviews (and can run) exactly what is loaded.
 */
export interface GraphWrite {
  /** The script's header comment lines. */
  header: string[];
  /** Parameters shared by every statement, printed once at the top of the script. */
  params: { readonly [key: string]: CypherValue };
  statements: WriteStatement[];
  /** Plans it writes (its Load record links to them). */
  plans: string[];
}
