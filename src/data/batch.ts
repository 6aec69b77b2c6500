import type { Executor, Params, Row } from '../db/executor';

/**
 * Runs one batched query for many keys and returns the results in the order of the keys, as
 * DataLoader needs. The query gets the keys as `$keys` and returns rows of `{key, item}`.
 */
export async function manyPerKey<T>(
  executor: Executor,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<T[][]> {
  const rows = await executor.read(cypher, { ...params, keys: [...keys] });
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(String(row.key))?.push(row.item as T);
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Like manyPerKey for at most one item per key: null where there is none. */
export async function onePerKey<T>(
  executor: Executor,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<(T | null)[]> {
  const lists = await manyPerKey<T>(executor, cypher, keys, params);
  return lists.map((list) => list[0] ?? null);
}

/** A single-row aggregate, e.g. `RETURN count(*) AS n`. */
export async function scalar(executor: Executor, cypher: string, params: Params = {}): Promise<Row> {
  const [row] = await executor.read(cypher, params);
  return row ?? {};
}
