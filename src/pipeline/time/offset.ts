/**
 * Offsets told from the story's last time, not from publication: "about nine hours later", "two
 * days later", "drei Tage später", "twee dagen later". TimeML marks only the duration ("nine
 * hours", PT9H) and so does the extractor; this module gives that duration the point it reaches
 * from the previous time of the story, so that it can date its sentence.
 */
import { addDays, type Day } from './calendar.ts';

export interface Offset {
  days: number;
  /** Minutes beyond whole days. */
  minutes: number;
  /** Told in hours or minutes: it reaches a time of day, where the start has one. */
  clock: boolean;
}

/** The word after the duration that makes it an offset from the story's last time ("two days later"). */
export const LATER = /^\s*(?:later|afterwards|after\s+that|später|danach|daarna)(?![\p{L}])/iu;

const UNIT_DAYS: Record<string, number> = { D: 1, W: 7 };
const UNIT_MINUTES: Record<string, number> = { H: 60, M: 1 };

/**
 * "PT9H" before "later" → 9 hours on; vague hours ("PTXH") stay on the day; a duration not followed
 * by "later", or vague days ("PXD"), is none.
 */
export function offsetAfter(value: string, textAfter: string): Offset | undefined {
  if (!LATER.test(textAfter)) return undefined;
  // "Hours later": still the day the story was at, its time of day unknown.
  if (value === 'PTXH') return { days: 0, minutes: 0, clock: false };
  const m = /^P(?:(\d+)([DW])|T(\d+)([HM]))$/.exec(value);
  if (!m) return undefined;
  if (m[1] && m[2]) return { days: Number(m[1]) * (UNIT_DAYS[m[2]] ?? 0), minutes: 0, clock: false };
  const minutes = Number(m[3]) * (UNIT_MINUTES[m[4] ?? ''] ?? 0);
  return { days: Math.floor(minutes / 1440), minutes: minutes % 1440, clock: true };
}

/**
 * The word after the duration that opens a clause told before the time ahead of it: "on Friday,
 * two days after soldiers detained the president", "zwei Tage nachdem", "twee dagen nadat".
 */
const AFTER_CLAUSE = /^\s*(?:after|nachdem|nach|nadat|na)\s+(?!that\b|dem\s*$)\p{L}/iu;

/** "P2D" before "after soldiers detained …" → 2 days back from the time before it; whole days only. */
export function offsetBefore(value: string, textAfter: string): Offset | undefined {
  if (LATER.test(textAfter) || !AFTER_CLAUSE.test(textAfter)) return undefined;
  const m = /^P(\d+)([DW])$/.exec(value);
  if (!m?.[1] || !m[2]) return undefined;
  return { days: -Number(m[1]) * (UNIT_DAYS[m[2]] ?? 0), minutes: 0, clock: false };
}

/**
 * Before a duration, what makes it the time ahead at which something is to happen: Dutch "over twee
 * dagen" (not "verspreid over"), or "in two days", "in zwei Tagen" told of what will be: a verb of
 * the future earlier in the sentence, since "the highest in two weeks" or "in zwei Tagen wurden …"
 * is a stretch of the past.
 */
const AHEAD =
  /(?:(?<!verspreid\s|verdeeld\s)\bover|\b(?:will|would|is\s+to|are\s+to|going\s+to|set\s+to|wird|werden|würde|würden|soll|sollen)\b.*\bin)\s+$/iu;

/** "P2D" after "over" or a future's "in" → 2 days on from the story's last time; whole days only. */
export function offsetAhead(value: string, textBefore: string): Offset | undefined {
  if (!AHEAD.test(textBefore)) return undefined;
  const m = /^P(\d+)([DW])$/.exec(value);
  if (!m?.[1] || !m[2]) return undefined;
  return { days: Number(m[1]) * (UNIT_DAYS[m[2]] ?? 0), minutes: 0, clock: false };
}

export interface StoryTime {
  day: Day;
  clock?: { hour: number; minute: number };
}

/**
 * Where the offset lands from `from`: a time of day when both have one (04:17 + 9 h = 13:17),
 * else the day reached; hours on from a day without its time stay on that day.
 */
export function applyOffset(from: StoryTime, offset: Offset): StoryTime {
  if (!offset.clock || !from.clock) return { day: addDays(from.day, offset.days) };
  const total = from.clock.hour * 60 + from.clock.minute + offset.minutes;
  return {
    day: addDays(from.day, offset.days + Math.floor(total / 1440)),
    clock: { hour: Math.floor((total % 1440) / 60), minute: total % 60 },
  };
}
