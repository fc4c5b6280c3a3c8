/**
 * "Nach wochenlangen Protesten mit Hunderten Toten ist Sheikh Hasina zurückgetreten", "After weeks
 * of protests that left hundreds dead, Hasina resigned": a sentence that opens with a phrase of
 * what came before tells its news after it. Happenings named in that phrase are its background,
 * not the news, and are dropped where the rest of the sentence reports one.
 */
import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';

const openingOf = perObject<readonly string[], RegExp>(
  (words) => new RegExp(`^(?:${alternation(words) || '(?!)'})\\s`, 'iu'),
);

/**
 * Where the opening phrase ends: at a comma, or in Dutch and German at the finite auxiliary that
 * follows the phrase in second place ("… Toten ist die Regierungschefin …", "… doden is premier …").
 */
const PHRASE_END =
  /[,;:]|\s(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|is|zijn|heeft|hebben|had|hadden|wordt|worden|werd)\s/iu;

/**
 * "Nach Angaben der Behörden", "nach Polizeiangaben", "Nach Schätzungen": "nach" that names the
 * report's source, not what came before it.
 */
const SOURCE_OPENING = /^nach\s+(?:\p{L}*angaben|schätzungen|informationen|auskunft|berichten)(?!\p{L})/iu;

export function withoutOpeningBackground(
  hits: TriggerHit[],
  text: string,
  lexicon: EventLexicon,
): TriggerHit[] {
  if (hits.length < 2 || !openingOf(lexicon.earlier).test(text) || SOURCE_OPENING.test(text)) return hits;
  const end = PHRASE_END.exec(text)?.index;
  if (end === undefined) return hits;
  const news = hits.filter((h) => h.start > end);
  return news.length > 0 && news.length < hits.length ? news : hits;
}
