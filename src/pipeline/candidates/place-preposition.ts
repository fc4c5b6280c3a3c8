/**
 * A name after a preposition of place ("in", "naar", "nach"…) is most likely a place; one after
 * "of", "van", "von" may instead own what comes before it.
 */
import type { Mention } from '../types.ts';

/**
 * "im Gebiet Twer", "in de regio Tver": the area's noun stands between the preposition and the
 * name. "According to" names a source ("According to Poroshenka, the airliner was shot down").
 */
const PLACE_PREPOSITIONS =
  /\b(?:in|into|(?<!according\s)to|of|from|across|near|naar|aan|uit|van|bij|nach|aus|von|im|bei)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|den\s+)?(?:(?:Gebiet|Region|regio|provincie|Provinz|Bezirk)\s+)?$/i;

/**
 * A preposition of place right before the mention: only the last few characters can hold one and
 * its article, and testing the whole text before it (the expression ends in `$`) costs its length.
 */
export function afterPlacePreposition(text: string, m: Mention): boolean {
  return PLACE_PREPOSITIONS.test(text.slice(Math.max(0, m.start - 32), m.start));
}

/** "of", "van", "von" before a name: a place ("the city of Almaty") or an owner ("de PVV van Geert Wilders"). */
const OWNER_PREPOSITION = /\b(?:of|van|von)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|den\s+)?$/i;

/**
 * A full name as written, or a surname the article ties to one named before ("das Privathaus von
 * Wickremesinghe" after "Ranil Wickremesinghe": its id is the full name's).
 */
function fullName(m: Mention): boolean {
  return /\s/.test(m.text.trim()) || (m.id?.includes('-') === true && !m.text.includes('-'));
}

/** "Shares in Wirecard", "shares of Credit Suisse", "aandelen van Shell": the company whose shares they are. */
const SHARES_OF = /\b(?:shares|stock|aandelen|aandeel|aktien|papiere)\s+(?:in|of|van|von)\s+$/i;

/** Up to two words (an auxiliary) between the owner and the verb: "Shares in UBS have fallen". */
const VERB_NEXT = /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * A name after "shares in"/"of" right before the verb: whose shares fell, no place. The verb of
 * another clause ("…, after it said its auditor had refused …") is not the shares' doing.
 */
export function sharesOwner(text: string, m: Mention, trigger: number): boolean {
  return (
    trigger >= m.end &&
    VERB_NEXT.test(text.slice(m.end, trigger)) &&
    SHARES_OF.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}

/** A person's full name after "of"/"van"/"von" owns what comes before it; it is no place. */
export function ownerAfterOf(text: string, m: Mention, isPerson: (m: Mention) => boolean): boolean {
  return (
    m.kind === 'unknown' &&
    fullName(m) &&
    isPerson(m) &&
    OWNER_PREPOSITION.test(text.slice(Math.max(0, m.start - 32), m.start))
  );
}
