/**
 * A sentence that opens with a quotation: '"We will not negotiate," Tokayev said.', '„…“, sagte
 * Scholz.', '"…", zei hij.'. Its words are the speaker's; the report is the saying after them.
 */
import type { Mention } from '../types.ts';
import { openingQuoteClose } from './quotes.ts';

/**
 * Whether the saying at `trigger` follows the quotation that opens the sentence and a person
 * after that quotation says it: the speaker named, or a pronoun standing for the person named
 * before (coreference.ts). A quotation nobody is named after ('"…," said a resident', '"…," one
 * man said', '"…," said a statement') is a voice, no one's statement; nor is a saying inside it.
 */
export function spokenAfterQuote(
  text: string,
  trigger: number,
  mentions: readonly Mention[],
  isPerson: (m: Mention) => boolean,
): boolean {
  const close = openingQuoteClose(text);
  if (close === undefined || trigger < close) return false;
  return mentions.some((m) => m.start >= close && isPerson(m));
}
