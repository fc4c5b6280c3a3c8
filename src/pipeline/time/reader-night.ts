import { inZone } from '../time-zone.ts';

/**
 * "vannacht opnieuw explosies" in a report that tells its clocks in the reader's zone ("maandagavond
 * 22.10 uur Nederlandse tijd") is the reader's night: where the story's zone is far enough ahead
 * (Japan, eight hours), that night was the next morning there, and the happening is of that day.
 * A zone closer by (Moscow) or behind (the Americas) keeps the night as told.
 */

const NIGHT = /^(\d{4}-\d{2}-\d{2})TNI$/u;
/** The reader's clock at which a night begins. */
const NIGHT_FROM = '22:00';
/** The story's clock from which the reader's night is the story's morning. */
const MORNING_FROM = '05:00';

export function nightInStoryZone<
  C extends { value: string; interval: { start: string; end: string } | null },
>(c: C, readerZone: string, storyZone: string): C {
  const m = NIGHT.exec(c.value);
  const day = m?.[1];
  if (day === undefined) return c;
  const read = inZone(day, NIGHT_FROM, readerZone, storyZone);
  if (!read || read.day <= day || read.time < MORNING_FROM) return c;
  return { ...c, value: `${read.day}TMO`, interval: { start: read.day, end: read.day } };
}
