/**
 * Weekday references in news text, in English, Dutch and German, with how they stand to the day
 * of publication: a weekday told as past lies on or before it ("on Friday", "afgelopen zondag",
 * "am Freitag"); a weekday named as the present is the day itself ("this Saturday", "vandaag,
 * zaterdag", "heute, Samstag").
 */

import { tellsFuture } from './future-verb.ts';
import { dayAhead } from './time/day-ahead.ts';
import { namesAnnouncedPlan } from './time/announced-plan.ts';
import { LANGS } from './langs.ts';
import { LEXICONS } from './time/lexicon.ts';
import { setsDeadline } from './time/deadline.ts';
import { scheduledInPresent } from './time/scheduled-present.ts';
import { startsDeclaredPeriod } from './time/period-start.ts';
import { eveOfSmallHours } from './night-eve.ts';
import { weekdayOfHappening } from './weekday-of-happening.ts';

/**
 * Every language's weekday names (Sunday = 0 … Saturday = 6, as Date.getUTCDay counts), from the
 * time lexicons: the words that read weekday expressions are the words that find them here.
 */
const NAMES: Record<string, number> = Object.fromEntries(
  Object.values(LEXICONS).flatMap((lexicon) => Object.entries(lexicon.weekdays)),
);

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Plain case-insensitive tests for a weekday's name in any of the languages, anywhere in a text:
 * far cheaper than reading weekday expressions, for a first look. Sunday first.
 */
export const WEEKDAY_NAME_TESTS = WEEKDAY_NAMES.map(
  (_, day) =>
    new RegExp(
      Object.keys(NAMES)
        .filter((name) => NAMES[name] === day)
        .join('|'),
      'i',
    ),
);
/** Whether `word` (in lower case) is a weekday's name in en, nl or de. */
export function isWeekdayName(word: string): boolean {
  return NAMES[word] !== undefined;
}

/** The weekday (Sunday = 0) `word` (in lower case) names, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  return NAMES[word];
}

export const ANY_WEEKDAY_NAME = new RegExp(Object.keys(NAMES).join('|'), 'i');

/** German and Dutch write a part of the day onto the weekday: "am Montagabend", "maandagavond". */
const PART_OF_DAY = 'abend|morgen|früh|vormittag|mittag|nachmittag|nacht|avond|ochtend|middag';
const WEEKDAY = new RegExp(`\\b(${Object.keys(NAMES).join('|')})(?:${PART_OF_DAY})?\\b`, 'giu');
const TODAY_BEFORE = /\b(this|today,?|vandaag,?|deze|heute,?|diesen|dieser|diesem|am heutigen)\s+$/iu;
/** "next Monday", and "volgende week woensdag", "nächste Woche Mittwoch": the week before the day. */
const FUTURE_BEFORE =
  /\b(next|coming|volgende|komende|aanstaande|nächste|nächsten|kommende|kommenden|kommender)\s+(?:(?:week|woche)\s+)?$/iu;
/**
 * A weekday right after a reporting verb in the past is the day it was said, whatever the words
 * said look ahead to ("beloofde dinsdag dat de verantwoordelijken zullen worden aangepakt", "said
 * on Tuesday that it will", "kündigte am Dienstag an, … zu werden").
 */
const SAID_BEFORE =
  /(?<![\p{L}])(?:said|told|announced|promised|pledged|vowed|warned|zei|zeiden|beloofde|beloofden|kondigde|kondigden|verklaarde|verklaarden|waarschuwde|sagte|sagten|kündigte|kündigten|versprach|versprachen|erklärte|erklärten|warnte|warnten)\s+(?:on\s+|op\s+|am\s+)?$/iu;

/**
 * A verb that makes known what happened, right before the weekday or, opening a clause after a
 * comma, before its subject and the weekday: the day it was made known, not the day it happened
 * ("were arrested on Saturday evening, the prosecutor announced on Sunday", ", maakte het OM zondag
 * bekend", ", teilte die Staatsanwaltschaft am Sonntag mit").
 */
const MADE_KNOWN_VERB =
  '(?:said|told|announced|reported|confirmed|zei|zeiden|meldde|meldden|maakte|maakten|bevestigde|bevestigden|sagte|sagten|teilte|teilten|meldete|meldeten|gab|gaben|bestätigte|bestätigten)';
