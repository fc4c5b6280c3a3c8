/** Precisions that give a happening its day: a time, a part of a day, or the day itself. */
export const DAY_LEVEL: ReadonlySet<string> = new Set(['time', 'part-of-day', 'day']);
