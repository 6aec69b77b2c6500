import type { Executor } from '../db/executor';
import { byLabel, type Decoder, num } from './decode';
import {
  BOX,
  CHAPTER,
  GOAL,
  INDICATOR,
  PLAN,
  PROJECT,
  projectRoot,
  QueryParts,
  type NodeSpec,
} from './planner/project';
import { Unplannable, type SelectionSet } from './planner/selection';
import type { SearchableRecord, SearchHitRecord } from './records';

// The cjk analyzer indexes character bigrams. User text is always searched as text: Lucene's
// query syntax in it is escaped (below), so a stray quote, `AND` or `NOT` searches for itself
// instead of failing or excluding results.

// The characters Lucene's QueryParser.escape() escapes: + - ! ( ) : ^ [ ] " { } ~ * ? | & / \
const SYNTAX = /[+\-!():^[\]"{}~*?|&/\\]/g;
// The classic parser also reads these words, alone between spaces, as operators (`AND`, `OR`,
// `NOT`; only upper case is, but escaping a letter is harmless, so every case is escaped). A
// backslash before the first letter makes the word a term, which the analyzer then drops as an
// English stop word, exactly as it drops `not` in any other text.
const OPERATOR_WORD = /(^|\s)(and|or|not)(?=\s|$)/gi;

/** User text as a Lucene query that matches the text's words and nothing else. */
export function escapeLucene(text: string): string {
  return text.replace(SYNTAX, '\\$&').replace(OPERATOR_WORD, '$1\\$2');
}

const SEARCHABLE: ReadonlyArray<NodeSpec<SearchableRecord>> = [PLAN, CHAPTER, GOAL, INDICATOR, PROJECT, BOX];

/**
 * The full-text search, each hit projected as the request selects it on its type (`byType`, from the
 * look-ahead), instead of every property: a chapter's whole text was most of the rows (~14 KB for
 * 20 hits at small scale, ~2 KB of it one chapter's text) and the bare query took ~1.25× as long.
 * A type whose selection the planner does not cover is projected whole, as before. The decoder
 * checks a hit by its label, as deep as its type was planned.
 */
export function plannedSearch(
  byType: ReadonlyMap<string, SelectionSet | null>,
  q: QueryParts,
): { cypher: string; hit: Decoder<SearchableRecord> } {
  const decoders: Record<string, Decoder<SearchableRecord>> = {};
  const branches = SEARCHABLE.map((spec) => {
    const selection = byType.get(spec.label);
    let projection = `node {.*, label: label}`;
    decoders[spec.label] = spec.decode;
    if (selection)
      try {
        const planned = projectRoot(q, spec, 'node', selection);
        projection = planned.cypher;
        decoders[spec.label] = planned.decode;
      } catch (err) {
        if (!(err instanceof Unplannable)) throw err;
      }
    return `WHEN '${spec.label}' THEN ${projection}`;
  });
  const labels = SEARCHABLE.map((spec) => `'${spec.label}'`).join(', ');
  return {
    cypher: `CALL db.index.fulltext.queryNodes('plangraph_text', $query, {limit: $limit}) YIELD node, score
  WHERE node:Plan OR node:Chapter OR node:Goal OR node:Indicator OR node:Project OR node:Box
  WITH score, node, head([l IN labels(node) WHERE l IN [${labels}]]) AS label
  RETURN score, CASE label ${branches.join(' ')} END AS item
  ORDER BY score DESC`,
    hit: byLabel(decoders),
  };
}

/**
 * Hits for `text`, best first. `item` is the look-ahead's selection of the hit's item (its
 * `byType`); without one, every hit comes back whole.
 */
export async function search(
  executor: Executor,
  text: string,
  limit: number,
  item: ReadonlyMap<string, SelectionSet | null> | null = null,
): Promise<SearchHitRecord[]> {
  const q = new QueryParts();
  // Without a selection every type is projected whole.
  const { cypher, hit } = plannedSearch(item ?? new Map(), q);
  const rows = await executor.read(cypher, { ...q.params, query: escapeLucene(text), limit });
  return rows.map((row, i) => ({
    score: num(row.score, `hits[${i}].score`),
    item: hit(row.item, `hits[${i}].item`),
  }));
}
