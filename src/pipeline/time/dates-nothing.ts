/**
 * Time expressions a sentence names without dating what it reports: the year a figure is compared
 * with, the date of a past case the news is likened to, "the same number as yesterday", the year of accounts, a date that is named, the day of a
 * count the news is compared with. They stay in the sentence as baselines.
 */
import { inSpan } from '../in-span.ts';
import type { Timex } from '../types.ts';
import { namesAccounts } from './background-year.ts';
import { isComparisonBaseline } from './comparison-baseline.ts';
import { inComparedCase } from './compared-case.ts';
import type { Lang } from './lexicon.ts';
import { namesDate } from './named-date.ts';
import { isSameAsDay } from './same-as-day.ts';

/** `compared`: the span of the count the sentence's news is compared with ("up from 185 dead …"). */
export function datesNothing(
  lang: Lang,
  text: string,
  t: Timex,
  dct: string,
  compared: readonly [number, number] | undefined,
): boolean {
  return (
    isComparisonBaseline(lang, text, t, dct) ||
    inComparedCase(lang, text, t, dct) ||
    isSameAsDay(lang, text, t) ||
    namesAccounts(text, t) ||
    namesDate(text, t) ||
    inSpan(compared, t)
  );
}
