/**
 * A day something is called for: "called a general strike for Monday", "heeft voor maandag een
 * algemene staking uitgeroepen", "riepen op tot een staking op maandag", "rief für Montag zu
 * einem Generalstreik auf". The call is past, the day it names lies ahead.
 */
import type { Lang } from './lexicon.ts';

/**
 * What stands right before the day: "for" ("für", "voor") alone, or "op"/"am" after a noun of a
 * happening people are called to, to which the day then belongs ("een staking op maandag"); or
 * the day opens what people are called to do: "roepen op om donderdag opnieuw de straat op te
 * gaan", "riefen dazu auf, am Donnerstag erneut zu demonstrieren", "urged supporters to march on
 * Thursday".
 */
const BEFORE_DAY: Record<Lang, RegExp> = {
  en: /(?:(?<![\p{L}])for|(?<![\p{L}-])(?:called|calls|calling|urged|urges|urging)\s+(?:on\s+)?[\p{L}\s]{0,30}?(?<![\p{L}])to\s+[\p{L}\s]{0,30}?(?<![\p{L}])on)\s+$/iu,
  nl: /(?:(?<![\p{L}])(?:voor|om)|(?:staking|betoging|demonstratie|protest|protestmars|mars|boycot)\s+op)\s+$/iu,
  de: /(?:(?<![\p{L}])für|(?:streik|demonstration|kundgebung|protest|protestmarsch|boykott)\s+am|(?<![\p{L}])auf,?\s+am)\s+$/iu,
};

/** How far before the day its cue may begin: "urged" and its object come first. */
const WINDOW = 90;

/** Verbs of calling people to something, announcing or declaring it. */
const CALL: Record<Lang, RegExp> = {
  en: /(?<![\p{L}-])(?:called|calls|calling|urged|announced|declared|proclaimed)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:riep|riepen|roept|roepen|uitgeroepen|opgeroepen|kondigde|kondigden|aangekondigd|afgekondigd)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:rief|riefen|ruft|rufen|aufgerufen|ausgerufen|kündigte|kündigten|angekündigt|ordnete|ordneten|angeordnet)(?![\p{L}])/iu,
};

/**
 * Whether the weekday at [start, end) of `text` is the day of something called for. Not a day
 * owned by what follows ("called for Monday's attack to be investigated").
 */
export function calledForDay(lang: Lang, text: string, start: number, end: number): boolean {
  return (
    BEFORE_DAY[lang].test(text.slice(Math.max(0, start - WINDOW), start)) &&
    !/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3)) &&
    CALL[lang].test(text)
  );
}
