import type { Sister } from './sisters.ts';

/** Test support: a related report of one member, sharing no named features. */
export function sisterOf(id: string, date: string, score: number): Sister {
  return { id, date, score, shared: [], members: 1 };
}
