/**
 * A weekday that is what a declaration makes of it: "declared Monday a national day of mourning",
 * "riep maandag uit tot nationale rouwdag", "erklärte den Montag zum nationalen Trauertag". The
 * declaration is past; the day it names is the day declared, which lies ahead.
 */
import type { Lang } from './lexicon.ts';

/** Right before the weekday: the declaring verb (English) or the article of the day as object (German). */
const BEFORE: Record<Lang, RegExp | undefined> = {
  en: /(?<![\p{L}])(?:declared|declares|declaring|designated|designates|proclaimed|proclaims|named|names)\s+(?:next\s+|this\s+|coming\s+)?$/iu,
  nl: undefined,
  de: /(?<![\p{L}])(?:den|der)\s+(?:kommenden\s+|nächsten\s+)?$/iu,
};

/** Right after the weekday: what it is declared to be. */
const AFTER: Record<Lang, RegExp> = {
  en: /^\s+(?:as\s+)?(?:a|an)\s/iu,
  nl: /^\s+(?:uit\s+)?tot\s+(?:een\s+|de\s+)?(?:nationale\s+|landelijke\s+|officiële\s+)?(?:rouwdag|dag\s+van|feestdag|vrije\s+dag|gedenkdag|herdenkingsdag|actiedag)/iu,
  de: /^\s+(?:zum|zur|zu\s+einem|zu\s+einer|als)\s/iu,
};

/**
 * Right before the weekday, the one day of mourning that may fall on it: "declared a day of
 * national mourning on Saturday", "een dag van nationale rouw op zaterdag", "einen Tag der
 * Staatstrauer am Samstag". Days of mourning ("declared seven days of national mourning on Monday
 * evening") are declared on that day.
 */
const MOURNING_ON: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:a|one)\s+(?:national\s+)?day\s+of\s+(?:national\s+)?(?:mourning|remembrance)\s+on\s+$/iu,
  nl: /(?<![\p{L}])(?:een\s+(?:nationale\s+)?dag\s+van\s+(?:nationale\s+)?rouw|(?:een|de)\s+(?:nationale\s+)?rouwdag)\s+op\s+$/iu,
  de: /(?:einen\s+tag\s+der\s+(?:nationalen\s+)?trauer|einen\s+(?:nationalen\s+)?trauertag|staatstrauer)\s+am\s+$/iu,
};

/**
 * Whether the weekday at `start` of `text` may be the day of mourning a declaration names, which
 * it is when that day is the one after the report: "Modi declared a day of national mourning on
 * Saturday" in a report of Friday 8 July mourns on the Saturday ahead, where a Monday told in a
 * Thursday's report is the Monday past, on which the mourning was declared or held.
 */
export function mourningOn(lang: Lang, text: string, start: number): boolean {
  return MOURNING_ON[lang].test(text.slice(Math.max(0, start - 60), start));
}

/**
 * A weekday opening a sentence that says in the present what the day is: "Maandag is in heel
 * Kazachstan een dag van nationale rouw", "Monday is a national day of mourning", "Montag ist
 * landesweit Staatstrauer". Said of a past day the verb would be "was"/"war". A day told as
 * declared one ("Tuesday was declared a national day of mourning", "Dinsdag is uitgeroepen tot
 * nationale rouwdag", "Dienstag wurde zum Trauertag erklärt") is as much the day the
 * declaration names, whatever the tense of the declaring.
 */
const IS_DAY_OF =
  /^\s+(?:is|ist|wordt|wird|(?:was|has\s+been|had\s+been|werd|is|wurde|ist)\s+(?:declared|proclaimed|designated|uitgeroepen|afgekondigd|erklärt|ausgerufen|zum|zur))\s[^,.;:]{0,50}?(?:day|dag|tag|trauer|rouw|feiertag|holiday)(?![\p{L}])/iu;

/** Whether the weekday at [start, end) of `text` is the day a declaration names. */
export function designatedDay(lang: Lang, text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 70);
  if (text.slice(0, start).trim() === '' && IS_DAY_OF.test(after)) return true;
  const before = BEFORE[lang];
  return (
    AFTER[lang].test(after) &&
    (before === undefined || before.test(text.slice(Math.max(0, start - 30), start)))
  );
}
