/**
 * "…, ministerial sources told Reuters", "zei de minister tegen de NOS", "sagte der
 * Nachrichtenagentur Reuters", "wrote on Twitter", "according to the DPA news agency": the medium a
 * source spoke to or wrote on, or whose report the sentence passes on, carries the report; it took
 * no part in what the sentence reports, any more than the agency a dateline credits.
 */
import type { Mention } from '../types.ts';

/** The words right before a medium spoken to, in en, nl and de. */
const TOLD = [
  /(?<![\p{L}])told\s+(?:the\s+)?$/iu,
  /(?<![\p{L}])(?:zei|zegt|zeiden|vertelde|vertelt|vertelden|bevestigde|bevestigt)\s+(?:[\p{L}-]+\s+){0,3}?(?:tegen|aan)\s+(?:de\s+|het\s+)?(?:(?:krant|omroep|persbureau|zender)\s+)?$/iu,
  // Right after the verb: "ein Sprecher der Nachrichtenagentur" is the agency's own spokesman.
  /(?<![\p{L}])(?:sagte|sagt|sagten|erklärte|erklärt|bestätigte|bestätigt)\s+(?:der|dem)\s+(?:(?:Nachrichtenagentur|Zeitung|Sender|Agentur)\s+)?$/u,
  // The platform a post was written on: "wrote on Twitter", "schrieb er auf Twitter", "op Facebook".
  /(?<![\p{L}])(?:on|op|auf|via)\s+$/iu,
  // The medium whose report the sentence passes on: "According to the DPA news agency", "based on a
  // report from German news agency DPA", "op basis van een bericht van Duits persbureau DPA", "laut dpa".
  /(?<![\p{L}])(?:according\s+to|based\s+on\s+(?:an?\s+)?reports?\s+(?:from|by|of))\s+(?:(?:information|reports?)\s+(?:from|by|of)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$/iu,
  /(?<![\p{L}])(?:volgens|op\s+basis\s+van\s+(?:een\s+)?berichte?n?\s+van)\s+(?:de\s+|het\s+)?(?:[\p{L}-]+\s+){0,3}?$/iu,
  /(?<![\p{L}])laut\s+(?:der\s+|dem\s+|des\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu,
];

/** Whether the medium `m` is the one a source in the sentence spoke to. */
export function toldMedium(text: string, m: Mention, isMedium: (m: Mention) => boolean): boolean {
  if (!isMedium(m)) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return TOLD.some((re) => re.test(before));
}
