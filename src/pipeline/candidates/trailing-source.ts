/**
 * A sentence that ends on who told it, with no time of its own: "The cabinet ordered port officials
 * … to be put under house arrest, ministerial sources told Reuters", "…, zei een woordvoerder",
 * "…, teilte die Polizei mit". In a report of fresh news its source told the report what is news on
 * the report's last day or two.
 */
import type { Lang } from '../time/lexicon.ts';

/** Enough of the sentence's end for a source and its verb of saying. */
const TAIL = 70;

/** The source after the last comma, with its verb of saying in the past, up to the sentence's end. */
const SOURCE_AT_END: Record<Lang, RegExp> = {
  en: /,\s+(?:[\p{L}'’.-]+\s+){1,5}(?:said|told\s+(?:\p{Lu}[\p{L}.]*|reporters)(?:\s+\p{Lu}[\p{L}.]*)?)\s*[.!]?\s*$/u,
  nl: /,\s+(?:zei|zeiden|meldde|meldden|verklaarde|verklaarden|aldus)\s+[^,]{2,60}[.!]?\s*$/u,
  de: /,\s+(?:(?:sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten)\s+[^,]{2,60}|teilte\s+[^,]{2,60}\smit|hieß\s+es\s[^,]{0,60}|so\s+[^,]{2,60})[.!]?\s*$/u,
};

/** Whether `sentence` ends on its source and a verb of saying in the past. */
export function endsOnSource(lang: Lang, sentence: string): boolean {
  return SOURCE_AT_END[lang].test(sentence.slice(-TAIL));
}
