import type { Executor } from '../db/executor';
import { num } from './decode';
import type { SearchHitRecord } from './records';
import * as shapes from './shapes';

// The cjk analyzer indexes character bigrams. User text is always searched as text: Lucene's
// query syntax in it is escaped (below), so a stray quote, `AND` or `NOT` searches for itself
// instead of failing or excluding results.
const SEARCH = `CALL db.index.fulltext.queryNodes('plangraph_text', $query, {limit: $limit}) YIELD node, score
  WHERE node:Plan OR node:Chapter OR node:Goal OR node:Indicator OR node:Project OR node:Box
  RETURN score, node {.*, label: head([l IN labels(node) WHERE l IN ['Plan', 'Chapter', 'Goal', 'Indicator', 'Project', 'Box']])} AS item
  ORDER BY score DESC`;

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

export async function search(executor: Executor, text: string, limit: number): Promise<SearchHitRecord[]> {
  const rows = await executor.read(SEARCH, { query: escapeLucene(text), limit });
  return rows.map((row, i) => ({
    score: num(row.score, `hits[${i}].score`),
    item: shapes.searchable(row.item, `hits[${i}].item`),
  }));
}
