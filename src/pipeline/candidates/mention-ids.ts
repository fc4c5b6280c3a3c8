import type { Mention } from '../types.ts';

/** Distinct ids of the place mentions (or of the other mentions), sorted. */
export function idsOf(mentions: Mention[], places: boolean): string[] {
  const ids: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.id && (m.kind === 'place') === places && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids.length > 1 ? ids.sort() : ids;
}
