/**
 * What an article's weekday references say about the day it was written on: a weekday named as
 * today must be that day; weekdays told as past fall in the week before it.
 */
import { toldInPluperfect } from './pluperfect.ts';
import type { LanguageArticle } from './types.ts';
import { WEEKDAY_NAMES, weekdayMentions, weekdayOf } from './weekdays.ts';

export interface WeekdayEvidence {
  past: Set<number>;
  today: Set<number>;
  /** Weekdays told as past only in the pluperfect: before what the text tells in the simple past. */
  earlier: Set<number>;
}

/** What the article says about the weekday it was written on. */
export function weekdayEvidence(article: Pick<LanguageArticle, 'sentences'>): WeekdayEvidence {
  const past = new Set<number>();
  const today = new Set<number>();
  const earlier = new Set<number>();
  const plain = new Set<number>();
  for (const s of article.sentences) {
    const mentions = weekdayMentions(s.text);
    if (mentions.length === 0) continue;
    let pluperfect: boolean | undefined;
    for (const m of mentions) {
      if (m.relation === 'today') today.add(m.day);
      if (m.relation !== 'past') continue;
      past.add(m.day);
      pluperfect ??= toldInPluperfect(s.text);
      (pluperfect ? earlier : plain).add(m.day);
    }
  }
  for (const d of plain) earlier.delete(d);
  return { past, today, earlier };
}

function names(days: Set<number>): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => WEEKDAY_NAMES[d])
    .join(', ');
}

/** Checks a candidate day against the weekdays the text mentions; returns why it cannot be, or null. */
export function weekdayConflict(date: string, evidence: Pick<WeekdayEvidence, 'today'>): string | null {
  const day = weekdayOf(date);
  for (const t of evidence.today) {
    if (t !== day) return `the text calls ${WEEKDAY_NAMES[t]} today but ${date} is a ${WEEKDAY_NAMES[day]}`;
  }
  return null;
}

export function weekdayNote(date: string, evidence: WeekdayEvidence): string {
  const parts: string[] = [];
  if (evidence.today.size > 0) parts.push(`it names ${names(evidence.today)} as today`);
  if (evidence.past.size > 0) {
    parts.push(
      `the weekdays it tells as past (${names(evidence.past)}) fall in the week before ${WEEKDAY_NAMES[weekdayOf(date)]} ${date}`,
    );
  }
  return parts.length > 0 ? `; consistent with the text: ${parts.join(', ')}` : '';
}
