/**
 * "De uitvaart is zaterdag om 10.00 uur", "Die Trauerfeier ist am Samstag": the copula in the
 * present with a day and no participle in its clause names the day something is set for.
 * With a participle it is a perfect ("is zaterdag overleden", "ist am Samstag eröffnet worden"),
 * which tells what happened.
 */
import type { VerbLang } from './present-verb.ts';

const COPULA: Record<VerbLang, ReadonlySet<string>> = {
  nl: new Set(['is', 'zijn']),
  de: new Set(['ist', 'sind']),
};

/** The clause's end: a comma, semicolon, colon or sentence end (not the dot of "10.00 uur"). */
const CLAUSE_END = /[,;:!?]|\.(?:\s|$)/u;

/**
 * A word shaped like a participle anywhere in the clause: "is donderdagnacht getroffen door een
 * cyberaanval", "zijn zaterdag … de straat op gegaan", "ist am Samstag eröffnet worden", "is
 * zaterdag begonnen". Nouns of that shape ("gebied") make a day be read as before: as without
 * this rule.
 */
const PARTICIPLE =
  /(?<![\p{L}])(?:(?:aan|af|op|uit|in|mee|door|dood|terug|weg|bij|toe|vast|an|auf|aus|ein|mit|fest|zurück|ab)?ge\p{Ll}{3,}|(?:be|ver|ont|er|zer|ent|her)\p{Ll}{3,}(?:d|t|en))(?![\p{L}])/u;

export function isSchedulingCopula(lang: VerbLang, word: string, rest: string): boolean {
  if (!COPULA[lang].has(word)) return false;
  const end = CLAUSE_END.exec(rest);
  const clause = end ? rest.slice(0, end.index) : rest;
  return !PARTICIPLE.test(clause);
}
