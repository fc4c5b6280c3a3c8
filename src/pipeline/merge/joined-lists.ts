/** Two clusters' lists (topics, countries, what their counts count) joined, each entry once. */
export function joinedLists(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])];
}
