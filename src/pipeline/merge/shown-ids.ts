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
 * aside as named only in another clause than its happening's (candidates/clause-scope.ts), and the
 * countries whose people a count is of ("Spain's government says 50 Spaniards died" tells no death
 * in Spain, nor anything Spain did).
 */
export function shownIds(
  candidates: readonly EventCandidate[],
  ids: (c: EventCandidate) => readonly string[],
  aside: (c: EventCandidate) => readonly string[] | undefined,
): string[] {
  return uniqueSorted(
    candidates.flatMap((c) => {
      const away = aside(c);
      const nationals = c.nationals;
      return away || nationals
        ? ids(c).filter((id) => !away?.includes(id) && !nationals?.includes(id))
        : ids(c);
    }),
  );
}
