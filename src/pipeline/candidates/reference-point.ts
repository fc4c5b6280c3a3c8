/**
 * A place named only to say where another lies is no place of the happening: "arrested in the
 * Bryansk region, about 340 km southwest of Moscow, near the border with Ukraine and Belarus"
 * happened in Bryansk; "340 kilometer ten zuidwesten van Moskou", "an der Grenze zu Polen",
 * "340 Kilometer südwestlich von Moskau" likewise, and a place in the anniversary that dates the news.
 * The places of a list after such words ("with Ukraine and Belarus") too.
 */
import type { Mention } from '../types.ts';

const COMPASS = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?`;
const KOMPAS = String.raw`(?:noord|zuid|oost|west)(?:-?(?:oost|west))?`;
const HIMMEL = String.raw`(?:nord|süd|ost|west)(?:-?(?:ost|west))?`;
/**
 * A distance before the direction ("340 km (210 miles) southwest of"): the place lies far off.
 * "South of Valencia" without one is where the floods were.
 */
const DISTANCE = String.raw`\d[\d.,]*\s*(?:km|kilomet(?:er|re|ers|res)|miles|kilometer)\s+(?:\([^()]{1,20}\)\s+)?`;

/**
 * The anniversary of a happening elsewhere dates the news, it does not place it: "on the eve of the
 * second anniversary of the Russian invasion of Ukraine", "de tweede verjaardag van de Russische
 * inval in Oekraïne", "zum zweiten Jahrestag des russischen Überfalls auf die Ukraine".
 */
const ANNIVERSARY = String.raw`(?:anniversary|verjaardag|jahrestag)\s+(?:\p{L}+\s+){0,4}(?:of|in|op|van|auf|in)`;

/** Module constant: tsx compiles each Unicode property literal to a `new RegExp` call. */
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:border\s+with|grens\s+met|grenze\s+(?:zu|zur|zum)|${ANNIVERSARY})|${DISTANCE}(?:${COMPASS}\s+of|ten\s+${KOMPAS}en\s+van|${KOMPAS}elijk\s+van|${HIMMEL}lich\s+von))\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|die\s+)?$`,
  'iu',
);

/** "and", "en", "und", "or", a comma: the next place of a list. */
const LIST_JOIN = /^(?:\s*,\s*|\s+(?:and|or|en|of|und|oder)\s+)$/iu;

/** How far before a place its reference words may stand. */
const REACH = 50;

/** Whether the place `m` is named only as a reference point for another place. */
export function namesReferencePoint(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (m.kind !== 'place') return false;
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start))) return true;
  const before = mentions.find(
    (o) => o.kind === 'place' && o.end <= m.start && LIST_JOIN.test(text.slice(o.end, m.start)),
  );
  return before !== undefined && before !== m && namesReferencePoint(text, before, mentions);
}
