import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { MergeFeatures } from './features.ts';
import { scoreFeatures, THRESHOLD } from './similarity.ts';
import { sameScene } from './scenes.ts';
import { storyBonus } from './story-bonus.ts';
import { overlap } from './time-apart.ts';
import { apartInStories } from './story-apart.ts';
import type { DocumentsApart } from '../documents-apart.ts';
import type { SameStory } from '../story-links.ts';
import { perDocumentPair } from './document-pairs.ts';

/** Blocks larger than this are compared key by key, not all with all (keeps the merge sub-quadratic). */
const MAX_BLOCK = 96;

/**
 * How many later entries of a key with more than MAX_BLOCK entries each entry is compared with: a
 * hundred reports of one arrest on one day still chain into one event, each compared with its
 * next few rather than with all.
 */
const WINDOW = 8;

/** Blocks keyed by one kind of entity: actor, place, topic or person befallen. */
type Keyed = Map<string, number[]>;

/** The blocks of one kind group: all its candidates, and those sharing an entity or a figure. */
interface GroupBlocks {
  all: number[];
  patients: Keyed;
  actors: Keyed;
  places: Keyed;
  concepts: Keyed;
  /** By article: in an oversized group, an undated sentence is still compared with the one before it. */
  documents: Keyed;
  /** By what the figure counts, then its value ("~" for a vague one). */
  figures: Map<string, Map<number | '~', number[]>>;
}

function listIn<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/**
 * The blocks within which candidates that might match are compared: the kind group, and the kind
 * group with each article, actor, place, figure and topic, and the person befallen. Item i's entry lists the blocks it was
 * put in, its kind group's first (once per mention: a name given twice puts it in a block twice).
 * Blocks hold indices in ascending order.
 */
export function blocksOf(items: readonly { c: EventCandidate; features: MergeFeatures }[]): number[][][] {
  const groups = new Map<string, GroupBlocks>();
  return items.map(({ c, features: f }, i) => {
    let g = groups.get(f.group);
    if (!g) {
      g = {
        all: [],
        patients: new Map(),
        actors: new Map(),
        places: new Map(),
        concepts: new Map(),
        documents: new Map(),
        figures: new Map(),
      };
      groups.set(f.group, g);
    }
    const lists = [g.all, listIn(g.documents, f.document)];
    if (c.patient) lists.push(listIn(g.patients, c.patient));
    for (let k = 0; k < c.actors.length; k++) lists.push(listIn(g.actors, c.actors[k] as string));
    for (let k = 0; k < c.places.length; k++) lists.push(listIn(g.places, c.places[k] as string));
    for (let k = 0; k < c.figures.length; k++) {
      const fig = c.figures[k];
      if (!fig) continue;
      let values = g.figures.get(fig.counts);
      if (!values) {
        values = new Map();
        g.figures.set(fig.counts, values);
      }
      lists.push(listIn(values, f.figureVague[k] ? '~' : fig.value));
    }
    for (let k = 0; k < f.concepts.length; k++) lists.push(listIn(g.concepts, f.concepts[k] as string));
    for (let k = 0; k < lists.length; k++) (lists[k] as number[]).push(i);
    return lists;
  });
}

/**
 * Days up to publication on which a report dated only "before publication", or over a stretch
 * longer than a week ("since the turn of the year"), is compared: what an article tells without a
 * date mostly happened in its last days.
 */
const RECENT_DAYS = 4;

/** Days either side of a report's own days it is compared on: "on Friday" against "early Saturday". */
const DAY_SLACK = 1;

/**
 * The keys an item is compared on within an oversized block: the days (since the epoch) of its
 * time and one either side when that is a week or less; the last days up to publication when it
 * is dated only "before publication" or over a longer stretch; its TIMEX3 value ("2021",
 * "2022-01") when it is dated only to a year or a month. Two items dated to a week or less whose
 * times meet, or lie a day apart, share a key.
 */
export function dayKeys(f: MergeFeatures): (number | string)[] {
  if (f.coarse) return [f.value];
  const end = f.endDayNumber;
  if (!Number.isFinite(end)) return [];
  if (f.beforePublication || f.longStretch) return daysBetween(end - RECENT_DAYS, end);
  const start = f.startDayNumber;
  if (!f.dated || !Number.isFinite(start)) return [];
  return daysBetween(start - DAY_SLACK, end + DAY_SLACK);
}

function daysBetween(first: number, last: number): number[] {
  // A loop, not Array.from with a callback: that is far slower before V8 optimises it.
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  return days;
}

/** The entries of an oversized block by each key they are compared on. */
function byDay(list: readonly number[], keysOf: (i: number) => readonly (number | string)[]) {
  const days = new Map<number | string, number[]>();
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    const keys = keysOf(i);
    for (let d = 0; d < keys.length; d++) listIn(days, keys[d] as number | string).push(i);
  }
  return days;
}

