/**
 * "More than 3,000 people have been detained", "Er zijn ruim 3000 mensen opgepakt", "Mehr als 3000
 * Menschen sind festgenommen worden": a count in the present perfect is the total so far, up to
 * publication. A later sentence's day ("The government resigned on Wednesday") dates another
 * happening, not when the count stood; the count takes no day from it. A later sentence that says
 * who told the count ("Dat zei hij woensdag", "hieß es am Samstag") dates it as told that day.
 */
import type { Lang } from './lexicon.ts';
import { VAGUE_COUNT } from './vague-count.ts';
import { soFar } from '../so-far.ts';

/** A count: a number standing alone ("3,000 people", not "the 17-year-old") or a word for many. */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,])\d[\d.,]*\s|(?<![\p{L}])(?:${VAGUE_COUNT})(?![\p{L}])`,
  'iu',
);

const PERFECT_PASSIVE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+\p{L}+(?:ed|en|wn)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zijn|is)\s(?:[^.,;:]*\s)?(?:ge|op|aan|om)\p{L}*(?:d|t|en)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sind|ist)\s(?:[^.,;:]*\s)?\p{L}*(?:t|en)\s+worden(?![\p{L}])/iu,
};

const SAYING: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:said|says|told|announced|reported|according)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zei|zegt|zeiden|meldde|melden|meldt|maakte|maakten|liet|verklaarde|volgens)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sagte|sagt|sagten|teilte|teilten|hieß|hiess|erklärte|berichtete|meldete|laut)(?![\p{L}])/iu,
};

/**
 * Whether the undated `sentence` counts, in the present perfect, what has happened so far, and the
 * dated `later` sentence tells something else, not who told the count.
 */
export function countsSoFar(lang: Lang, sentence: string, later: string): boolean {
  return countedInPerfect(lang, sentence) && !SAYING[lang].test(later);
}

/** Whether the sentence tells a count in the present perfect ("at least 215 people have been killed"). */
export function countedInPerfect(lang: Lang, sentence: string): boolean {
  return NUMBER.test(sentence) && PERFECT_PASSIVE[lang].test(sentence);
}

/** "weniger … als bislang angenommen", "more than so far assumed": a comparison with a count, none given. */
const COMPARED =
  /(?<![\p{L}])(?:als|than|dan)\s+(?:so\s+far|to\s+date|inmiddels|tot\s+nu\s+toe|inzwischen|bislang|bisher)(?![\p{L}])/iu;

/**
 * Whether the undated `sentence` gives a count as it stands by the report ("De Japanse politie heeft
 * inmiddels 2734 doden geteld", "bislang 41 Menschen getötet"), and the dated `later` sentence does
 * not say who told it ("…, hieß es am Samstag") but gives a count of its own ("De politiechef … zei
 * zondag dat … meer dan 10.000 mensen zijn omgekomen").
 */
export function countedByNow(lang: Lang, sentence: string, later: string): boolean {
  return (
    soFar(sentence) &&
    NUMBER.test(sentence) &&
    !COMPARED.test(sentence) &&
    (!SAYING[lang].test(later) || NUMBER.test(later))
  );
}
