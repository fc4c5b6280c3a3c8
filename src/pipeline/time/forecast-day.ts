/**
 * A weekday a warning or a forecast is for: "issued a red flag warning for Tuesday", "warnte für
 * Dienstag vor starken Winden", "code oranje voor dinsdag". A warning is given before the day it
 * is for, so that day lies ahead, whatever the tense of the warning.
 */
import type { Lang } from './lexicon.ts';

/** Right before the weekday: "for", "voor", "für" (with "den" or "next"). */
const FOR: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])for\s+(?:next\s+|this\s+|the\s+coming\s+)?$/iu,
  nl: /(?<![\p{L}])voor\s+(?:komende\s+|aanstaande\s+)?$/iu,
  de: /(?<![\p{L}])für\s+(?:den\s+)?(?:kommenden\s+|nächsten\s+)?$/iu,
};

/** Earlier in the sentence: a word of warning or forecast. */
const WARNING: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:warn\p{L}*|forecast\p{L}*|predict\p{L}*|alert)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:waarschuw\p{L}*|gewaarschuwd|voorspel\p{L}*|weeralarm|code\s+(?:rood|oranje|geel))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:\p{L}*warn\p{L}*|gewarnt|vorhergesagt|\p{L}*vorhersage|prognos\p{L}*)(?![\p{L}])/iu,
};

/** Whether the weekday at [start, end) of `text` is the day a warning or forecast is for. */
export function forecastDay(lang: Lang, text: string, start: number): boolean {
  return (
    FOR[lang].test(text.slice(Math.max(0, start - 30), start)) && WARNING[lang].test(text.slice(0, start))
  );
}
