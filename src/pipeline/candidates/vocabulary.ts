import type { ConceptEntry, EventLexicon } from './lexicon.ts';
import type { Entry, PatternIndex } from './match.ts';
import type { Token } from './tokenize.ts';
import { wordSet } from './word-set.ts';

/** What the lexicon says about one word: the patterns that can start at it and the word lists it is on. */
export interface WordFacts<T> {
  triggers: readonly Entry<T>[];
  concepts: readonly Entry<ConceptEntry>[];
  hedge: boolean;
  splitter: boolean;
  org: boolean;
  pronoun: boolean;
}

/** Distinct words remembered before the memory is cleared (a corpus has tens of thousands). */
const MAX_WORDS = 100_000;

/**
 * The lexicon's facts about the words of one language, worked out once per distinct word, so that a
 * sentence looks each of its words up once rather than once per pattern index and word list.
 */
export class Vocabulary<T> {
  private readonly known = new Map<string, WordFacts<T>>();
  private readonly triggers: PatternIndex<T>;
  private readonly concepts: PatternIndex<ConceptEntry>;
  private readonly lexicon: EventLexicon;

  constructor(triggers: PatternIndex<T>, concepts: PatternIndex<ConceptEntry>, lexicon: EventLexicon) {
    this.triggers = triggers;
    this.concepts = concepts;
    this.lexicon = lexicon;
  }

  of(word: string): WordFacts<T> {
    let facts = this.known.get(word);
    if (!facts) {
      const lexicon = this.lexicon;
      facts = {
        triggers: this.triggers.startingAt(word),
        concepts: this.concepts.startingAt(word),
        hedge: wordSet(lexicon.hedges).has(word),
        splitter: wordSet(lexicon.splitters).has(word),
        org: wordSet(lexicon.orgWords).has(word),
        pronoun: wordSet(lexicon.pronouns).has(word),
      };
      if (this.known.size >= MAX_WORDS) this.known.clear();
      this.known.set(word, facts);
    }
    return facts;
  }

  /** The facts of each token's word. */
  ofTokens(tokens: Token[]): WordFacts<T>[] {
    const facts: WordFacts<T>[] = [];
    for (const token of tokens) facts.push(this.of(token.word));
    return facts;
  }
}
