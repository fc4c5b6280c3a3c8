/**
 * Who a sentence's pronoun or age noun stands for: the person the sentences just before named, when
 * it opens the sentence as its subject, names the speaker of a quotation or of reported speech,
 * or stands right before the verb that reports.
 */
import type { AnnotatedSentence, Mention } from '../types.ts';
import type { CompiledTrigger } from './compiled.ts';
import { pronounAfterSaying, says } from './pronoun-after-saying.ts';
import { pronounBeforeVerb } from './pronoun-before-verb.ts';
import { aimPronoun } from './aim-pronoun.ts';
import { objectPronoun } from './object-pronoun.ts';
import { openingQuoteClose, opensWithQuote } from './quotes.ts';
import { namedAsKilled } from './named-as-killed.ts';
import { reportsOfAnother } from './reports-of-another.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

/** A person's age as a noun, as news names the one it has just introduced: "der 56-Jährige", "the 56-year-old". */
const AGE_DESCRIPTOR = /^\d{1,3}-(?:jährige[nr]?|year-old|jarige)$/;
const DEFINITE = new Set(['the', 'der', 'die', 'de', 'het']);

/**
 * The age at token i names someone already named: after a definite article, and a noun itself (a
 * German capital, or a reporting verb right after it), not the adjective of "a 46-year-old man".
 */
function namedByAge(tokens: Token[], facts: WordFacts<unknown>[], i: number, text: string): boolean {
  const token = tokens[i] as Token;
  if (!AGE_DESCRIPTOR.test(token.word) || !DEFINITE.has(tokens[i - 1]?.word ?? '')) return false;
  const noun = text.charAt(token.start + token.word.indexOf('-') + 1);
  if (noun !== noun.toLowerCase()) return true;
  const next = tokens[i + 1];
  return next === undefined || !next.letters || (facts[i + 1] as WordFacts<unknown>).triggers.length > 0;
}

/** Words after a quotation in which its speaker is named: the verb and the pronoun, in either order. */
const AFTER_QUOTE_WORDS = 3;

/** "he"/"hij"/"sie" among the first words after the quotation that opens the sentence. */
function pronounAfterQuote(text: string, tokens: Token[], facts: WordFacts<unknown>[]): Token | undefined {
  if (!opensWithQuote(text)) return undefined;
  const close = openingQuoteClose(text);
  if (close === undefined) return undefined;
  let n = 0;
  for (let i = 0; i < tokens.length && n < AFTER_QUOTE_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.start < close) continue;
    if ((facts[i] as WordFacts<unknown>).pronoun) return token;
    n++;
  }
  return undefined;
}

/** Words a sentence's subject pronoun may stand among before its verb. */
const OPENING_WORDS = 4;

/** The persons the sentence before named, and its text. */
export interface Antecedents {
  persons: readonly Mention[];
  text: string;
}

/**
 * Sentences in which "he"/"hij"/"sie" or a person's age ("Das kündigte der 56-Jährige an") opens
 * without a name, names the speaker of the quotation they open ('"…," zei hij') or of what the
 * sentence reports ("…, sagte er."), borrow the previous sentence's person; one named there only
 * as the source of what it told of another stays its speaker and no more, and one it told was
 * killed is no one's antecedent.
 */
export function withCoreference(
  s: AnnotatedSentence,
  tokens: Token[],
  facts: WordFacts<CompiledTrigger>[],
  before: Antecedents,
  isPerson: (m: Mention) => boolean,
  lang: string,
): Mention[] {
  if (before.persons.length === 0) return s.mentions;
  let pronoun: Token | undefined;
  let speaks = false;
  // '"Libanon staat er niet alleen voor", zei hij': the words a quotation opens with are the
  // speaker's, none of them the sentence's subject.
  const openingWords = opensWithQuote(s.text) ? 0 : OPENING_WORDS + 2;
  for (let i = 0; i < openingWords && i < tokens.length; i++) {
    // Dutch and German put the subject after the verb when a phrase opens the sentence: "In een
    // videoboodschap zei hij", "Am Dienstagabend sagte er".
    const opening = i < OPENING_WORDS || (facts[i - 1] as WordFacts<unknown>).triggers.length > 0;
    // English "Her family said she had no heart problems": a pronoun right after the verb of saying
    // is the subject of what was said, not the speaker.
    if (lang === 'en' && says(facts, i - 1)) continue;
    if (opening && ((facts[i] as WordFacts<unknown>).pronoun || namedByAge(tokens, facts, i, s.text))) {
      pronoun = tokens[i];
      speaks = says(facts, i + 1);
      break;
    }
  }
  if (!pronoun) {
    pronoun =
      pronounAfterQuote(s.text, tokens, facts) ??
      pronounAfterSaying(s.text, tokens, facts) ??
      (lang === 'en' ? pronounBeforeVerb(s.text, tokens, facts) : undefined);
    speaks = pronoun !== undefined;
  }
  // The one a measure is aimed at, or a verb befalls, is one person: the first the sentences before named.
  const aimed = pronoun ? undefined : (aimPronoun(tokens) ?? objectPronoun(tokens, facts));
  const at = pronoun ?? aimed;
  if (!at) return s.mentions;
  if (s.mentions.some((m) => isPerson(m) && m.start < at.start)) return s.mentions;
  const previous = before.persons.filter(
    (m) => !namedAsKilled(before.text, m) && (speaks || !reportsOfAnother(before.text, m)),
  );
  const borrowed = (aimed ? previous.slice(0, 1) : previous).map((m) => ({
    ...m,
    start: at.start,
    end: at.end,
  }));
  return [...s.mentions, ...borrowed].sort((a, b) => a.start - b.start);
}
