import type { AnnotatedArticle, AnnotatedSentence, Mention } from '../types.ts';
import type { Compiled, CompiledTrigger } from './compiled.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import type { Vocabulary, WordFacts } from './vocabulary.ts';

/** What each sentence of one article is read with. */
export interface Scope {
  article: AnnotatedArticle;
  lang: string;
  lexicon: EventLexicon;
  compiled: Compiled;
  vocabulary: Vocabulary<CompiledTrigger>;
  isPerson: (m: Mention) => boolean;
  /** A name no gazetteer lists that the entity stage found to be a place. */
  isPlaceName: (m: Mention) => boolean;
  /** A place the gazetteer lists as a town or city. */
  isTown: (m: Mention) => boolean;
  /** A place the gazetteer lists as a country. */
  isCountry: (m: Mention) => boolean;
  /** The gazetteer's kind of a listed place ("city", "island", "waterway"…). */
  placeKind: (m: Mention) => string | undefined;
  /** A listed company, or a name nobody listed that is no person's and no place's. */
  isFirm: (m: Mention) => boolean;
  /** A listed newspaper, broadcaster or agency. */
  isMedium: (m: Mention) => boolean;
  /** The place id of the country a listed organisation or state body belongs to. */
  countryOf: (m: Mention) => string | undefined;
  name: (m: Mention) => string;
  /** The topics the article names anywhere, read on first use. */
  articleConcepts: () => Set<string>;
  /** The paragraphs that are timeline entries of a day not after publication (timeline-entry.ts). */
  pastEntries: () => Set<string>;
}

/** A sentence as read: its tokens, what the lexicon says about their words, its mentions (borrowed ones too). */
export interface Reading {
  s: AnnotatedSentence;
  tokens: Token[];
  facts: WordFacts<CompiledTrigger>[];
  mentions: Mention[];
  /** The sentence before it reported something: "Dat zei hij maandag" then only says who told it. */
  afterReport: boolean;
  /** A definite mention of the kind names a happening an earlier sentence told ("the attack"). */
  namedAgain: (kind: string) => boolean;
  /** The kind is a measure in force (lexicon `inForce`) an earlier sentence told ("the sanctions"). */
  measureAgain: (kind: string) => boolean;
  /** Whether the sentence just before, in the same paragraph, reported a happening of `kind`. */
  reportedBefore: (kind: string) => boolean;
}
