import type { Executor } from '../db/executor';
import type { SearchHitRecord } from './records';

// The cjk analyzer indexes character bigrams; Lucene syntax characters in the user's text are
// escaped so a stray quote or colon searches for itself instead of failing.
const SEARCH = `CALL db.index.fulltext.queryNodes('plangraph_text', $query, {limit: $limit}) YIELD node, score
  WHERE node:Plan OR node:Chapter OR node:Goal OR node:Indicator OR node:Project OR node:Box
  RETURN score, node {.*, label: head([l IN labels(node) WHERE l IN ['Plan', 'Chapter', 'Goal', 'Indicator', 'Project', 'Box']])} AS item
  ORDER BY score DESC`;

export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

export async function search(executor: Executor, text: string, limit: number): Promise<SearchHitRecord[]> {
  const rows = await executor.read(SEARCH, { query: escapeLucene(text), limit });
  return rows.map((row) => ({ score: Number(row.score), item: row.item as SearchHitRecord['item'] }));
}
