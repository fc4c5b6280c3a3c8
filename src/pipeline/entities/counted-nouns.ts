/**
 * German capitalises every noun, and no dictionary here tells one from a name: "Vor den Stufen der
 * Kirche legten Menschen Blumen nieder" reads as a name "Menschen Blumen". A word the same report
 * counts with a number ("mehr als 50 Menschen wurden verletzt") is a common noun wherever it
 * stands: nobody counts a person by name. A number that a capitalised word opens ("Boeing 737 Max")
 * names a model, and counts nothing.
 */
import { countedAfterNumber } from './german-common-nouns.ts';
import type { SentenceState } from './found.ts';
import type { Token } from './text.ts';

function countedNouns(states: readonly SentenceState[]): Set<string> {
  const counted = new Set<string>();
  for (const { tokens } of states)
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.capitalised && !tokens[i - 2]?.capitalised && countedAfterNumber(tokens, i)) counted.add(t.norm);
    }
  return counted;
}

/** Unknown names of a German report that open with a noun it counts elsewhere name nobody. */
export function dropCountedNouns(states: readonly SentenceState[], language: string): void {
  if (language !== 'de') return;
  let counted: Set<string> | undefined;
  for (const { tokens, found } of states)
    for (const f of found) {
      if (f.kind !== 'unknown' || f.id === undefined) continue;
      counted ??= countedNouns(states);
      if (counted.has((tokens[f.first] as Token).norm)) f.id = undefined;
    }
}
