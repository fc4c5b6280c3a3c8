import type { PublishedArticle, When } from '../types.ts';
import { SO_FAR } from '../so-far.ts';
import { untilPublication } from './time.ts';
import { countedInPerfect } from '../time/count-so-far.ts';
import type { Lang } from '../time/lexicon.ts';

/**
 * "More than 300 arrested since the protests began", "sinds het begin van de onlusten 9900
 * aangehouden", "seit Beginn der Proteste mehr als 300 festgenommen": a count since the story's
 * happening began is its running total up to the report, not the count of one night. A year, month
 * or week after the phrase ("since the beginning of this year") is a time, which the time rules date.
 */
const NOT_A_TIME = String.raw`(?!\s+(?:this|the|last|het|dit|deze|vorig\w*|dem|des|dieses)?\s*(?:year|month|week|jaar|maand|week|Jahr\w*|Monat\w*|Woche\w*)\b)`;

const SINCE_START: readonly RegExp[] = [
  new RegExp(String.raw`\bsince the (?:start|beginning|outbreak|onset) of${NOT_A_TIME}`, 'i'),
  /\bsince (?:the|these) \p{L}+ (?:began|started|broke out|erupted)\b/iu,
  new RegExp(String.raw`\bsinds (?:het begin|de start|het uitbreken) van${NOT_A_TIME}`, 'i'),
  /\bsinds de \p{L}+ (?:begonnen|uitbraken|losbarstten)\b/iu,
  new RegExp(String.raw`\bseit (?:dem )?(?:Beginn|Start|Ausbruch|Anfang)${NOT_A_TIME}\s+(?:der|des)\b`, 'i'),
  /\bseit (?:die|der) \p{L}+ (?:begannen|begann|ausbrachen|ausbrach)\b/iu,
  // "Since then, at least 20 people have been killed": since the happening the sentence before told.
  /\b(?:since then|ever since|sindsdien|seitdem|seither)\b/i,
  // "In the protests that followed, at least 22 people were killed", "Bij de protesten die volgden",
  // "Bei den Protesten, die folgten": in all that followed it.
  /\b(?:in|during) the \p{L}+ (?:that|which) followed\b/iu,
  /\bbij de \p{L}+ die (?:daarop )?volgden\b/iu,
  /\bbei den \p{L}+,? die (?:darauf )?folgten\b/iu,
];

/**
 * Each of SINCE_START needs one of these words; /iu folds case at least as widely as their /i and
 * /iu do. Few sentences have one: they are spared the ten patterns.
 */
const SINCE_WORD = /since|sinds|seit|followed|volgden|folgten/iu;

/** Whether the sentence counts since the story's happening began. */
export function countsSinceStart(text: string): boolean {
  return SINCE_WORD.test(text) && SINCE_START.some((re) => re.test(text));
}

/** Besides the words of a count up to now (so-far.ts), "bereits", "already": as it stands by the report. */
const ALREADY = /(?<![\p{L}])(?:already|mittlerweile|bereits|schon|tot dusver)(?![\p{L}])/iu;

/** A verb of saying: a count told as someone's is of the day they gave it, which the report may not tell. */
const SAYING =
  /(?<![\p{L}])(?:said|says|told|zei|zegt|zeiden|meldde|sagte|sagt|sagten|erklärte|teilte)(?![\p{L}])/iu;

/**
 * Whether the report itself gives a count as its total so far: "wurden landesweit inzwischen 4404
 * Menschen festgenommen", "Meer dan 5800 mensen zijn aangehouden" (the present perfect, not told
 * as what someone said: "Maduro zei dat ruim 1200 mensen zijn opgepakt" is of the day he said it).
 */
export function countsSoFarByReport(lang: Lang, text: string): boolean {
  return SO_FAR.test(text) || ALREADY.test(text) || (countedInPerfect(lang, text) && !SAYING.test(text));
}

/** Words that tie a count to the happening its paragraph told: "dabei", "daarbij", "there". */
const THERE =
  /(?<![\p{L}])(?:dabei|hierbei|daarbij|hierbij|daar|there|then|toen|destijds|damals|da|seinerzeit)(?![\p{L}])/iu;

/**
 * Whether a count in the present perfect, told after a sentence of a day before the report, stands
 * as of the report: "Betogers bestormden gisteren het stadhuis … Volgens het ministerie van
 * Binnenlandse Zaken zijn ruim 2000 mensen opgepakt". Not one tied to what that day told ("Dabei
 * sind 30 Menschen festgenommen worden"), nor one told as someone's, of the day they gave it.
 */
export function countsSoFarAfterDay(lang: Lang, text: string): boolean {
  return countedInPerfect(lang, text) && !SAYING.test(text) && !THERE.test(text);
}

/**
 * The time of a running total: from the day its paragraph tells (when that lies before the report)
 * up to publication; else the report's own day. Undefined when the sentence dates itself.
 */
export function runningTotalWhen(
  when: When,
  timeFrom: string,
  published: PublishedArticle['published'],
): When | undefined {
  if (timeFrom === 'own') return undefined;
  const day = when.start.slice(0, 10);
  // A running total reaches over days: the evening its paragraph tells is only where it starts.
  if (when.precision !== 'before-publication' && day < published.date)
    return untilPublication({ ...when, value: day }, published.date);
  return reportDay(published, when);
}

/** The report's day, with the confidence of `when`; undefined when only its month is known. */
export function reportDay(published: PublishedArticle['published'], when: When): When | undefined {
  if (published.precision !== 'day') return undefined;
  return {
    start: published.date,
    end: published.date,
    precision: 'day',
    value: published.date,
    confidence: when.confidence,
  };
}
