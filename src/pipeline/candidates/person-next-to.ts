/**
 * A person as a trigger's subject or object, not merely somewhere in the sentence ("Tim Cook said
 * the phone was released"): a 'person' trigger reports only with one.
 */
import type { Mention } from '../types.ts';
import type { Match } from './match.ts';

/** An age set off after the name: "Abe, 67, was shot", "Abe (67) werd neergeschoten". */
const AGE = String.raw`(?:,\s*\d{1,3},|\s*\(\d{1,3}\))?`;

/** A title set off by commas between a name and its verb: "Ashraf Ghani, the president, left the country". */
const TITLE = String.raw`^,\s[^,;:.!?]{1,100},\s+$`;

/**
 * At most three words between a name (and its age) and its verb: "Gershkovich was released",
 * "released former US Marine Paul Whelan", "Abe, 67, was shot"; or a title set off by commas.
 */
const NEXT_TO = new RegExp(String.raw`^${AGE}\s+(?:[\p{L}'’-]+\s+){0,3}$|${TITLE}`, 'u');

/**
 * After the verb, a name a preposition opens is no subject or object but the means or the setting:
 * "Hij vluchtte in een rode Renault Clio", "fled in a red Renault Clio", "floh mit einem Auto".
 */
const PREPOSITION = String.raw`(?:in|into|with|on|aboard|met|op|aan|mit|im|ins|auf)\s`;
const NEXT_AFTER = new RegExp(String.raw`^\s+(?!${PREPOSITION})(?:[\p{L}'’-]+\s+){0,3}$|${TITLE}`, 'iu');

/**
 * Dutch and German put the participle at the end of its clause, far from the subject its
 * auxiliary follows: "Abe (67) werd gisterochtend … tijdens een toespraak neergeschoten", "Abe war
 * am Freitag in der Stadt Nara … niedergeschossen worden". The name opens the clause, its
 * auxiliary right after it, and no comma or conjunction opens another clause before the participle
 * ("Abe is bang dat er wordt neergeschoten", "Braun war festgenommen worden und kam frei").
 */
const VERB_FINAL = new RegExp(
  String.raw`^${AGE}\s+(?:werd|werden|wurde|wurden|war|waren|is|ist|zijn|sind)\s(?![^,;:]*\s(?:dat|dass|daß|omdat|doordat|nadat|nachdem|weil|toen|als|wenn|ob|of|wie|wo|waar|und|en|oder|aber|maar)\s)[^,;:]{0,160}$`,
  'iu',
);

export function personNextTo(
  mentions: readonly Mention[],
  isPerson: (m: Mention) => boolean,
  text: string,
  lang: string,
  at: Match,
): boolean {
  const verbFinal = lang === 'nl' || lang === 'de';
  return mentions.some((p) => {
    if (!isPerson(p)) return false;
    if (p.start >= at.end) return NEXT_AFTER.test(text.slice(at.end, p.start));
    if (p.end > at.start) return p.end <= at.end;
    const between = text.slice(p.end, at.start);
    return NEXT_TO.test(between) || (verbFinal && VERB_FINAL.test(between));
  });
}
