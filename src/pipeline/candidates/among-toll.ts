/**
 * "Onder de doden zijn drie kinderen", "Among the dead were 12 children", "Unter den Toten sind
 * drei Kinder", and after the count, "at least 45 children are among the victims", "drei Kinder
 * sind unter den Opfern": a count set among a toll, its verb between, is a part of that toll, no
 * rival count of the whole.
 */
const AMONG_TOLL =
  /(?:among the (?:dead|victims)|onder de (?:doden|slachtoffers)|unter den (?:toten|opfern))\s+(?:are|were|is|was|zijn|waren|sind|ist|war)\s+$/iu;

/** After the count and its noun (a word or two): the verb, then the toll. */
const TOLL_AFTER =
  /^(?:(?:at\s+least|more\s+than|about|around|nearly|minstens|ten\s+minste|meer\s+dan|zeker|ruim|mindestens|mehr\s+als|rund|etwa)\s+)?[\p{L}\d.,-]+\s+(?:[\p{L}-]+\s+){1,2}(?:(?:are|were|zijn|waren|sind)\s+)?(?:among\s+the\s+(?:dead|victims)|onder\s+de\s+(?:doden|slachtoffers)|unter\s+den\s+(?:toten|opfern))(?![\p{L}])/iu;

/** How far before the number the toll may stand: "onder de slachtoffers waren " and a little more. */
const REACH = 32;

/** Whether the number at `start` is set among a toll named right before it. */
export function tollSetAmong(text: string, start: number): boolean {
  return (
    AMONG_TOLL.test(text.slice(Math.max(0, start - REACH), start)) ||
    TOLL_AFTER.test(text.slice(start, start + 2 * REACH + 16))
  );
}
