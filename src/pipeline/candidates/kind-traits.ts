/**
 * What the merge needs to know of a kind, from the lexicon (data/event-lexicon.json): a user who
 * adds a kind says there whether a story rarely has two, whether places tell its happenings apart,
 * and which kind it merges with.
 */
import { perObject } from '../per-object.ts';
import { defaultLexicon, type EventLexicon, type KindEntry } from './lexicon.ts';

export interface KindTraits {
  /** Reports of kinds with one group may tell one happening; of different groups never. */
  group: string;
  rare: boolean;
  placed: boolean;
  far: boolean;
}

const traitsOf = (k: KindEntry): KindTraits => ({
  group: k.sameAs ?? k.kind,
  rare: k.rare === true,
  placed: k.placed === true,
  far: k.far === true,
});

const byKind = perObject((lexicon: EventLexicon) => new Map(lexicon.kinds.map((k) => [k.kind, traitsOf(k)])));

/** The traits of `kind`; a kind the lexicon does not list is its own group and nothing more. */
export function kindTraits(kind: string, lexicon: EventLexicon = defaultLexicon): KindTraits {
  return byKind(lexicon).get(kind) ?? { group: kind, rare: false, placed: false, far: false };
}
