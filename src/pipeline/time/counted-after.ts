/**
 * "Almost one week after the serious attacks on Easter Sunday, the police boss has resigned", "Drei
 * Tage nach dem Anschlag am Sonntag trat er zurück", "Twee weken na de ramp van 4 augustus": the
 * time told in the noun phrase after a counted stretch and "after" is the earlier happening's. The
 * sentence tells what came that stretch later, so that time dates only its own phrase.
 */
import { CARDINAL_UNITS } from '../number-words.ts';
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

const words = (lang: Lang): string => Object.keys(CARDINAL_UNITS[lang]).join('|');

/** A count of days, weeks, months or years, perhaps hedged, then "after" and an article. */
const COUNTED_AFTER: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:almost|nearly|about|around|some|just|barely|more\s+than|less\s+than|over)\s+)?(?:\d{1,3}|a|an|a\s+few|several|${words('en')})\s+(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:the|a|an|its|their|his|her)\s`,
    'iu',
  ),
  nl: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:bijna|ruim|zo'n|ongeveer|nog\s+geen)\s+)?(?:\d{1,3}|een|één|enkele|${words('nl')})\s+(?:dag|dagen|week|weken|maand|maanden|jaar)\s+na\s+(?:de|het|een)\s`,
    'iu',
  ),
  de: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:fast|knapp|rund|gut|etwa|mehr\s+als)\s+)?(?:\d{1,3}|eine|einer|einem|einen|wenige|wenigen|${words('de')})\s+(?:Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+nach\s+(?:dem|der|den|einem|einer)\s`,
    'iu',
  ),
};

/** Cheap words to look for before the regex runs. */
const HINT: Record<Lang, RegExp> = { en: /after|since/i, nl: /\bna\b/i, de: /nach/i };

/** How far after "after" the earlier happening's time may stand, in one stretch without a comma. */
const REACH = 70;

/** The noun phrase after a counted "after" that `t` lies in, [start, end), if it does. */
export function countedAfterClause(lang: Lang, sentence: string, t: Timex): [number, number] | undefined {
  if (!HINT[lang].test(sentence)) return undefined;
  const m = COUNTED_AFTER[lang].exec(sentence);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  if (t.start < after || t.start - after > REACH || /[,;:]/.test(sentence.slice(after, t.start)))
    return undefined;
  return [after, t.end];
}
