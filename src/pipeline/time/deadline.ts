/**
 * Deadlines: a day given with "by", "until", "tot", "bis" after a verb that commits to something
 * still to come ("kündigte an, bis Montag … zu benennen"), or as the last day flights are called
 * off or a suspect is held. Such a day lies ahead, and it dates what is to be done, not what the sentence reports.
 * So does a year or a month a plan is to be done by ("by 2030", "bis Ende 2025").
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';
import { designatedDay, mourningOn } from './designated-day.ts';
import { toldInPast } from './tense.ts';

/** A deadline set on a weekday: "by Monday", "tot maandag", "bis Montag". */
const DEADLINE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:by|until)\s+$/iu,
  nl: /(?<![\p{L}])(?:tot|voor)\s+$/iu,
  de: /(?<![\p{L}])bis\s+(?:zum\s+)?$/iu,
};

/**
 * Verbs that set a deadline for what is still to come: a weekday they give as one lies ahead,
 * however past the verb ("Er kündigte an, bis Montag einen Nachfolger zu benennen"; "gave them
 * until Friday to leave").
 */
const COMMITMENT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:announced|promised|pledged|vowed|demanded|ordered|gave\s+(?:\p{L}+\s+){1,3}until|set\s+a\s+deadline)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:kondigde|kondigden|beloofde|beloofden|eiste|eisten|beval|gaf\s+(?:\p{L}+\s+){1,3}tot)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:kündigte|kündigten|versprach|versprachen|forderte|forderten|verlangte|verlangten|gab\s+(?:\p{L}+\s+){1,3}bis)(?![\p{L}])/iu,
};

/**
 * A condition set on what is still to be done by a day: "warned that banks could end loans if the
 * accounts were not published by Friday", "indien de cijfers niet voor vrijdag …", "falls der
 * Bericht nicht bis Freitag vorliegt". The day is the deadline, after the warning.
 */
const CONDITION: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:if|unless)\s[^,;.]*$/iu,
  nl: /(?<![\p{L}])(?:indien|tenzij|mits)\s[^,;.]*$/iu,
  de: /(?<![\p{L}])(?:wenn|falls|sofern)\s[^,;.]*$/iu,
};

/**
 * The last day of a stretch: "until Tuesday", "through Tuesday", "tot en met woensdag", "bis
 * einschließlich Dienstag". Not "by Tuesday", which tells when a count stood ("By Tuesday, 200
 * flights had been cancelled").
 */
const STRETCH_END: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:until|through|up\s+to\s+and\s+including)\s+$/iu,
  nl: /(?<![\p{L}])(?:tot|tot\s+en\s+met|t\/m)\s+$/iu,
  de: /(?<![\p{L}])bis\s+(?:zum\s+|einschließlich\s+)?$/iu,
};

/**
 * Flights and trips called off up to a day are the ones still to depart: "cancelled all flights
 * until Tuesday", "alle Flüge bis einschließlich Dienstag abgesagt", "tot en met woensdag geannuleerd".
 */
const CALLED_OFF: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:cancell?ed|suspended|grounded)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:geannuleerd|geschrapt|annuleerde|annuleerden|opgeschort)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:abgesagt|gestrichen|storniert|ausgesetzt|strich|strichen)(?![\p{L}])/iu,
};

/**
 * Custody up to a day ends then: "remanded in custody until May 22", "blijven tot 22 mei in
 * voorarrest", "bis zum 22. Mai in Untersuchungshaft". The remand was ordered before.
 */
const CUSTODY: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:custody|detention|detained|jail|prison)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:voorarrest|hechtenis|cel|gevangenis)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:haft|untersuchungshaft|u-haft|gewahrsam|gefängnis)(?![\p{L}])/iu,
};

/**
 * A measure in force up to a day ends then: "a week of national mourning until 6 April", "een
 * avondklok tot en met zondag", "eine einwöchige Staatstrauer bis zum 6. April angeordnet". It
 * was taken before; the day is its end, not when it was ordered.
 */
const MEASURE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:mourning|curfew|curfews|ceasefire|truce|state\s+of\s+emergency|lockdown)(?![\p{L}])/iu,
  nl: /(?:rouw|avondklok|noodtoestand|wapenstilstand|wapenbestand|staakt-het-vuren|lockdown)(?![\p{L}])/iu,
  de: /(?:trauer|ausgangssperre|notstand|ausnahmezustand|waffenruhe|waffenstillstand|lockdown)(?![\p{L}])/iu,
};

/** Whether the expression at `start` of `text` is given as a deadline by a verb that commits to it. */
export function setsDeadline(lang: Lang, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    (DEADLINE[lang].test(before) &&
      (COMMITMENT[lang].test(text) || CONDITION[lang].test(text.slice(0, start)))) ||
    (STRETCH_END[lang].test(before) && (CALLED_OFF[lang].test(text) || CUSTODY[lang].test(text)))
  );
}

