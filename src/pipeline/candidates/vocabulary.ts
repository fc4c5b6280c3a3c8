import type { ConceptEntry, EventLexicon } from './lexicon.ts';
import type { Entry, PatternIndex } from './match.ts';
import type { Token } from './tokenize.ts';
import { wordSet } from './word-set.ts';
import { CappedCache } from '../capped-cache.ts';

/** What the lexicon says about one word: the patterns that can start at it and the word lists it is on. */
export interface WordFacts<T> {
  triggers: readonly Entry<T>[];
  concepts: readonly Entry<ConceptEntry>[];
  hedge: boolean;
  splitter: boolean;
  org: boolean;
  pronoun: boolean;
}

const PLAIN_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

/**
 * The lexicon's facts about the words of one language, worked out once per distinct word, so that a
 * sentence looks each of its words up once rather than once per pattern index and word list.
 */
export class Vocabulary<T> {
  private readonly known = new CappedCache<string, WordFacts<T>>();
  private readonly triggers: PatternIndex<T>;
  private readonly concepts: PatternIndex<ConceptEntry>;
  private readonly lexicon: EventLexicon;
  /** The hedges of this vocabulary's language, those of one language only included. */
  private readonly hedges: ReadonlySet<string>;
  /** Every organisation word is letters joined by single hyphens, as a token of letters is. */
  private readonly plainOrgWords: boolean;

  /** `lang` is the vocabulary's language; '*' (any language) takes every language's hedges. */
  constructor(
    triggers: PatternIndex<T>,
    concepts: PatternIndex<ConceptEntry>,
    lexicon: EventLexicon,
    lang = '*',
  ) {
    this.triggers = triggers;
    this.concepts = concepts;
    this.lexicon = lexicon;
    const own =
      lang === '*' ? Object.values(lexicon.languageHedges).flat() : (lexicon.languageHedges[lang] ?? []);
    this.hedges = new Set([...lexicon.hedges, ...own]);
    this.plainOrgWords = lexicon.orgWords.every((w) => PLAIN_WORD.test(w));
  }

  of(word: string): WordFacts<T> {
    let facts = this.known.get(word);
    if (!facts) {
      const lexicon = this.lexicon;
      facts = {
        triggers: this.triggers.startingAt(word),
        concepts: this.concepts.startingAt(word),
        hedge: this.hedges.has(word),
        splitter: wordSet(lexicon.splitters).has(word),
        org: wordSet(lexicon.orgWords).has(word),
        pronoun: wordSet(lexicon.pronouns).has(word),
      };
      this.known.set(word, facts);
    }
    return facts;
  }

  /**
   * Whether an organisation word may stand before offset `at` where roles.ts looks for one (in runs
   * of letters and hyphens): a token before it is one, or has other characters ("government’s").
   */
  orgWordBefore(tokens: Token[], facts: WordFacts<T>[], at: number): boolean {
    if (!this.plainOrgWords) return true;
    for (let i = 0; i < tokens.length && (tokens[i] as Token).start < at; i++) {
      if ((facts[i] as WordFacts<T>).org || !(tokens[i] as Token).letters) return true;
    }
    return false;
  }

  /** The facts of each token's word. */
  ofTokens(tokens: Token[]): WordFacts<T>[] {
    const facts: WordFacts<T>[] = [];
    for (let i = 0; i < tokens.length; i++) facts.push(this.of((tokens[i] as Token).word));
    return facts;
  }
}