/** Index of the first entry of the ascending `list` greater than `a`. */
export function firstAfter(list: readonly number[], a: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface RankedPairs {
  a: number[];
  b: number[];
  /** Indices into a and b, strongest pair first, then by a and b. */
  order: number[];
}

/**
 * Pairs of items (a < b) scoring at least THRESHOLD. Each item is scored against the later ones
 * sharing a block with it. A block too large to compare within is compared key by key (see
 * dayKeys), each entry with at most WINDOW later ones of a key: about n × WINDOW comparisons
 * however crowded one day is. Items of documents apart in their stories (story-apart.ts) are
 * not paired.
 */
export function rankedPairs(
  items: readonly { c: EventCandidate; features: MergeFeatures }[],
  storyOf?: SameStory,
  apartOf?: DocumentsApart,
  scenes?: readonly (readonly string[])[],
): RankedPairs {
  // Asked of every pair compared, answered once per pair of documents.
  const sameStory = storyOf && perDocumentPair(storyOf);
  const apart = apartOf && perDocumentPair(apartOf);
  const listsOf = blocksOf(items);
  const days = new Map<number[], Map<number | string, number[]>>();
  // Once per pair however many blocks they share: seen[b] remembers the last a that scored b.
  const seen = new Int32Array(items.length).fill(-1);
  const passing: number[] = [];
  const passingScores = new Float64Array(items.length);
  const pairs: RankedPairs = { a: [], b: [], order: [] };
  const scores: number[] = [];
  const keys: (readonly (number | string)[] | undefined)[] = [];
  const keysOf = (i: number) => (keys[i] ??= dayKeys((items[i] as { features: MergeFeatures }).features));
  const consider = (a: number, fa: MergeFeatures, b: number) => {
    const fb = (items[b] as { features: MergeFeatures }).features;
    if (sameStory && apartInStories(fa, fb, sameStory, apart)) return;
    let s = scoreFeatures(fa, fb);
    // Told at one scene ("in de woning", "at a home in the Delfshaven district") on days that meet.
    if (scenes && s > 0 && overlap(fa, fb) && sameScene(scenes[a], scenes[b])) s += 1;
    // National mourning is rare in a story: in Serbia's and Spain's of the same week it is two.
    if (fa.rareTopic && fb.rareTopic && sameStory && !sameStory(fa.document, fb.document)) s -= 2;
    if (s < THRESHOLD && sameStory) s += storyBonus(fa, fb, s, sameStory);
    if (s >= THRESHOLD) {
      passing.push(b);
      passingScores[b] = s;
    }
  };
  // Lists hold indices in ascending order: start past `a` rather than walking up to it.
  const compareAfter = (a: number, fa: MergeFeatures, list: readonly number[], most = list.length) => {
    const from = firstAfter(list, a);
    const to = Math.min(list.length, from + most);
    for (let j = from; j < to; j++) {
      const b = list[j] as number;
      if (seen[b] === a) continue;
      seen[b] = a;
      consider(a, fa, b);
    }
  };
  // Where each item stands in its kind group's block, whose comparisons start right after it.
  const groupAt = new Int32Array(items.length);
  const placed = new Set<number[]>();
  // Indexed: a for…of allocates an iterator result at every step until V8 optimises the loop, which
  // a run of a few hundred articles mostly does not live to see.
  for (let i = 0; i < listsOf.length; i++) {
    const group = (listsOf[i] as number[][])[0] as number[];
    if (placed.has(group)) continue;
    placed.add(group);
    group.forEach((i, k) => (groupAt[i] = k));
  }
  for (let a = 0; a < items.length; a++) {
    const fa = (items[a] as { features: MergeFeatures }).features;
    const blocks = listsOf[a] as number[][];
    const group = blocks[0] as number[];
    // Every other block lies within the kind group's: when that one is compared within, they add nothing.
    if (group.length <= MAX_BLOCK) {
      for (let j = (groupAt[a] as number) + 1; j < group.length; j++) consider(a, fa, group[j] as number);
    } else {
      for (let l = 0; l < blocks.length; l++) {
        const list = blocks[l] as number[];
        if (list.length < 2) continue;
        if (list.length <= MAX_BLOCK) {
          compareAfter(a, fa, list);
          continue;
        }
        let split = days.get(list);
        if (!split) {
          split = byDay(list, keysOf);
          days.set(list, split);
        }
        // Its last entry is the last to need it: dropped, so that only the blocks in use are held.
        if (list[list.length - 1] === a) days.delete(list);
        const aKeys = keysOf(a);
        for (let k = 0; k < aKeys.length; k++) {
          const sameKey = split.get(aKeys[k] as number | string) as number[];
          compareAfter(a, fa, sameKey, sameKey.length > MAX_BLOCK ? WINDOW : sameKey.length);
        }
      }
    }
    // Pairs are listed by a, then b: ties in score keep that order.
    if (passing.length > 1) passing.sort((x, y) => x - y);
    for (let p = 0; p < passing.length; p++) {
      const b = passing[p] as number;
      pairs.a.push(a);
      pairs.b.push(b);
      scores.push(passingScores[b] as number);
    }
    passing.length = 0;
  }
  pairs.order = strongestFirst(scores);
  return pairs;
}

/**
 * Indices of `scores`, highest score first, equal scores in index order. Scores are sums of a few
 * weights, so they take few values: counting them out is cheaper than a sort with a comparison.
 */
export function strongestFirst(scores: readonly number[]): number[] {
  const rank = new Map<number, number>();
  for (let p = 0; p < scores.length; p++) rank.set(scores[p] as number, 0);
  const distinct = [...rank.keys()].sort((x, y) => y - x);
  for (let r = 0; r < distinct.length; r++) rank.set(distinct[r] as number, r);
  const ranks = new Int32Array(scores.length);
  // next[r]: where the next pair of rank r goes, once the ranks before r have their places.
  const next = new Int32Array(distinct.length);
  for (let p = 0; p < scores.length; p++) {
    const r = rank.get(scores[p] as number) as number;
    ranks[p] = r;
    next[r] = (next[r] as number) + 1;
  }
  let place = 0;
  for (let r = 0; r < next.length; r++) {
    const count = next[r] as number;
    next[r] = place;
    place += count;
  }
  const order = new Array<number>(scores.length);
  for (let p = 0; p < scores.length; p++) {
    const r = ranks[p] as number;
    const at = next[r] as number;
    order[at] = p;
    next[r] = at + 1;
  }
  return order;
}
