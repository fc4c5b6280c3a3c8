/**
 * "had already on the Sunday after the fire said", "de zondag na de verkiezingen": a weekday named
 * by the happening it follows or precedes, with an article before it, is counted from that
 * happening, not from the day of writing: it tells nothing about the report's own week.
 */

const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|de)\s+$/iu;
const HAPPENING_AFTER =
  /^\s+(?:after|before|following|na|voor)\s+(?:the|a|an|its|his|her|their|de|het|een|zijn|haar|hun)(?![\p{L}])/iu;

/** Whether the weekday at [start, end) of `sentence` is named by a happening it follows or precedes. */
export function weekdayOfHappening(sentence: string, start: number, end: number): boolean {
  return (
    ARTICLE_BEFORE.test(sentence.slice(Math.max(0, start - 6), start)) &&
    HAPPENING_AFTER.test(sentence.slice(end, end + 24))
  );
}
