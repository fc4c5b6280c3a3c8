/** Words of a count up to now: "so far", "inmiddels", "bislang". */
export const SO_FAR =
  /(?<!\p{L})(?:so far|to date|inmiddels|tot nu toe|inzwischen|bislang|bisher)(?!\p{L})/iu;

/** Whether the sentence gives a count up to now, cheapest test first (the words as written). */
export function soFar(text: string): boolean {
  return (
    (text.includes('so far') ||
      text.includes('to date') ||
      text.includes('nmiddels') ||
      text.includes('tot nu toe') ||
      text.includes('zwischen') ||
      text.includes('islang') ||
      text.includes('isher')) &&
    SO_FAR.test(text)
  );
}
