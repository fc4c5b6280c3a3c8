/**
 * What a live-blog entry tells with no time of its own: what happens now or just happened
 * ("De politie is zojuist de Bataclan binnengevallen", "Police have just stormed …") at the
 * entry's clock; so is the news it opens with in the perfect or the simple past ("Hollande has
 * declared …", "Blinken hat mit … telefoniert", "Blinken telefonierte mit …"): a ticker posts news
 * as it comes, and its clock is the nearest to the news anyone tells. The past that goes on with
 * that news ("… sind 26 Angreifer getötet worden. Mehr als 3000 Menschen wurden festgenommen.") is
 * of the entry's day, no more: a count or an aftermath need not be as fresh. Only background lies
 * before the entry, as an ordinary report's past lies before its publication: a pluperfect, or a
 * cause ("Auslöser der Proteste war …", "because", "omdat"), or what someone now recounts of
 * earlier ("Getuigen vertellen dat de schutters … schoten"), or a passive past ("were killed"). A feeling told in the present ("laat
 * weten dat hij geschokt is") is now, whatever its participle looks like.
 */
import type { When } from '../types.ts';
import { beforePublication } from './before-publication.ts';
import type { EntryClock } from './live-entries.ts';
import type { Lang } from './lexicon.ts';
import { toldInPast } from './tense.ts';
import { toldInPluperfect } from '../pluperfect.ts';
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

/** Words that tell a cause: the background of the news, which came before the entry. */
const CAUSE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:because|due to|caused by|triggered by|sparked by|the trigger|the cause|the reason)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:omdat|doordat|vanwege|aanleiding|oorzaak|reden)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:weil|wegen|aufgrund|Auslöser|Anlass|Ursache|Grund)(?![\p{L}])/iu,
};

/**
 * A verb of saying in the present opening what it reports ("Getuigen vertellen dat de schutters …
 * schoten"): the past it reports is an account of earlier in the story, not the entry's news.
 */
const ACCOUNT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:say|says|tell|tells|recount|recounts)\s+that(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zeggen|zegt|vertellen|vertelt|melden|meldt)\s+dat(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sagen|sagt|berichten|berichtet|erzählen|erzählt),?\s+dass(?![\p{L}])/iu,
};

/**
 * A passive in the simple past ("Most of them were killed at the Bataclan", "128 Menschen wurden
 * getötet", "een werd doodgeschoten"): what was done to people, as a toll tells it, any time after.
 */
const PASSIVE_PAST: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|en|wn)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:werd|werden)\s[^.;:]*(?<![\p{L}])\p{Ll}*ge\p{Ll}{2,}(?:d|t|en)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:wurde|wurden)\s[^.;:]*(?<![\p{L}])\p{Ll}*(?:ge|er|ver|be|zer|ent)\p{Ll}{2,}(?:t|en)(?![\p{L}])/u,
};

/**
 * A count ("26 bewaffnete Angreifer", "zeker 80 doden", "Dutzende Angreifer"): a toll an entry tells
 * as it stands, not a happening of its clock. A clock time ("0.40 Uhr:", "Update 12:10:") is no count.
 */
const COUNT =
  /(?<![\p{L}\p{N}:.])\p{N}+(?:[.,]\p{N}{3})*(?![\p{N}]|[:.]\p{N}|\s*(?:Uhr|uur|h)(?![\p{L}]))|(?<![\p{L}])(?:dozens|hundreds|thousands|Dutzende|Hunderte|Tausende|tientallen|honderden|duizenden)(?![\p{L}])/iu;

/**
 * What an entry's sentence is dated to, and whether the entry's clock is the sentence's own time, as
 * for what happens as the entry is written, or only the latest it can have happened by, as for news
 * told in the past: two tickers posting one declaration at 08:15 and at 09:50 tell one happening.
 */
export interface EntryWhen {
  when: When;
  own: boolean;
}

/**
 * `continues`: the sentence before it, of the same entry, told the entry's news on its day; what
 * goes on with that news is of the day too, unless it tells a cause.
 */
export function entryWhen(lang: Lang, sentence: string, entry: EntryClock, continues = false): EntryWhen {
  const at = `${entry.day}T${entry.time}`;
  if (JUST[lang].test(sentence) || !toldInPast(lang, withoutFeelingState(lang, sentence)))
    return { when: { start: at, end: at, precision: 'time', value: at, confidence: 0.7 }, own: true };
  const background =
    CAUSE[lang].test(sentence) ||
    (!continues &&
      (toldInPluperfect(sentence) || ACCOUNT[lang].test(sentence) || PASSIVE_PAST[lang].test(sentence)));
  if (background && !PERFECT[lang].test(sentence))
    return { when: beforePublication(entry.day, false), own: false };
  if (!continues && !background && !COUNT.test(sentence))
    return { when: { start: at, end: at, precision: 'time', value: at, confidence: 0.6 }, own: false };
  return {
    when: { start: entry.day, end: entry.day, precision: 'day', value: entry.day, confidence: 0.6 },
    own: false,
  };
}
