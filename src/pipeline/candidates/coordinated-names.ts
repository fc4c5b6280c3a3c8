import type { Mention } from '../types.ts';

/** What may stand between two names of one list: a comma or "and", perhaps an article. */
const LIST_GAP = /^\s*(?:,|and|und|en)?\s*(?:(?:the|de|het|die|der|das)\s+)?$/i;

/**
 * "Österreich und Kroatien schickten …", "Spain, Britain, Qatar and the United Arab Emirates sent
 * …": a name listed with the agent acts with it; it is no place.
 */
export function coordinated(text: string, a: Mention, b: Mention, mentions: readonly Mention[]): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  let from = first.end;
  for (const m of mentions) {
    if (m.start < from || m.end > second.start) continue;
    if (!LIST_GAP.test(text.slice(from, m.start))) return false;
    from = m.end;
  }
  return LIST_GAP.test(text.slice(from, second.start));
}
