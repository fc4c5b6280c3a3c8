import type { EventCandidate } from '../candidates/event-candidate.ts';

/** A new list of the ids, each once, in code-unit order. */
export function uniqueSorted(ids: readonly string[]): string[] {
  const out = ids.slice();
  if (out.length < 2) return out;
  out.sort();
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i] as string;
  out.length = n;
  return out;
}

/**
 * The ids an event shows, each once and sorted: those of its candidates but the ones each put
 * aside as named only in another clause than its happening's (candidates/clause-scope.ts).
 */
export function shownIds(
  candidates: readonly EventCandidate[],
  ids: (c: EventCandidate) => readonly string[],
  aside: (c: EventCandidate) => readonly string[] | undefined,
): string[] {
  return uniqueSorted(
    candidates.flatMap((c) => {
      const away = aside(c);
      return away ? ids(c).filter((id) => !away.includes(id)) : ids(c);
    }),
  );
}
