import type { ChronologyDocument } from '../../schema/events.ts';

/**
 * The outlet a source is credited to: its publisher, or else the site its address names
 * ("example.org" for https://www.example.org/…), or undefined when neither is known.
 */
export function outletName(doc: Pick<ChronologyDocument, 'publisher' | 'url'>): string | undefined {
  if (doc.publisher) return doc.publisher;
  if (!doc.url) return undefined;
  try {
    return new URL(doc.url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