const MADE_KNOWN_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])${MADE_KNOWN_VERB}|,\\s*${MADE_KNOWN_VERB}(?:\\s+[\\p{L}-]+){1,3})\\s+(?:on\\s+|op\\s+|am\\s+)?$`,
  'iu',
);

export interface WeekdayMention {
  day: number;
  text: string;
  relation: 'past' | 'today' | 'future';
  /** Told as the day something was made known ("announced on Sunday"), not the day it happened. */
  madeKnown?: true;
  /** Told as a day of the week before the last ("vorige week woensdag", "Wednesday last week"). */
  lastWeek?: true;
  /** Told as "last Friday": the Friday before another the text tells bare, where it tells one. */
  lastNamed?: true;
  /** Told as the start of what goes on up to the day of writing ("sinds dinsdag", "seit Dienstag"). */
  since?: true;
  /**
   * Told as ahead by its verb ("raakt donderdagochtend op", "will meet on Thursday"), not as a day
   * of next week or one something lasts until: a day after the day of writing.
   */
  ahead?: true;
}

/**
 * German "vom" before a weekday names a happening by its day ("hinter dem Blackout vom Montag"),
 * one told before, whatever verb the sentence looks ahead with; not "vom Montag an", "vom Montag
 * bis Freitag".
 */
const OF_DAY_BEFORE = /(?<![\p{L}])vom\s+$/iu;
const SPAN_AFTER = /^\s+(?:an|bis)(?![\p{L}])/iu;

function namesPastDay(sentence: string, before: string, end: number): boolean {
  return OF_DAY_BEFORE.test(before) && !SPAN_AFTER.test(sentence.slice(end, end + 6));
}

/**
 * A Dutch or German present that schedules the day ("Zondag organiseert Frankrijk een
 * donorconferentie", "Am Sonntag findet die Geberkonferenz statt"), as the time rules read it.
 */
function scheduledIn(language: string | undefined, sentence: string, start: number, end: number): boolean {
  return (language === 'nl' || language === 'de') && scheduledInPresent(language, sentence, start, end);
}

/** A day that lies ahead in any of the languages (see time/day-ahead.ts and time/deadline.ts). */
function aheadInAnyLanguage(sentence: string, start: number, end: number): boolean {
  // The first day of a period declared ("mourning from Thursday") may lie on either side too, and
  // so may the day of a plan announced ("kündigte an, am Mittwoch … einen Bericht vorzulegen").
  return LANGS.some(
    (lang) =>
      dayAhead(lang, sentence, start, end) ||
      startsDeclaredPeriod(lang, sentence, start) ||
      setsDeadline(lang, sentence, start) ||
      namesAnnouncedPlan(lang, sentence, end),
  );
}

/**
 * A day something lasts until ("soll bis Montag geschlossen bleiben", "blijft tot maandag dicht",
 * "duurt nog tot en met zaterdag", "bis einschließlich Samstag", "extended them until at least
 * 7 a.m. (0600 GMT) on Friday") may lie on either side of the day of writing: it tells nothing
 * about it. Read in the 60 characters before the weekday, as a minimum and a clock time may stand
 * between.
 */
const UNTIL_BEFORE =
  /(?<![\p{L}])(?:until|till|up\s+to\s+and\s+including|bis(?:\s+einschließlich)?|tot(?:\s+en\s+met)?|t\/m)\s+(?:(?:at\s+least|mindestens|minstens|ten\s+minste)\s+)?(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|uhr|uur)?|noon|midnight|middernacht|Mitternacht)\s+(?:\([^()]{1,24}\)\s+)?)?(?:(?:zum|am|on|op)\s+)?$/iu;

/**
 * A day something would have happened on, or was due to: "de tweede ronde, die zondag gehouden
 * zou worden", "die Stichwahl hätte am Sonntag stattfinden sollen", "the runoff was due to be held
 * on Sunday"; nor is one something may yet come on: "could be put to a vote as early as Friday",
 * "könnte frühestens am Freitag abstimmen". Such a day is no past the report tells: checked within the weekday's clause, where
 * Dutch and German put the verb after the day and English before it.
 */
const WOULD_AFTER =
  /^[^,;.]{0,40}?(?<![\p{L}])(?:zou|zouden|würde|würden|hätte|hätten|sollen|sollte|sollten)(?![\p{L}])/iu;
const WOULD_BEFORE =
  /(?<![\p{L}])(?:would|could\s+be|might|könnte|könnten|as\s+early\s+as|op\s+zijn\s+vroegst|frühestens|was\s+due|were\s+due|was\s+to\s+be|were\s+to\s+be)(?![\p{L}])[^,;.]{0,40}$/iu;

/**
 * The day a plan was made for: "the session had been planned for Monday", "de zitting was gepland
 * voor maandag", "die Sitzung war für Montag geplant" (and a translation's "for Monday planned").
 * It may never have come, or may still lie ahead.
 */
const FOR_BEFORE = /(?<![\p{L}])(?:for|voor|für)\s+$/iu;
const PLANNED = '(?<![\\p{L}])(?:planned|scheduled|gepland|geplant|angesetzt|vorgesehen)(?![\\p{L}])';
const PLANNED_BEFORE = new RegExp(`${PLANNED}[^,;.]{0,40}$`, 'iu');
const PLANNED_AFTER = new RegExp(`^[^,;.]{0,40}?${PLANNED}`, 'iu');

function plannedFor(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  return (
    FOR_BEFORE.test(before) &&
    (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(sentence.slice(end, end + 60)))
  );
}

function wouldHappen(sentence: string, start: number, end: number): boolean {
  return (
    WOULD_AFTER.test(sentence.slice(end, end + 60)) ||
    WOULD_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) ||
    plannedFor(sentence, start, end)
  );
}

/**
 * "since Tuesday", "sinds dinsdag", "seit Dienstag": the day something began that goes on as the
 * report is written; a report of that same day calls it this morning, "vanochtend", "heute".
 */
const SINCE_BEFORE = /(?<![\p{L}])(?:since|sinds|seit)\s+(?:(?:last|afgelopen|vorigem|vergangenem)\s+)?$/iu;

/** "vorige week woensdag", "letzte Woche Mittwoch"; after the day, "Wednesday last week", "woensdag vorige week". */
const LAST_WEEK_BEFORE =
  /(?<![\p{L}])(?:last|previous|vorige|afgelopen|vergangene|vergangenen|letzte|letzten)\s+(?:week|woche)\s+(?:am\s+|op\s+)?$/iu;
const LAST_WEEK_AFTER =
  /^\s+(?:of\s+)?(?:last\s+week|vorige\s+week|vergangener\s+woche|der\s+vergangenen\s+woche|letzter\s+woche)(?![\p{L}])/iu;

/** English "last Friday": alone, the latest Friday; beside a bare "Friday", the one before it. */
const LAST_BEFORE = /(?<![\p{L}])last\s+$/iu;

/**
 * A weekday that is part of a day's name ("Easter Sunday", "Good Friday", "Goede Vrijdag", "Black
 * Friday", "Super Tuesday"): the day of the year or the event it names, which may be long past; not
 * the weekday of a week around the report (time/holidays.ts dates the holidays among them).
 */
const NAMED_DAY_BEFORE =
  /(?<![\p{L}])(?:Easter|Good|Holy|Palm|Whit|Ash|Maundy|Black|Bloody|Super|Cyber|Goede|Witte|Stille)\s+$/u;

/**
 * A clause after a comma that hangs on a noun (", das acht Männer … zeigen soll", ", which will
 * …", ", die … zal"): its verb tells of the clause's own happening, not of a weekday outside it.
 */
const RELATIVE_CLAUSE =
  /,\s*(?:which|who|die|welke|der|das|den|dem|deren|dessen|welche[rsmn]?)\s[^,;:]*?(?=[,;:]|$)/giu;

/** The sentence without the relative clauses that do not hold [start, end). */
function outsideRelativeClauses(sentence: string, start: number, end: number): string {
  return sentence.replace(RELATIVE_CLAUSE, (clause, at: number) =>
    at <= start && end <= at + clause.length ? clause : '',
  );
}

/** Every weekday named in `sentence`, classified by the words around it; `language` is the article's, when known. */
export function weekdayMentions(sentence: string, language?: string): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  // exec on the one expression: matchAll would copy it for every sentence of every article.
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(sentence); m !== null; m = WEEKDAY.exec(sentence)) {
    const day = NAMES[(m[1] ?? '').toLowerCase()];
    if (day === undefined) continue;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    const end = m.index + m[0].length;
    if (
      NAMED_DAY_BEFORE.test(before) ||
      eveOfSmallHours(sentence, m.index, end) ||
      weekdayOfHappening(sentence, m.index, end)
    )
      continue;
    let relation: WeekdayMention['relation'] = 'past';
    let ahead = false;
    if (FUTURE_BEFORE.test(before) || UNTIL_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index)))
      relation = 'future';
    else if (TODAY_BEFORE.test(before)) relation = 'today';
    else if (SAID_BEFORE.test(before) || namesPastDay(sentence, before, m.index + m[0].length))
      relation = 'past';
    else {
      const byVerb =
        tellsFuture(
          sentence.includes(',')
            ? outsideRelativeClauses(sentence, m.index, m.index + m[0].length)
            : sentence,
          language,
        ) || scheduledIn(language, sentence, m.index, m.index + m[0].length);
      // A deadline, a period declared or a day something would have come on may be the day itself.
      const either =
        aheadInAnyLanguage(sentence, m.index, m.index + m[0].length) ||
        wouldHappen(sentence, m.index, m.index + m[0].length);
      if (byVerb || either) relation = 'future';
      ahead = byVerb && !either;
    }
    const lastWeek =
      relation === 'past' &&
      (LAST_WEEK_BEFORE.test(before) ||
        LAST_WEEK_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 32)));
    found.push({
      day,
      text: m[0],
      relation,
      ...(relation === 'past' && SINCE_BEFORE.test(before) ? { since: true as const } : {}),
      ...(relation === 'past' && MADE_KNOWN_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))
        ? { madeKnown: true as const }
        : {}),
      ...(lastWeek ? { lastWeek: true as const } : {}),
      ...(relation === 'past' && !lastWeek && LAST_BEFORE.test(before) ? { lastNamed: true as const } : {}),
      ...(ahead ? { ahead: true as const } : {}),
    });
  }
  return found;
}

/** Weekday of an ISO day, Sunday = 0. */
export function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay();
}
