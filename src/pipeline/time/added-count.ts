/**
 * "Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt", "Five more people were
 * injured", "Vijf andere mensen raakten gewond": a count of further people wounded adds to the
 * toll the article's lede tells, and shares its day, not the time a later sentence of its paragraph
 * gives to what happened next ("Spezialeinsatzkräfte stürmten gegen 3 Uhr die Wohnung").
 */
import { CARDINAL_UNITS } from '../number-words.ts';
import type { Lang } from './lexicon.ts';

const FURTHER: Record<Lang, string> = {
  en: String.raw`(?:more|other|further|additional)`,
  nl: String.raw`(?:andere|meer)`,
  de: String.raw`(?:weitere|andere)`,
};

const PEOPLE: Record<Lang, string> = {
  en: String.raw`(?:people|persons|civilians|victims|were)`,
  nl: String.raw`(?:mensen|personen|burgers|slachtoffers)`,
  de: String.raw`(?:Menschen|Personen|Zivilisten|Opfer)`,
};

/**
 * Words of wounding: further people arrested add to no toll, and further dead ("three other people
 * died … bringing the toll to four") are a toll revised, dated as the tallies are.
 */
const WOUNDED: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(?:injured|wounded|hurt)(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:gewond|verwond)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:verletzt|verwundet)(?!\p{L})/iu,
};

/** Module constants: one expression per language, built once. */
const ADDED: Record<Lang, RegExp> = {
  en: added('en'),
  nl: added('nl'),
  de: added('de'),
};

function added(lang: Lang): RegExp {
  const count = [String.raw`\d+`, ...Object.keys(CARDINAL_UNITS[lang])].join('|');
  return new RegExp(String.raw`(?<!\p{L})(?:${count})\s+${FURTHER[lang]}\s+${PEOPLE[lang]}(?!\p{L})`, 'iu');
}

/** The sentence counts people wounded besides those the article counted before. */
export function addsWounded(lang: Lang, text: string): boolean {
  return ADDED[lang].test(text) && WOUNDED[lang].test(text);
}
