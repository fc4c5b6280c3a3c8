/**
 * "Aoun said he had first learned of the cargo about 20 days ago", "Aoun zei dat hij drie weken
 * geleden van de lading had gehoord", "sagte, er habe vor drei Wochen davon erfahren": a time in a
 * past perfect reported after a verb of saying dates what was reported, not the saying, which
 * takes the time of the context; the reported happening keeps it (as a relative clause's does).
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/** The verb of saying in the past, with no clause boundary after it up to the time. */
export const SAID: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:said|told\s+\p{Ll}+|added|explained|stated)(?![\p{L}])(?<clause>[^,;:()—–]*)$/iu,
  nl: /(?<![\p{L}])(?:zei|zeiden|verklaarde|verklaarden|vertelde|vertelden)(?![\p{L}])(?<clause>[^,;:()—–]*)$/iu,
  de: /(?<![\p{L}])(?:sagte|sagten|erklärte|erklärten|berichtete|berichteten)(?![\p{L}])(?<clause>\s*,?[^,;:()—–]*)$/iu,
};

/** The auxiliary of a past perfect, reported in German in the subjunctive too ("er habe … erfahren"). */
const AUXILIARY: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])had(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:had|hadden)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:habe|haben|hätte|hätten|hatte|hatten)(?![\p{L}])/iu,
};

/**
 * A future in the past before the time ("said the curfew would take effect at midnight") looks
 * ahead from the saying; "since" opens a count that runs up to it ("had been killed since
 * Wednesday"): neither tells a past apart from the saying.
 */
const AHEAD_OR_SINCE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:would|will|since)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden|zal|zullen|sinds|sedert)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:würde|würden|werde|werden|wird|seit)(?![\p{L}])/iu,
};

/** Only a preposition between the verb and the time: the day of the saying ("said on Friday that …"). */
export const DAY_OF_SAYING = /^\s*,?\s*(?:on|op|am|in)?\s*$/iu;

/**
 * What must stand between the verb of saying and the time: the auxiliary itself ("said he had …
 * 20 days ago", "sagte, er habe vor drei Wochen …") or, where the verb closes the clause, its
 * conjunction ("zei dat hij drie weken geleden … had gehoord"); "said shortly after midnight that
 * Maduro had received" tells when it was said.
 */
const CONJUNCTION: Record<Lang, RegExp> = {
  en: /(?!)/u,
  nl: /(?<![\p{L}])dat(?![\p{L}])/iu,
  de: /(?<![\p{L}])dass(?![\p{L}])/iu,
};

const BOUNDARY = /[,;:—–()]/;

/**
 * The reported clause [start, end) `t` lies in, from right after the verb of saying, or undefined.
 * Only a time that ended before the report's day `dct` is told as past.
 */
export function reportedPluperfect(
  lang: Lang,
  sentence: string,
  t: Timex,
  dct: string,
): [number, number] | undefined {
  if (!t.interval || t.interval.end.slice(0, 10) >= dct) return undefined;
  const before = sentence.slice(0, t.start);
  const clause = SAID[lang].exec(before)?.groups?.clause;
  if (clause === undefined || DAY_OF_SAYING.test(clause) || AHEAD_OR_SINCE[lang].test(clause))
    return undefined;
  const after = sentence.slice(t.end).search(BOUNDARY);
  const end = after < 0 ? sentence.length : t.end + after;
  const start = t.start - clause.length;
  const opened = AUXILIARY[lang].test(clause) || CONJUNCTION[lang].test(clause);
  return opened && AUXILIARY[lang].test(sentence.slice(start, end)) ? [start, end] : undefined;
}
