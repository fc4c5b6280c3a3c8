/** A candidate of the merge with what sorting and scoring read of it. */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { Source } from '../../schema/events.ts';
import { featuresOf, type CountryOf, type IsCity, type MergeFeatures } from './features.ts';
import { compareSources, newSource, paragraphNumber } from './sources.ts';
import { compareText } from '../compare-text.ts';
import type { WithinOf } from './places-met.ts';

/** A candidate with what sorting and scoring read of it, worked out once. */
export interface Item {
  c: EventCandidate;
  source: Source;
  paragraph: number;
  features: MergeFeatures;
}

export function toItem(
  c: EventCandidate,
  countryOf: CountryOf | undefined,
  isCity: IsCity | undefined,
  alongside: ReadonlyMap<EventCandidate, readonly string[]>,
  withinOf?: WithinOf,
): Item {
  const source = newSource(c);
  return {
    c,
    source,
    paragraph: paragraphNumber(source.paragraph),
    features: featuresOf(c, countryOf, isCity, alongside.get(c), withinOf),
  };
}

/** compareSources on the items' sources, then the kind. */
export function compareItems(a: Item, b: Item): number {
  return compareSources(a.source, b.source, a.paragraph, b.paragraph) || compareText(a.c.kind, b.c.kind);
}

/** The members' sources, each once: members come in reading order, so a repeat follows its first. */
export function itemSources(members: readonly Item[]): Source[] {
  const out: Source[] = [];
  let last: Source | undefined;
  for (const { source } of members) {
    if (
      last &&
      last.document === source.document &&
      last.paragraph === source.paragraph &&
      last.start === source.start
    )
      continue;
    out.push(source);
    last = source;
  }
  return out;
}
