/** The event lexicon compiled for matching, once per lexicon. */
import type { ConceptEntry, EventLexicon, KindEntry } from './lexicon.ts';
import { perObject } from '../per-object.ts';
import { PatternIndex } from './match.ts';
import { Vocabulary } from './vocabulary.ts';
import { negatesInPattern } from './denied.ts';

export interface CompiledTrigger {
  kind: string;
  requires: string[];
  unless: string[];
  /** See TriggerEntry.unlessInArticle. */
  unlessInArticle: string[];
  weak: boolean;
  /** See TriggerEntry.person. */
  person: boolean;
  /** See TriggerEntry.firms. */
  firms: boolean;
  /** See TriggerEntry.after. */
  after?: string;
  /** See TriggerEntry.patientOf. */
  patientOf: boolean;
  /** See TriggerEntry.about. */
  about: boolean;
  /** See TriggerEntry.self. */
  self: boolean;
  /** See TriggerEntry.held. */
  held: boolean;
  /** See TriggerEntry.onlyTried. */
  onlyTried: boolean;
  /** See TriggerEntry.entry. */
  entry: boolean;
  /** The pattern's own words deny ("will not sign"): a negator among them reports the happening. */
  negates: boolean;
  title?: string;
}

export interface Compiled {
  /** Word facts by language, with that language's triggers ("*" ones copied into each). */
  vocabularies: Map<string, Vocabulary<CompiledTrigger>>;
  /** For a language without triggers of its own: the "*" ones. */
  anyLanguage: Vocabulary<CompiledTrigger>;
  kinds: Map<string, { entry: KindEntry; rank: number }>;
  /** Positions in the lexicon of the concepts with each id. */
  conceptPositions: Map<string, number[]>;
}

/** A kind one of whose titles tells a death ("killed in a crash"): its dead are told with it. */
export function killing(kinds: Compiled['kinds'], kind: string): boolean {
  return kinds.get(kind)?.entry.titles.some((t) => t.deadly !== undefined) === true;
}

export const compile = perObject((lexicon: EventLexicon): Compiled => {
  const concepts = new PatternIndex<ConceptEntry>();
  for (const c of lexicon.concepts) for (const stem of c.stems) concepts.add(stem, c);
  const languages = new Set(lexicon.triggers.map((t) => t.lang).filter((l) => l !== '*'));
  const vocabularies = new Map<string, Vocabulary<CompiledTrigger>>();
  for (const lang of [...languages, '*']) {
    const index = new PatternIndex<CompiledTrigger>();
    for (const t of lexicon.triggers) {
      if (t.lang !== lang && t.lang !== '*') continue;
      index.add(t.pattern, {
        kind: t.kind,
        requires: t.requires ?? [],
        unless: t.unless ?? [],
        unlessInArticle: t.unlessInArticle ?? [],
        weak: t.weak ?? false,
        person: t.person ?? false,
        firms: t.firms ?? false,
        patientOf: t.patientOf ?? false,
        about: t.about ?? false,
        self: t.self ?? false,
        held: t.held ?? false,
        onlyTried: t.onlyTried ?? false,
        entry: t.entry ?? false,
        negates: negatesInPattern(t.pattern),
        ...(t.title ? { title: t.title } : {}),
        ...(t.after ? { after: t.after } : {}),
      });
    }
    vocabularies.set(lang, new Vocabulary(index, concepts, lexicon, lang));
  }
  const conceptPositions = new Map<string, number[]>();
  lexicon.concepts.forEach((c, i) => conceptPositions.set(c.id, [...(conceptPositions.get(c.id) ?? []), i]));
  return {
    vocabularies,
    anyLanguage: vocabularies.get('*') as Vocabulary<CompiledTrigger>,
    kinds: new Map(lexicon.kinds.map((k, rank) => [k.kind, { entry: k, rank }])),
    conceptPositions,
  };
});

/** The lexicon's concepts with these ids, in lexicon order: titles name the first concept found. */
export function conceptsIn(present: Set<string>, lexicon: EventLexicon, compiled: Compiled): ConceptEntry[] {
  const positions: number[] = [];
  for (const id of present) positions.push(...(compiled.conceptPositions.get(id) ?? []));
  return positions.sort((a, b) => a - b).map((i) => lexicon.concepts[i] as ConceptEntry);
}
