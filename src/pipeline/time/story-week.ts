/**
 * "Anlass ist der Sturm auf das Kapitol am vergangenen Mittwoch. … Erst in der Nacht zu Donnerstag
 * konnte der Kongress die Sitzung fortsetzen": a weekday told with "erst", "noch", "pas", "only"
 * ("only in the night to Thursday") goes on from the day the story is at, not from publication.
 * Where the story is at a day of an earlier week, that weekday is the first such day on or after it.
 */
import { addDays, diffDays, formatDay, parseDay } from './calendar.ts';
import type { Lang } from './lexicon.ts';
import type { Candidate } from './rule.ts';

/** The words right before a weekday that carry the story on to it. */
const GOES_ON: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:only|still)\s+(?:on\s+|in\s+the\s+)?$/iu,
  nl: /(?<![\p{L}])(?:pas|nog)\s+(?:op\s+|in\s+de\s+)?$/iu,
  de: /(?<![\p{L}])(?:erst|noch)\s+(?:am\s+|in\s+(?:der\s+)?)?$/iu,
};

const WEEKDAY_RULES = new Set(['weekday', 'night-from-to']);

/** The candidates, a weekday carried on from `anchor` moved back to the first such day on or after it. */
export function carriedFromStoryDay(
  lang: Lang,
  kept: Candidate[],
  anchor: string | undefined,
  text: string,
): Candidate[] {
  const from = anchor ? parseDay(anchor.slice(0, 10)) : null;
  if (!from) return kept;
  return kept.map((c) => {
    if (!c.relative || !c.interval || !WEEKDAY_RULES.has(c.rule)) return c;
    if (!GOES_ON[lang].test(text.slice(Math.max(0, c.start - 30), c.start))) return c;
    const start = parseDay(c.interval.start.slice(0, 10));
    const end = parseDay(c.interval.end.slice(0, 10));
    if (!start || !end) return c;
    let weeks = 0;
    while (diffDays(addDays(start, -7 * (weeks + 1)), from) >= 0) weeks++;
    if (weeks === 0) return c;
    const back = (day: string): string =>
      formatDay(addDays(parseDay(day.slice(0, 10)) ?? start, -7 * weeks)) + day.slice(10);
    return {
      ...c,
      value: back(c.value),
      interval: { start: back(c.interval.start), end: back(c.interval.end) },
    };
  });
}
