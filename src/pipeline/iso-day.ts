/** Arithmetic on ISO days ("2022-01-08"), always in UTC so that no time zone moves a day. */

const DAY_MS = 86_400_000;

/** The ISO day `days` after `isoDay` (before it when negative). */
export function shift(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from ISO day `from` to ISO day `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
