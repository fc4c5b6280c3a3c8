/**
 * Dates again the reports whose day was inferred and that tell, a week early, a rare happening
 * dated reports put later (see told-later.ts): such a report was written after it, on the first
 * day from which what it tells falls where the dated reports put it.
 */
import type { ChronologyDocument } from '../schema/events.ts';
import { kindTraits } from './candidates/kind-traits.ts';
import { DAY_LEVEL } from './day-level.ts';
import { countedConflict } from './days-since-date.ts';
import type { Candidate, PublishedArticle } from './types.ts';
import { earliestTold } from './story-start.ts';
import {
  daysAfter,
  daysBefore,
  tellsOnTheirDays,
  toldAWeekLate,
  toldAWeekLater,
  type Told,
} from './told-later.ts';
import { weekdayConflict, weekdayEvidence, type WeekdayEvidence } from './weekday-evidence.ts';

function told(candidates: readonly Candidate[]): Told[] {
  const out: Told[] = [];
  for (const c of candidates)
    if (DAY_LEVEL.has(c.when.precision))
      out.push({ kind: c.kind, day: c.when.start.slice(0, 10), document: c.document });
  return out;
}

const rare = (kind: string): boolean => kindTraits(kind).rare;

/**
 * A day a report dated again cannot have been written on: outside the month it gives, before the
 * days it counts since a dated day have passed, or not the weekday it calls today.
 */
export function ruledOut(article: PublishedArticle, evidence: WeekdayEvidence, day: string): boolean {
  const own = article.meta.published;
  return (
    (own?.precision === 'month' && day.slice(0, 7) !== own.date.slice(0, 7)) ||
    (evidence.counted !== undefined && countedConflict(evidence.counted, day)) ||
    weekdayConflict(day, evidence) !== null
  );
}

/** The day each document gives itself, for the documents that give one (not inferred, not a month). */
export function ownDays(documents: readonly ChronologyDocument[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const d of documents)
    if (!d.published.inferred && d.published.precision === 'day') days.set(d.id, d.published.date);
  return days;
}

export interface Processed<C extends Candidate> {
  document: ChronologyDocument;
  candidates: C[];
}

/**
 * The articles of `inferred` to be dated again, each as processed from its new day; `process`
 * runs one article through the stages after its publication date.
 */
export function redateFromLaterNews<C extends Candidate>(
  inferred: readonly PublishedArticle[],
  documents: readonly ChronologyDocument[],
  candidates: readonly C[],
  process: (article: PublishedArticle) => Processed<C> | undefined,
): Processed<C>[] {
  if (inferred.length === 0) return [];
  const ownDay = ownDays(documents);
  const held = new Set(inferred.map((a) => a.id));
  const dated: Told[] = [];
  const byDocument = new Map<string, Told[]>();
  for (const t of told(candidates)) {
    if (ownDay.has(t.document)) dated.push(t);
    else if (held.has(t.document)) {
      const list = byDocument.get(t.document);
      if (list) list.push(t);
      else byDocument.set(t.document, [t]);
    }
  }
  const redone: Processed<C>[] = [];
  for (const article of inferred) {
    const own = byDocument.get(article.id) ?? [];
    const published = article.published.date;
    const later = toldAWeekLater(published, own, dated, rare);
    const early = later.length > 0;
    const those = early ? later : toldAWeekLate(published, own, dated, rare);
    if (those.length === 0) continue;
    const evidence = weekdayEvidence(article);
    const what = those.map((l) => `the ${l.kind} ${l.document} dates ${l.day}`).join(' and ');
    const days = early ? daysAfter(those) : daysBefore(those, published);
    // Read before its day, the report tells every weekday on or after the earliest happening it
    // told late (a ban since the Sunday of the attacks, as well as the claim of the Tuesday after).
    const start = early ? undefined : those.map((t) => t.day).sort()[0];
    for (const day of days) {
      if (
        ruledOut(article, evidence, day) ||
        (start !== undefined && (earliestTold(day, evidence) ?? start) < start)
      )
        continue;
      const result = process({
        ...article,
        published: {
          date: day,
          precision: 'day',
          inferred: true,
          reason: `Read from ${published}, the day first inferred (${article.published.reason}), it would tell ${what} a week ${early ? 'early: it was written after' : 'late: it was written before'}, and ${day} is the first day from which it tells ${those.length > 1 ? 'them' : 'it'} on that day`,
        },
      });
      if (result && tellsOnTheirDays(told(result.candidates), those)) {
        redone.push(result);
        break;
      }
    }
  }
  return redone;
}

/** Puts a document dated again, and its candidates, where the first reading of it stood. */
export function replaceDocument<C extends Candidate>(
  documents: ChronologyDocument[],
  candidates: C[],
  redone: Processed<C>,
): void {
  const id = redone.document.id;
  documents[documents.findIndex((d) => d.id === id)] = redone.document;
  const first = candidates.findIndex((c) => c.document === id);
  let count = 0;
  while (candidates[first + count]?.document === id) count++;
  candidates.splice(first < 0 ? candidates.length : first, count, ...redone.candidates);
}
