/**
 * "Volgens politiechef Fred Westerbeke was L. geen onbekende van de politie. Hij werd in 2021
 * veroordeeld", "Politiechef Fred Westerbeke zei … dat de verdachte bekend was bij de politie. Hij
 * werd in 2021 veroordeeld": a person named as the source of what a sentence tells of another
 * person (the suspect, the man, one named by an initial) is not whom the next sentence's "hij"
 * stands for, unless it is the subject of saying again ("He said police did not yet know the motive").
 */
import type { Mention } from '../types.ts';

/** The other person the report is about: a suspect or a man by a definite noun, or one by an initial ("L."). */
const OTHER = String.raw`(?:(?:the|de|der|den|die)\s+(?:[\p{L}-]+\s+)?(?:suspect|gunman|shooter|attacker|man|woman|verdachte|dader|schutter|man|vrouw|verdächtigen?|täter|schützen?|angreifer|mann|frau)(?![\p{L}-])|\p{Lu}\.)`;

/** "volgens (politiechef) X was L.": the source opener before the name, a verb and the other after it. */
const OPENER_BEFORE = /(?:according to|volgens|laut|nach angaben)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const OTHER_AFTER_VERB = new RegExp(String.raw`^,?\s+[\p{L}]+\s+${OTHER}`, 'iu');

/** "X said (that) the suspect …", "X zei op dezelfde persconferentie dat de verdachte …". */
const SAID_OF_OTHER = new RegExp(
  String.raw`^\s+(?:said|says|told|zei|zegt|vertelde|meldde|sagte|sagt)(?:(?:\s+[\p{L}-]+){0,4}?\s+(?:that|dat|dass))?\s+${OTHER}`,
  'iu',
);

/** How far before a name its source opener may stand. */
const REACH = 40;

/** Whether the person `m` is named in `text` only as the source of what it tells of another person. */
export function reportsOfAnother(text: string, m: Mention): boolean {
  const after = text.slice(m.end);
  return (
    SAID_OF_OTHER.test(after) ||
    (OPENER_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start)) && OTHER_AFTER_VERB.test(after))
  );
}
