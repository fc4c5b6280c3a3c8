/**
 * A clock as a live blog heads its entries with: "00.35", "21.20 Uhr", "11.05pm GMT", "8.50 am BST".
 * The time stage reads the entries by it; the clean stage keeps such a line, no masthead.
 */
export const CLOCK =
  /^(?<h>[01]?\d|2[0-3])[.:](?<m>[0-5]\d)\s*(?:(?<ampm>[ap])\.?m\.?)?\s*(?:Uhr|uur)?\s*(?<zone>GMT|UTC|BST|CET|CEST|MEZ|MESZ)?/iu;

/** A line that is a clock and nothing else. */
export function isClockLine(line: string): boolean {
  const m = CLOCK.exec(line.trim());
  return m !== null && m[0].length === line.trim().length;
}
