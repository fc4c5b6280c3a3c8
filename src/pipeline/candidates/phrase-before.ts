import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';

/**
 * A lexicon word, a determiner and a few more words right before a trigger: "in connection with
 * the" (references), "a week after the" or "nach dem" (earlier happenings).
 */
export interface PhraseBefore {
  /** Any of the words, anywhere: a cheap test before the full pattern (most triggers have none before them). */
  cue: RegExp;
  /** The phrase, ending where the trigger begins; its group 1 is what follows the word ("the "). */
  pattern: RegExp;
}

/**
 * Articles and demonstratives, possessive pronouns ("after her arrest", "na zijn arrestatie", "nach
 * ihrer Festnahme": the happening of someone told before), a name's possessive standing for one
 * ("Morocco's", "Sunday's"), and a span the happening lasted ("after two nights of clashes", "na
 * dagen van protest"): it has gone on for a while, so it was told before.
 */
const DETERMINERS =
  "the|this|that|these|those|de|het|dit|deze|die|der|das|dem|den|des|diesem|dieser|her|his|their|haar|zijn|hun|ihrer|ihrem|ihren|seiner|seinem|seinen|\\p{Lu}[\\p{L}-]*['’]s|(?:\\p{L}+\\s+)?(?:nights|days|weeks|months|nachten|dagen|weken|maanden)\\s+(?:of|van)";

const phrasesOf = perObject<readonly string[], Map<number, PhraseBefore>>(() => new Map());

/** The phrase of one of `words`, then a determiner and at most `between` words (built once per list). */
export function phraseBefore(words: readonly string[], between: number): PhraseBefore {
  const byCount = phrasesOf(words);
  let phrase = byCount.get(between);
  if (!phrase) {
    const any = alternation(words) || '(?!)';
    phrase = {
      cue: new RegExp(any, 'iu'),
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${any})\\s+((?:${DETERMINERS})\\s+(?:[\\p{L}'’-]+\\s+){0,${between}})$`,
        'iu',
      ),
    };
    byCount.set(between, phrase);
  }
  return phrase;
}
