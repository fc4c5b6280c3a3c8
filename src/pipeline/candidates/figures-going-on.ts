/**
 * "Last year, Germany issued 25 licenses for arms supplies to Kazakhstan. Together they were good
 * for 2.2 million euros.": a sentence of figures that goes on with what the sentence before told
 * ("Together they …", "Samen waren ze …", "Zusammen hatten sie …") tells more of that sentence's
 * happening. It names no happening of its own, so it is cited with that one, its figures its own.
 */
import type { AnnotatedArticle, AnnotatedSentence } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { sentenceFigures } from './hits.ts';
import type { EventLexicon } from './lexicon.ts';
import { tokenize } from './tokenize.ts';

/** The sentence opens by taking up, all together, the subject of the sentence before. */
const GOES_ON: Readonly<Record<string, RegExp>> = {
  en: /^(?:together|combined|altogether|in total),?\s+(?:they|these|those)\s/iu,
  nl: /^(?:samen|bij elkaar|gezamenlijk|in totaal)\s+\p{L}+\s+(?:ze|zij|die)\s/iu,
  de: /^(?:zusammen|insgesamt)\s+\p{L}+\s+(?:sie|diese)\s/iu,
};

/**
 * The article's candidates with one more for each sentence that goes on with the single happening
 * of the sentence before in its paragraph, with the figures it gives, right after
 * that happening's candidate. A sentence that names a happening of its own, or gives no figure,
 * joins none.
 */
export function withFiguresGoingOn(
  candidates: EventCandidate[],
  article: AnnotatedArticle,
  lexicon: EventLexicon,
): EventCandidate[] {
  const goesOn = GOES_ON[article.language];
  if (!goesOn) return candidates;
  let out = candidates;
  const sentences = article.sentences;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i] as AnnotatedSentence;
    const before = sentences[i - 1] as AnnotatedSentence;
    if (!goesOn.test(s.text) || before.paragraph !== s.paragraph) continue;
    if (out.some((c) => c.sentence === s)) continue;
    const told = out.filter((c) => c.sentence === before);
    const figures =
      told.length === 1
        ? sentenceFigures(s, article.language, lexicon, tokenize(s.text)).map((f) => f.figure)
        : [];
    if (figures.length === 0) continue;
    const of = told[0] as EventCandidate;
    const at = out.indexOf(of) + 1;
    out = [...out.slice(0, at), { ...of, sentence: s, figures }, ...out.slice(at)];
  }
  return out;
}
