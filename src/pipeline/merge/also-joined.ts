/**
 * "According to the portal Vlast.kz, there were shootings in at least two places in the economic
 * metropolis. There were also explosions.": a sentence opening "There were also", "Er waren ook",
 * "Es gab auch", with no time of its own, adds its happening to the scene the sentence before
 * told. Where every report of an event is such a sentence, right after a report of one other
 * event, that event tells it: the shootings and explosions of one night in Almaty are one.
 */
import { opensAdding } from '../candidates/also-opening.ts';
import { compareItems, type Item } from './item.ts';

function sentenceAt(document: string, index: number): string {
  return `${document}\u0000${index}`;
}

/** Whether the item's sentence adds its happening to the one before, telling no time of its own. */
function addsToTheOneBefore(item: Item): boolean {
  const s = item.c.sentence;
  return s.timeFrom !== 'own' && s.index > 0 && opensAdding(s.text, item.c.language);
}

/**
 * The clusters, each of whose reports all add their happening to a report of one other cluster in
 * the sentence before joined to that cluster (in place, in reading order), and left out.
 */
export function joinAlso(clusters: readonly Item[][]): Item[][] {
  const adding = clusters.filter((members) => members.every(addsToTheOneBefore));
  if (adding.length === 0) return [...clusters];
  const clustersAt = new Map<string, Item[][]>();
  for (const members of clusters)
    for (const m of members) {
      const key = sentenceAt(m.c.document, m.c.sentence.index);
      const at = clustersAt.get(key) ?? [];
      if (!at.includes(members)) at.push(members);
      clustersAt.set(key, at);
    }
  const joined = new Set<Item[]>();
  for (const members of adding) {
    // The one event the sentence before each report tells: none where it tells two.
    const hosts = new Set(
      members.map((m) => {
        const at = clustersAt.get(sentenceAt(m.c.document, m.c.sentence.index - 1)) ?? [];
        return at.length === 1 ? at[0] : undefined;
      }),
    );
    const [host] = hosts;
    if (hosts.size !== 1 || host === undefined || adding.includes(host)) continue;
    host.push(...members);
    host.sort(compareItems);
    joined.add(members);
  }
  return clusters.filter((members) => !joined.has(members));
}
