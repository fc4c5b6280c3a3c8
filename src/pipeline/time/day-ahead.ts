/**
 * A weekday that lies ahead whatever the tense of its sentence: the day of something called for
 * ("roepen op om donderdag … de straat op te gaan"), declared a day of mourning ("declared Monday
 * a national day of mourning") or a warning is for ("warnte für Dienstag vor …"). Asked by the time
 * rules and by the publication-date evidence alike.
 */
import { calledForDay } from './called-for.ts';
import { designatedDay } from './designated-day.ts';
import { forecastDay } from './forecast-day.ts';
import type { Lang } from './lexicon.ts';

export function dayAhead(lang: Lang, text: string, start: number, end: number): boolean {
  return (
    calledForDay(lang, text, start, end) ||
    designatedDay(lang, text, start, end) ||
    forecastDay(lang, text, start)
  );
}
