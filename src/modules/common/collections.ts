/** Groups rows by a key, keeping their order; keys with no rows get an empty list. */
export function groupRows<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Orders rows to match keys (DataLoader's contract); a missing key gets null. */
export function rowsByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): Array<T | null> {
  const byKey = new Map<K, T>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
