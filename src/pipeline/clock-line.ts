import { ZONE_NAMES } from './time-zone.ts';

/**
 * A clock as a live blog heads its entries with: "00.35", "21.20 Uhr", "11.05pm GMT", "8.50 am BST",
 * a ticker's "+++ 18:45 Uhr: …" and an "Update 14:32:".
 * The time stage reads the entries by it; the clean stage keeps such a line, no masthead.
 */
export const CLOCK = new RegExp(
  String.raw`^(?<marks>\+{2,}\s*)?(?:update\s+)?(?<h>[01]?\d|2[0-3])[.:](?<m>[0-5]\d)\s*(?:(?<ampm>[ap])\.?m\.?)?\s*(?:Uhr|uur)?\s*(?<zone>${ZONE_NAMES.join('|')})?`,
  'iu',
);

/** The marks that close a ticker's entry headline ("+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++"). */
const CLOSING_MARKS = /\s\+{2,}$/u;

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

/**
 * A ticker entry's headline, its clock between ticker marks: "+++ 18:45 Uhr: Tokajew erteilt
 * Schießbefehl +++". It heads the entry's text as a headline does, and tells nothing of its own.
 */
export function isTickerHeadline(line: string): boolean {
  const text = line.trim();
  return CLOCK.exec(text)?.groups?.marks !== undefined && CLOSING_MARKS.test(text);
}

/** A line that heads a live-blog entry: a clock alone, or a ticker's headline. */
export function isEntryHeadLine(line: string): boolean {
  return isClockLine(line) || isTickerHeadline(line);
}
