/**
 * "Justice Minister Flavio Dino said some 1,500 people had been detained in all", "In totaal werden
 * 300 mensen opgepakt", "Insgesamt nahmen die Behörden mehr als 1500 Menschen fest": a count summed
 * over the story is its running total up to the report, not the count of the day its paragraph
 * tells, nor a rival of a smaller count of one day.
 */

/**
 * Words that sum a count's parts. "in all" only where it ends its clause ("detained in all.", "In
 * all, 1,500 …"): "in all three languages", "in all provinces" sum nothing.
 */
const SUMMED =
  /(?<!\p{L})(?:in total|altogether|in all(?=\s*(?:[,.;:!?)"”]|$))|in (?:het )?totaal|insgesamt)(?!\p{L})/iu;

/** Whether the sentence gives its counts as a sum, cheapest test first. */
export function callsSum(text: string): boolean {
  return (
    (text.includes('tota') ||
      text.includes('together') ||
      text.includes('gesamt') ||
      text.includes('n all')) &&
    SUMMED.test(text)
  );
}
