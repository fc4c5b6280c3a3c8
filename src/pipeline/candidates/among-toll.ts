/**
 * "Onder de doden zijn drie kinderen", "Among the dead were 12 children", "Unter den Toten sind
 * drei Kinder": a count set among a toll, its verb between, is a part of that toll, no rival count
 * of the whole.
 */
const AMONG_TOLL =
  /(?:among the (?:dead|victims)|onder de (?:doden|slachtoffers)|unter den (?:toten|opfern))\s+(?:are|were|is|was|zijn|waren|sind|ist|war)\s+$/iu;

/** How far before the number the toll may stand: "onder de slachtoffers waren " and a little more. */
const REACH = 32;

/** Whether the number at `start` is set among a toll named right before it. */
export function tollSetAmong(text: string, start: number): boolean {
  return AMONG_TOLL.test(text.slice(Math.max(0, start - REACH), start));
}
