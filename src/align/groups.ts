/** Appends to the key's list, creating it: grouping in one pass, without copying a list per item. */
export function pushTo<K, T>(groups: Map<K, T[]>, key: K, value: T): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
