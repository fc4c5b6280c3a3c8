/**
 * "Der Copilot habe den Sinkflug eingeleitet, sagte der Staatsanwalt von Marseille, Brice Robin, am
 * Donnerstag", "…, zei minister Ana Cecilia Gervasi": a Dutch or German verb of speech after a comma
 * that closes what was said has its speaker after it. The names before the comma are those spoken
 * of. Not after a name set off by commas ("Die Vorsitzende, Nancy Pelosi, forderte …"), whose verb
 * it is. English mostly puts its speaker first ("…, a French prosecutor said"), but a quotation
 * may end before it: '"…," said Genoa Mayor Marco Bucci'.
 */
import type { Mention } from '../types.ts';

/** A comma (maybe after a closing quote) right before the verb. */
const COMMA_BEFORE = /,\s*["“”»«]?\s*$/u;

/** Verbs of speech that put their subject after them. */
const SPEECH_VERB =
  /^(?:sagte|sagten|sagt|erklärte|erklärten|betonte|forderte|forderten|zei|zeiden|zegt|verklaarde|meldde|eiste|eisten|said|says|demanded)(?![\p{L}])/iu;

/**
 * English verbs of speech, which put their speaker after them only after a quotation or, as a
 * translation from German keeps the order, with nothing after the speaker but the sentence's end
 * ("…, demanded Shoemaker.").
 */
const ENGLISH_VERB = /^(?:said|says|demanded)(?![\p{L}])/iu;
const QUOTE_BEFORE = /["“”»]/u;
const SENTENCE_END = /^\s*[.!]?\s*$/u;

/** Between the verb and the speaker: a title of a few words, perhaps "of" a place and a comma, no pronoun. */
const TITLE_GAP = /^\s+(?:[\p{L}-]+\s+){0,5}?(?:[\p{L}-]+,\s*)?$/u;
const PRONOUN =
  /(?<![\p{L}])(?:he|she|they|it|we|hij|zij|ze|het|wij|we|er|sie|es|wir|man|dass|dat|that)(?![\p{L}])/iu;

/** The person after the verb of speech at `trigger` where a comma comes before that verb. */
export function trailingSpeaker(
  text: string,
  mentions: readonly Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  const before = COMMA_BEFORE.exec(text.slice(0, trigger));
  if (!before || !SPEECH_VERB.test(text.slice(trigger))) return undefined;
  if (mentions.some((m) => m.end === before.index)) return undefined;
  const english = ENGLISH_VERB.test(text.slice(trigger));
  const last = mentions.at(-1);
  const endsWithSpeaker =
    last !== undefined && last.start > trigger && SENTENCE_END.test(text.slice(last.end));
  if (english && !QUOTE_BEFORE.test(before[0]) && !endsWithSpeaker) return undefined;
  const verbEnd = trigger + (/^\S+/u.exec(text.slice(trigger))?.[0].length ?? 0);
  const fits = (m: Mention) => {
    const gap = text.slice(verbEnd, m.start);
    return m.start >= verbEnd && m.kind !== 'place' && TITLE_GAP.test(gap) && !PRONOUN.test(gap);
  };
  // "said Paiporta resident Ana Martínez": English names whose title it is before the speaker.
  const speaker = english
    ? mentions.filter(fits).at(-1)
    : mentions.find((m) => m.start >= verbEnd && m.kind !== 'place');
  return speaker && isPerson(speaker) && fits(speaker) ? speaker : undefined;
}
