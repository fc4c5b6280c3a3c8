/**
 * "De 14-jarige dochter van de vrouw die gistermiddag in haar woning in Delfshaven werd
 * doodgeschoten, is … overleden": Dutch often leaves out the comma before a relative "die". It is
 * as often a demonstrative ("In die stad", "Die avond", "zag die man"), which follows a
 * preposition, a verb or nothing; so only a "die" right after a noun that an article or possessive
 * opens (perhaps with one adjective between) is taken for a relative pronoun. Not "dat", which is
 * as often a conjunction ("meldt de politie dat hij …") and, after a noun, may date that noun ("het
 * rapport dat het onderzoeksbureau zaterdag heeft gepubliceerd").
 */

/** Words that stand after an article yet are no noun: "haar" and "zijn" may be a pronoun or a verb. */
const NO_NOUN =
  '(?:heeft|hebben|had|hadden|is|was|waren|werd|werden|wordt|worden|zal|zou|kan|kon|moet|moest|wil|wilde|zei|zegt|van|in|op|aan|met|voor|door|bij|naar|uit|om|over|tot|en|of|maar|dat|die|niet|ook|nog|al|er|hij|zij|ze|het|eerst|gisteren|vandaag)';

/** An adjective before the noun: inflected in -e ("14-jarige", "zwarte"), not a noun in -ie ("politie"). */
const ADJECTIVE = '(?:[\\p{L}\\d-]+(?<!i)e\\s+)?';

const NOUN = `(?!${NO_NOUN}\\s)\\p{Ll}[\\p{L}-]*\\s+`;

const AFTER_NOUN = new RegExp(
  `(?<![\\p{L}\\d-])(?:de|een|het|haar|zijn|hun|deze)\\s+${ADJECTIVE}${NOUN}die$`,
  'iu',
);

/** How far before the pronoun its noun phrase may begin. */
const REACH = 48;

/** Whether the Dutch "die" that ends at `end` of `text` opens a relative clause on the noun right before it. */
export function dutchRelativeAfterNoun(text: string, end: number): boolean {
  return AFTER_NOUN.test(text.slice(Math.max(0, end - REACH), end));
}
