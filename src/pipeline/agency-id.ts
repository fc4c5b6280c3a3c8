/**
 * dpa's story id, which German sites print in the footer of an agency report ("© dpa-infocom,
 * dpa:230225-99-732101/3"), begins with the day the story was filed, YYMMDD. An article that
 * gives no date otherwise is dated by it.
 */
const DPA_ID = /(?<![\p{L}\d])dpa:(\d{2})(\d{2})(\d{2})-\d{2,3}-\d+/u;

/** The ISO day of the first dpa story id in `text`, if it names a real day. */
export function agencyIdDay(text: string): string | undefined {
  if (!text.includes('dpa:')) return undefined;
  const m = DPA_ID.exec(text);
  if (!m) return undefined;
  const day = `20${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}
