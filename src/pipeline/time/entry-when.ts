/**
 * What a live-blog entry tells with no time of its own: what happens now or just happened
 * ("De politie is zojuist de Bataclan binnengevallen", "Police have just stormed …") at the
 * entry's clock; what has happened ("Hollande has declared …") on the entry's day, and the past
 * that goes on with it ("… sind 26 Angreifer getötet worden. Mehr als 3000 Menschen wurden
 * festgenommen."); what it opens with in the past before the entry, as an ordinary report's past
 * lies before its publication. A feeling told in the present ("laat weten dat hij geschokt is") is
 * now, whatever its participle looks like.
 */
import type { When } from '../types.ts';
import { beforePublication } from './before-publication.ts';
import type { EntryClock } from './live-entries.ts';
import type { Lang } from './lexicon.ts';
import { toldInPast } from './tense.ts';
import { withoutFeelingState } from './feeling-state.ts';

const JUST: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:just|now)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zojuist|net|nu|zoëven)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:soeben|gerade|eben|jetzt)(?![\p{L}])/iu,
};

/**
 * A present perfect: the auxiliary, then within a few words a participle ("ist beendet", "is
 * beëindigd"), of a separable verb too ("hat … angenommen", "is aangekomen").
 */
const PERFECT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:has|have)(?:\s+\p{L}+){0,2}?\s+\p{L}+(?:ed|en|wn|ne|t)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:is|zijn|heeft|hebben)(?:\s+\S+){0,8}?\s+(?:(?:aan|af|in|mee|na|om|op|toe|uit|vast|voor)?ge|be|ver|ont|her|er)\p{L}+(?:d|t|en)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:hat|haben|ist|sind)(?:\s+\S+){0,8}?\s+(?:(?:(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück)?ge|be|er|ver|ent|zer)\p{L}+(?:t|en)|\p{L}+iert)(?![\p{L}])/iu,
};

/** `continues`: the sentence before it, of the same entry, told the entry's news on its day. */
export function entryWhen(lang: Lang, sentence: string, entry: EntryClock, continues = false): When {
  if (JUST[lang].test(sentence) || !toldInPast(lang, withoutFeelingState(lang, sentence))) {
    const at = `${entry.day}T${entry.time}`;
    return { start: at, end: at, precision: 'time', value: at, confidence: 0.7 };
  }
  if (continues || PERFECT[lang].test(sentence))
    return { start: entry.day, end: entry.day, precision: 'day', value: entry.day, confidence: 0.6 };
  return beforePublication(entry.day, false);
}
