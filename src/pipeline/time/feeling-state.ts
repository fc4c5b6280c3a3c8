/**
 * A feeling told with a present copula ("dat hij geschokt is", "is deeply shocked", "ist
 * erschüttert") is a state now: its participle is an adjective, and its copula no perfect's
 * auxiliary. Read as a past form, it would put a leader's reaction in a live-blog entry before the
 * entry, among what the entry looks back on.
 */
import type { Lang } from './lexicon.ts';

const FEELINGS: Record<Lang, string> = {
  en: 'shocked|saddened|appalled|horrified|stunned|outraged|devastated|dismayed|concerned|worried',
  nl: 'geschokt|geschrokken|bezorgd|verbijsterd|ontzet|ontsteld|aangeslagen|geraakt|verontrust|verbaasd',
  de: 'geschockt|schockiert|erschüttert|bestürzt|entsetzt|betroffen|besorgt|fassungslos|getroffen',
};

const COPULAS: Record<Lang, string> = {
  en: 'is|are|am',
  nl: 'is|zijn|ben|bent',
  de: 'ist|sind|bin|bist|seid',
};

/** Up to two words between the copula and the feeling ("is diep geschokt", "zijn er erg door geraakt"). */
const between = String.raw`(?:\s+\p{L}+){0,2}?\s+`;

const STATE = Object.fromEntries(
  (Object.keys(FEELINGS) as Lang[]).map((lang) => {
    const feeling = `(?:${FEELINGS[lang]})`;
    const copula = `(?:${COPULAS[lang]})`;
    return [
      lang,
      new RegExp(
        String.raw`(?<![\p{L}])(?:${copula}${between}${feeling}|${feeling}\s+${copula})(?![\p{L}])`,
        'giu',
      ),
    ];
  }),
) as Record<Lang, RegExp>;

/** The sentence with each feeling told as a present state blanked out, for a tense test. */
export function withoutFeelingState(lang: Lang, sentence: string): string {
  return sentence.replace(STATE[lang], (m) => ' '.repeat(m.length));
}
