/**
 * "President Tokayev says “counter-terrorism actions” are necessary", "President Tokajev vindt
 * dat …", "Tokajew sagt, …": a report tells in the present what its speaker says as of the report,
 * on its day or the day before, not any day of the week before. Outside quotations only: the
 * present tense inside them is the speaker's own.
 */
import type { Lang } from '../time/lexicon.ts';
import type { When } from '../types.ts';
import { shift } from '../iso-day.ts';
import { QUOTATION } from './quotes.ts';

/**
 * A preposition opening the sentence: the capitalised words after it are an adverbial ("Im
 * Tarifkonflikt fordert die GDL"), not the speaker.
 */
const NO_SPEAKER = String.raw`(?!(?:In|On|At|After|Since|For|Op|Na|Bij|Voor|Sinds|Im|Am|Nach|Bei|Beim|Auf|Mit|Vor|Seit|Zum|Zur|Für|Laut|Wegen)\s)`;

/**
 * The sentence opens on its speaker's name (capitalised words), then a verb of saying in the
 * present: "President Tokayev says", "President Tokajev vindt dat".
 */
const SPEAKER_SAYS: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^${NO_SPEAKER}(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:says|insists|believes|thinks|warns|maintains|argues)(?![\p{L}])`,
    'u',
  ),
  nl: new RegExp(
    String.raw`^${NO_SPEAKER}(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:zegt|vindt|stelt|meent|waarschuwt|benadrukt)(?![\p{L}])`,
    'u',
  ),
  de: new RegExp(
    String.raw`^${NO_SPEAKER}(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:sagt|meint|findet|betont|warnt|fordert)(?![\p{L}])`,
    'u',
  ),
};

/** Whether the sentence tells a named speaker's saying in the present, outside quotations. */
export function saysNow(lang: Lang, text: string): boolean {
  return SPEAKER_SAYS[lang].test(text.replace(QUOTATION, (q) => ' '.repeat(q.length)));
}

/** The day before publication and the day of it: when a saying told in the present was made. */
export function saidAroundReport(published: string, confidence: number): When {
  const day = shift(published, -1);
  return { start: day, end: published, precision: 'day', value: day, confidence };
}
