/**
 * Sentences whose undated happening is the news of a report's last day or two, when the report's
 * news is of those days: one that ends on who told it ("The cabinet ordered port officials … to be
 * put under house arrest, ministerial sources told Reuters", "…, zei een woordvoerder", "…, teilte
 * die Polizei mit"), and one that declares a day still ahead ("Tokayev declared Monday a national
 * day of mourning"), which was declared lately.
 */
import { startsAhead } from '../time/deadline.ts';
import type { Lang } from '../time/lexicon.ts';
import type { Timex } from '../types.ts';

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

/** The verb of saying of a trailing source, then "in" right before a place: where it was said. */
const SAID_IN =
  /(?<![\p{L}])(?:said|told|sagte|sagten|erklärte|erklärten|teilte|teilten|meldete|meldeten|zei|zeiden|meldde|meldden|verklaarde|verklaarden)(?![\p{L}])[^,]*\sin\s+$/iu;

/**
 * Whether `m` names the source that ends the sentence after the happening at `trigger`: "The
 * magnitude 6.8 quake struck …, the U.S. Geological Survey said", "…, teilte die Polizei mit".
 */
export function namesTrailingSource(text: string, m: { start: number }, trigger: number): boolean {
  const comma = text.lastIndexOf(',');
  if (comma < 0 || trigger >= comma || m.start <= comma) return false;
  const tail = text.slice(comma);
  return Object.values(SOURCE_AT_END).some((re) => re.test(tail));
}

/**
 * "Der Ausstand soll am Mittwoch beginnen, teilte die Gewerkschaft am Montag in Frankfurt mit": a
 * place the source that ends the sentence was told in is not where what it tells before happened.
 * A place in the source's name ("the Nanterre prosecutor said") still may be (see attribution.ts).
 */
export function inTrailingSource(text: string, place: { start: number }, trigger: number): boolean {
  return (
    namesTrailingSource(text, place, trigger) && SAID_IN.test(text.slice(text.lastIndexOf(','), place.start))
  );
}

/** Whether one of the sentence's times is a day ahead of `published` that what it tells as done makes or starts. */
export function declaresDayAhead(
  lang: Lang,
  sentence: string,
  timexes: readonly Timex[],
  published: string,
): boolean {
  for (const t of timexes) if (startsAhead(lang, sentence, t, published)) return true;
  return false;
}
