import type { Executor, Params, Row } from '../db/executor';
import type { Decoder } from './decode';

/** A batched query: its Cypher, how each row's item is decoded, and a name for the paths of its errors. */
export interface KeyedQuery<T> {
  cypher: string;
  item: Decoder<T>;
  name: string;
}

/**
 * Runs one batched query for many keys and returns the results in the order of the keys, as
 * DataLoader needs. The query gets the keys as `$keys` and returns rows of `{key, item}`; each
 * item goes through the query's decoder (decode.ts).
 */
export async function manyPerKey<T>(
  executor: Executor,
  { cypher, item, name }: KeyedQuery<T>,
  keys: readonly string[],
  params: Params = {},
): Promise<T[][]> {
  const rows = await executor.read(cypher, { ...params, keys: [...keys] });
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  rows.forEach((row, i) => byKey.get(String(row.key))?.push(item(row.item, `${name}[${i}].item`)));
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Like manyPerKey for at most one item per key: null where there is none. */
export async function onePerKey<T>(
  executor: Executor,
  query: KeyedQuery<T>,
  keys: readonly string[],
  params: Params = {},
): Promise<(T | null)[]> {
  const lists = await manyPerKey<T>(executor, query, keys, params);
  return lists.map((list) => list[0] ?? null);
}

/** A single-row aggregate, e.g. `RETURN count(*) AS n`. */
export async function scalar(executor: Executor, cypher: string, params: Params = {}): Promise<Row> {
  const [row] = await executor.read(cypher, params);
  return row ?? {};
}
