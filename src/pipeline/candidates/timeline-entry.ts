/**
 * A timeline's entry: a paragraph that opens with its day as a label ("Jan. 5 - …", "5. Januar: …",
 * "**5 januari** – …", "Monday, January 3: …"). Newsrooms tell such entries in the historical
 * present ("Protesters storm the mayor's office", "Massimow wird festgenommen"): what an entry whose
 * day is not after publication tells happened on that day. An entry dated after publication tells a
 * plan ("Saturday, July 1: Parliament is to debate the mutiny"), and its present stays one.
 */
import { isDayLabel } from '../time/day-label.ts';
import type { AnnotatedArticle, Timex } from '../types.ts';

/** The ISO day the label opening `text` gives, if `text` opens with one. */
export function labelDay(text: string, timexes: readonly Timex[]): string | undefined {
  const first = timexes[0];
  if (first?.interval === null || first?.precision !== 'day') return undefined;
  if (!isDayLabel(text, first.start, first.end)) return undefined;
  return first.interval.start.slice(0, 10);
}

/** The paragraphs of `article` that are entries of a day on or before its publication. */
export function pastEntries(article: AnnotatedArticle): Set<string> {
  const entries = new Set<string>();
  let paragraph: string | undefined;
  for (const s of article.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const day = labelDay(s.text, s.timexes);
    if (day !== undefined && day <= article.published.date) entries.add(s.paragraph);
  }
  return entries;
}
