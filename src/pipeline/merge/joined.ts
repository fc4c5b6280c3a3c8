/**
 * What two clusters hold together, for the lists kept at a cluster's root: either list itself when
 * the other is empty (most are), else both in one.
 */
export function joined<T>(x: readonly T[], y: readonly T[]): readonly T[] {
  return x.length === 0 ? y : y.length === 0 ? x : x.concat(y);
}
