/**
 * "Eine Woche nach dem Sturm ist die Zahl der Todesopfer weiter unklar", "the death toll is still
 * unknown", "het dodental is nog onduidelijk": a sentence that names the tally of the dead and
 * gives no count of its own tells how the count stands: it reports no deaths, and so neither
 * stands as an event of its own nor dates the deaths that other reports tell.
 */
const TOLL_NOUN =
  /(?<![\p{L}])(?:death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims)|dodental|dodenaantal|aantal\s+(?:doden|slachtoffers)|todeszahl|totenzahl|opferzahl|zahl\s+der\s+(?:toten|todesopfer|opfer))(?![\p{L}])/iu;

/**
 * Some of the dead a toll counts, told apart by where or who they were: "103 of the dead were in
 * Almaty", "Two of the dead officers had been decapitated", "zwei der Toten". The number is no toll
 * to set against the whole's, and the sentence tells no deaths beside those the toll counts.
 */
export const PART_OF_DEAD =
  /^\s+(?:of\s+the\s+dead|van\s+de\s+doden|der\s+toten|von\s+den\s+toten)(?![\p{L}])/iu;

const COUNTED_PART =
  /(?:\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|eine?|zwei|drei|fünf|sechs|sieben|neun|zehn))\s+(?:of\s+the\s+dead|van\s+de\s+doden|der\s+toten|von\s+den\s+toten)(?![\p{L}])/iu;

/**
 * Whether the sentence names the tally of the dead, or a part of the dead it counts, and gives no
 * count of its own (`counted`: its figures).
 */
export function tollWithoutCount(text: string, counted: number): boolean {
  return counted === 0 && (TOLL_NOUN.test(text) || COUNTED_PART.test(text));
}

/**
 * "Seventeen of them died in the Eaton Fire", "Zeventien van hen kwamen om", "17 von ihnen starben",
 * "Davon starben 17": a count of some of those the sentence before counted.
 */
const PART_OF_THEM =
  /(?:(?:\d[\d.,]*|(?<![\p{L}])\p{L}+)\s+(?:of\s+them|of\s+whom|van\s+hen|van\s+wie|daarvan|von\s+ihnen|davon)|^(?:daarvan|van\s+hen|davon|von\s+ihnen))(?![\p{L}])/iu;

/**
 * Whether the sentence, right after a toll of the dead, tells how some of them died: a part of that
 * toll, no deaths of their own.
 */
export function partOfToll(text: string): boolean {
  return PART_OF_THEM.test(text);
}

/**
 * "the dead included "armed bandits"", "onder de doden zijn ook agenten", "unter den Toten sind
 * auch Polizisten": who the dead a report counted were.
 */
const DEAD_DESCRIBED =
  /(?<![\p{L}])(?:the\s+dead\s+(?:included|include|were\s+mostly)|among\s+the\s+dead\s+(?:were|are)|onder\s+de\s+doden\s+(?:zijn|waren|bevinden\s+zich|bevonden\s+zich)|unter\s+den\s+toten\s+(?:sind|waren|befinden\s+sich|befanden\s+sich))(?![\p{L}])/iu;

/**
 * Whether the sentence tells who the dead were ("the dead included "armed bandits""), after a death
 * told in an earlier sentence (`deathsToldAt`, the index of the first, before `index`), with no
 * person named after those words: the dead named so ("Among the dead were Vijay Rupani") are deaths
 * of their own.
 */
export function describesToldDead(
  text: string,
  persons: readonly { start: number }[],
  deathsToldAt: number | undefined,
  index: number,
): boolean {
  if (deathsToldAt === undefined || deathsToldAt >= index) return false;
  const m = DEAD_DESCRIBED.exec(text);
  if (!m) return false;
  const end = m.index + m[0].length;
  return !persons.some((p) => p.start >= end);
}
