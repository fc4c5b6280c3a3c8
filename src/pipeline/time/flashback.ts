/**
 * "Ebenfalls am Dienstag musste sich der 52-Jährige … stellen. Schettino war am Samstag festgenommen
 * worden; … Die Richterin ordnete am Abend an": a sentence that tells its news in the pluperfect, of
 * a day before the one the story is at, looks back; a bare part of the day after it ("am Abend") is
 * of the story's day, Tuesday, not Saturday. "On the same day" names the day looked back to itself
 * ("Oli had resigned on Tuesday after violent protests. On the same day, demonstrators set fire to
 * the parliament").
 */
import { newsInPluperfect } from '../pluperfect.ts';

/** Whether `text`, dated to `day`, looks back from `anchor` (YYYY-MM-DD, with a time or part of the day). */
export function looksBack(text: string, day: string, anchor: string | undefined): boolean {
  return anchor !== undefined && day.slice(0, 10) < anchor.slice(0, 10) && newsInPluperfect(text);
}
