import type { Props } from './model';

/**
 * One parameterised statement of a graph write: it UNWINDs `$rows`, and every value it writes
 * comes from a row (plan ids and revision stamps included). Values never become Cypher text, so
 * the loader sends them as they are, Neo4j plans each shape once, and the statement text is the
 * same for every plan — which lets the loader send many plans' rows through one statement.
 */
export interface WriteStatement {
  comment: string;
  cypher: string;
  rows: readonly Props[];
  /**
   * Removes what an earlier revision of a plan left behind: only plans that had something loaded
   * before can have anything to remove, so the loader may leave the other plans' rows out.
   */
  sweep?: true;
  /**
   * The same write for rows of a plan with nothing loaded yet (the loader checks, in its own
   * transaction): CREATE where `cypher` MERGEs. Only for what the plan owns and nothing else can
   * hold before it is loaded — its own items and the links that touch them — so it creates exactly
   * what the MERGE would, without a lookup and lock per row. Never printed: a script stays MERGE.
   */
  create?: CreateForm;
}

/** A statement's CREATE form, and what identifies the node or relationship each row writes. */
export interface CreateForm {
  cypher: string;
  /** A node row is keyed by its key property; a relationship row by its endpoints (`from`, `to`). */
  identity: { kind: 'node'; key: string } | { kind: 'rel' };
}

/**
 * What `plangraph build` prints as a script and what the loader sends to Neo4j: the same
 * statements, as data. The script shows each batch as a `:param` line above its statement, which
 * is how cypher-shell takes parameters, so an admin reviews (and can run) exactly what is loaded.
 */
export interface GraphWrite {
  /** The script's header comment lines. */
  header: string[];
  statements: WriteStatement[];
  /** Plans it writes (its Load record links to them). */
  plans: string[];
}

/**
 * Many writes as one: statements with the same text are sent once, with the rows of all of them.
 * The order of each write's statements is kept (a statement is placed after the one its own write
 * ran before it), so every plan's nodes still precede its links and its sweep comes last.
 */
export function mergeWrites(writes: readonly GraphWrite[]): GraphWrite {
  const merged: Array<WriteStatement & { rows: Props[] }> = [];
  const at = new Map<string, number>();
  for (const write of writes) {
    let previous = -1;
    for (const s of write.statements) {
      let index = at.get(s.cypher);
      if (index === undefined || index <= previous) {
        // New text (or a repeat of a text earlier in this write, as a batch of a long list): insert after the previous.
        index = previous + 1;
        merged.splice(index, 0, { ...s, rows: [] });
        for (const [k, v] of at) if (v >= index) at.set(k, v + 1);
        at.set(s.cypher, index);
      }
      (merged[index] as { rows: Props[] }).rows.push(...s.rows);
      previous = index;
    }
  }
  return { header: [], statements: merged, plans: writes.flatMap((w) => w.plans) };
}
