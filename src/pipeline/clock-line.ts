import { ZONE_NAMES } from './time-zone.ts';

/**
 * A clock as a live blog heads its entries with: "00.35", "21.20 Uhr", "11.05pm GMT", "8.50 am BST".
 * The time stage reads the entries by it; the clean stage keeps such a line, no masthead.
 */
export const CLOCK = new RegExp(
  String.raw`^(?<h>[01]?\d|2[0-3])[.:](?<m>[0-5]\d)\s*(?:(?<ampm>[ap])\.?m\.?)?\s*(?:Uhr|uur)?\s*(?<zone>${ZONE_NAMES.join('|')})?`,
  'iu',
);

/** The hour of a 12-hour clock ("11.20pm", "12.30 a.m.") on the 24-hour one; `half` is "a" or "p". */
export function hour24(hour: number, half: string | undefined): number {
  if (half === 'p' && hour < 12) return hour + 12;
  if (half === 'a' && hour === 12) return 0;
  return hour;
}

/** A line that is a clock and nothing else. */
export function isClockLine(line: string): boolean {
  const m = CLOCK.exec(line.trim());
  return m !== null && m[0].length === line.trim().length;
}
