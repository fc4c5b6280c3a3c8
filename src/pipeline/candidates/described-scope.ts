/**
 * Places a sentence names in a phrase that describes something else than the happening: the toll
 * of a happening named again ("Four days after the attack on the square with 12 dead and 56
 * injured, the search ended … in front of the railway station of Sesto San Giovanni"), or the one
 * it befell ("The suspected assassin of the Berlin Christmas market, Anis Amri, is dead"). Those
 * places are put aside: the search's station is no place of the attack; Berlin, no place of the death,
 * is no place of it at all.
 */
import { isLang } from '../time/lexicon.ts';
import type { Mention } from '../types.ts';
import { namedOnlyOutside } from './clause-scope.ts';
import type { EventCandidate } from './event-candidate.ts';
import { withTollPhrase } from './told-toll.ts';

type Span = [number, number];

/** A description opening the sentence, up to the comma before the name it describes. */
const OPENING_DESCRIPTION =
  /^\s*(?:the|a|an|de|het|een|der|die|das|ein|eine)\s[^,;:]*\s(?:of|van|von|des|der)\s[^,;:]*,\s*$/iu;

/**
 * "the Berlin Christmas market", "de Berlijnse kerstmarkt": a place written between an article and
 * the noun it qualifies names that thing, not where a happening was.
 */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|de|het|der|die|das|dem|den|des)\s+$/iu;
const NOUN_AFTER = /^\s+\p{L}/u;

function naming(text: string, m: Mention): boolean {
  return (
    ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && NOUN_AFTER.test(text.slice(m.end))
  );
}

function putAside(c: EventCandidate, mentions: readonly Mention[], spans: Span[]): void {
  const places = namedOnlyOutside(c.places, mentions, spans, [c.titlePlace]);
  if (places) c.asidePlaces = [...new Set([...(c.asidePlaces ?? []), ...places])];
}

/** The span of a description of the patient opening the sentence, set off by commas around the name. */
function patientDescription(c: EventCandidate, mentions: readonly Mention[], text: string): Span | undefined {
  const patient = c.patient === undefined ? undefined : mentions.find((m) => m.id === c.patient);
  if (!patient || text[patient.end] !== ',') return undefined;
  const lead = text.slice(0, patient.start);
  return OPENING_DESCRIPTION.test(lead) ? [0, lead.lastIndexOf(',')] : undefined;
}

/** Puts aside on `c` the places named only in a phrase describing its toll's happening or its patient. */
export function scopeToDescriptions(
  c: EventCandidate,
  h: { start: number },
  mentions: readonly Mention[],
  text: string,
  lang: string,
): void {
  const phrase = c.toldToll && isLang(lang) ? withTollPhrase(lang, text, h.start) : undefined;
  if (phrase)
    putAside(c, mentions, [
      [0, phrase[0]],
      [phrase[1], text.length],
    ]);
  // The description's places that name something of the patient's are not the happening's: nor do
  // they say its country. "The mayor of Derna, Abdulmenam al-Ghaithi" names where he is mayor.
  const described = patientDescription(c, mentions, text);
  if (!described) return;
  const attributive = c.places.filter((id) =>
    mentions.some((m) => m.id === id && m.end <= described[1] && naming(text, m)),
  );
  const theirs = namedOnlyOutside(attributive, mentions, [described], [c.titlePlace]);
  if (theirs) c.places = c.places.filter((id) => !theirs.includes(id));
}
