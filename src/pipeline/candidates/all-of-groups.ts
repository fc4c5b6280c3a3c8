/**
 * "killing all 144 passengers and six crew members", "alle 144 Passagiere und sechs
 * Besatzungsmitglieder": after "all", counts of two groups joined by "and" are the parts of a whole
 * the sentence does not write, each no count of all the happening befell.
 */
/** Where a count stands in its sentence. */
interface Span {
  start: number;
  end: number;
}

/** "all" right before the first count. */
const ALL_BEFORE = /(?<![\p{L}])(?:all|alle|allen)\s+$/iu;
/** The first count's noun (a word or two) and "and" up to the second count. */
const GROUP_AND = /^(?:\s+[\p{L}-]+){1,2}\s+(?:and|en|und)\s+$/iu;

/** Whether the numbers `first` and `second` of `text` are two groups counted together after "all". */
export function allOfGroups(text: string, first: Span, second: Span): boolean {
  return (
    first.end <= second.start &&
    ALL_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start)) &&
    GROUP_AND.test(text.slice(first.end, second.start))
  );
}
