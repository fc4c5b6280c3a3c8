/**
 * A takeover told with the two companies' names and no word for "company" ("Die UBS übernimmt die
 * Credit Suisse", "UBS agreed on Sunday to buy Credit Suisse", "The takeover of Credit Suisse by
 * UBS"): a 'firms' trigger reports only with two named firms, one of them its object.
 */
import type { Mention } from '../types.ts';
import type { Match } from './match.ts';

/** "UBS", "BHPX": a name nobody listed, written as an acronym, is an organisation's. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** Last words of a company's name: "Globex Holdings", "Wirecard AG", "Shell plc". */
const COMPANY_END =
  /\s(?:Holdings?|Group|Bank|AG|SE|GmbH|plc|PLC|Inc|Ltd|LLC|NV|N\.V\.|BV|Corp|Corporation|SA)\.?$/u;

/** A name nobody listed that reads as a company's: an acronym, or a name ending in a legal form. */
export function companyName(text: string): boolean {
  return ACRONYM.test(text) || COMPANY_END.test(text);
}

/** At most four words between the verb and its object: "übernimmt die angeschlagene Credit Suisse". */
const OBJECT_AFTER = /^[\s,]*(?:[\p{L}'’-]+\s+){0,4}$/u;

export function firmsAround(
  mentions: readonly Mention[],
  isFirm: (m: Mention) => boolean,
  text: string,
  at: Match,
): boolean {
  const firms = mentions.filter(isFirm);
  if (new Set(firms.map((m) => m.id ?? m.text)).size < 2) return false;
  // Dutch holds the object inside the separable verb: "neemt … Credit Suisse over".
  return firms.some(
    (m) =>
      (m.start >= at.start && m.end <= at.end) ||
      (m.start >= at.end && OBJECT_AFTER.test(text.slice(at.end, m.start))),
  );
}