/**
 * A deadline reaching past publication in a sentence that commits to it ("bis Montag", "bis Ende
 * des Jahres"): when something is to be done, not when the sentence's happening (the
 * announcement) took place.
 */
export function isPendingDeadline(
  lang: Lang,
  sentence: string,
  start: number,
  until: string,
  dct: string,
): boolean {
  return (
    until.slice(0, 10) > dct && (setsDeadline(lang, sentence, start) || endsMeasure(lang, sentence, start))
  );
}

/**
 * The day a measure in force ends (see MEASURE): only when it lies after publication is it no
 * news; "The curfew lasted until Tuesday" ended on a Tuesday gone by.
 */
export function endsMeasure(lang: Lang, text: string, start: number): boolean {
  return STRETCH_END[lang].test(text.slice(Math.max(0, start - 30), start)) && MEASURE[lang].test(text);
}

/** "by 2030", "tot 2030", "bis Ende 2025", "by the end of the year": the deadline of a plan. */
const DEADLINE_BEFORE =
  /(?<![\p{L}])(?:by|until|tot|uiterlijk|bis)\s+(?:(?:the\s+)?end\s+of\s+|eind\s+|ende\s+)?$/iu;
const DEADLINE_OPENS = /^(?:by|until|tot|bis)\s/iu;

/**
 * A year or a month given as a deadline dates what is to be done by then, not what the sentence
 * reports: "The carmaker will cut 35,000 jobs by 2030" was decided when it was said.
 */
export function deadlineOfPlan(sentence: string, t: Timex): boolean {
  if (t.precision !== 'year' && t.precision !== 'month') return false;
  return (
    DEADLINE_OPENS.test(t.text) || DEADLINE_BEFORE.test(sentence.slice(Math.max(0, t.start - 24), t.start))
  );
}

const FOR_BEFORE = /(?<![\p{L}])(?:for|für)\s+$/iu;

/**
 * "for"/"für" right before the expression at `start`: a time something is done for, which lies
 * ahead ("had banned demonstrations for the weekend", "für das Wochenende verboten"). Dutch "voor
 * het weekend" is as often "before".
 */
export function doneFor(text: string, start: number): boolean {
  return FOR_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * A weekend something was done for is how long it holds, not when it was done: "the city had
 * banned demonstrations for the weekend", "hatte Kundgebungen für das Wochenende verboten".
 */
export function periodDoneFor(lang: Lang, sentence: string, t: Timex): boolean {
  return t.value.endsWith('-WE') && doneFor(sentence, t.start) && toldInPast(lang, sentence);
}

/** "from", "starting", "vanaf", "met ingang van", "ab" right before the expression. */
const FROM_BEFORE = /(?<![\p{L}])(?:from|starting|as\s+of|vanaf|met\s+ingang\s+van|ab)\s+$/iu;

/** The same before a clock time and its day: "from 8am GMT on Tuesday", "vanaf 08.00 uur op dinsdag". */
const FROM_CLOCK_BEFORE =
  /(?<![\p{L}])(?:from|starting|as\s+of|vanaf|ab)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|uur|uhr)?\s+(?:(?:GMT|UTC|BST|CES?T|MES?Z|local\s+time)\s+)?(?:\([^()]{1,20}\)\s+)?(?:on|op|am)\s+$/iu;

/**
 * A day after publication that what the sentence tells as done before it holds from, or that it
 * makes into something, is when that begins, not when it was done: "declared three days of national
 * mourning from Thursday", "kondigde vanaf donderdag drie dagen nationale rouw af", "ordnete ab
 * Donnerstag eine Staatstrauer an", "declared Sunday a national day of mourning", "declared a day
 * of national mourning on Saturday" were declared before. So is a time after "from" that lies after
 * `storyDay`, the day the story is at: under a recap's "Monday.", "agreed to split European airspace
 * into three zones from 8am GMT on Tuesday" was agreed on the Monday.
 */
export function startsAhead(lang: Lang, sentence: string, t: Timex, dct: string, storyDay?: string): boolean {
  if (t.interval === null) return false;
  const day = t.interval.start.slice(0, 10);
  const from =
    FROM_BEFORE.test(sentence.slice(Math.max(0, t.start - 18), t.start)) ||
    FROM_CLOCK_BEFORE.test(sentence.slice(Math.max(0, t.start - 48), t.start));
  const story = storyDay?.slice(0, 10);
  return (
    (day > dct || (from && story !== undefined && day > story)) &&
    (from || designatedDay(lang, sentence, t.start, t.end) || mourningOn(lang, sentence, t.start)) &&
    // What comes after ("and promised that the government would help") may look ahead.
    toldInPast(lang, sentence.slice(0, t.start))
  );
}
