import { perObject } from '../per-object.ts';
import type { KindEntry, TitleTemplate } from './lexicon.ts';

const titlesOf = perObject<KindEntry, Map<string, KindEntry>>(() => new Map());

function withTitle(kind: KindEntry, title: string): KindEntry {
  const own = (t: TitleTemplate): boolean => t.text === title || t.text.startsWith(`${title} `);
  // A title the kind already has ("Dike breach", "Dike breach in {place}") keeps its place among the
  // kind's titles, its condition met by the trigger: reports of one happening then rank their titles
  // alike, and the one with a place names the event. A title about another concept is not this
  // trigger's: "The eruption began … after days of earthquakes" reports no earthquake.
  if (kind.titles.some(own)) {
    return {
      ...kind,
      titles: kind.titles.map((t) =>
        own(t) ? { text: t.text } : t.if !== undefined ? { ...t, aside: true } : t,
      ),
    };
  }
  return { ...kind, titles: [{ text: title }, ...kind.titles] };
}

/** The kind's titles when a trigger gives its own ("brak … door" → "Dike breach"), once per kind and title. */
export function titledKind(kind: KindEntry, title: string | undefined): KindEntry {
  if (title === undefined) return kind;
  const byTitle = titlesOf(kind);
  let titled = byTitle.get(title);
  if (!titled) byTitle.set(title, (titled = withTitle(kind, title)));
  return titled;
}
