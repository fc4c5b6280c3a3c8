/**
 * "Bei einem Selbstmordanschlag am Flughafen … sind mindestens 60 Afghanen getötet worden. ¶ Ein
 * Attentäter hatte sich am Donnerstagabend … in die Luft gesprengt": a lede tells the news with no
 * day, and the paragraph after it gives the day of the happening it named. What the lede reports
 * took place then, not merely some time before publication.
 */
import { DAY_LEVEL } from '../day-level.ts';
import type { When } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';

/** A sentence that gave candidates: its paragraph, the kinds it named, its own time, its candidates. */
export interface ToldSentence {
  paragraph: string;
  kinds: readonly string[];
  /** The sentence's own time, if it told one. */
  own: When | undefined;
  /** Its candidates are candidates[from .. to). */
  from: number;
  to: number;
}

/** How much less sure a day is when it is taken from the paragraph after. */
const LEDE_CONFIDENCE = 0.8;

/** What the article around the lede tells. */
export interface LedeContext {
  paragraphAfter: (paragraph: string) => string | undefined;
  /** A sentence of the paragraph tells a time of its own. */
  paragraphDated: (paragraph: string) => boolean;
  /** A kind that kills ("{deaths} in attack in {place}"): a happening of its own, not a count. */
  deadly: (kind: string) => boolean;
  published: string;
}

/**
 * Gives the undated candidates of an undated lede (the first paragraph that told a happening) the
 * day the next paragraph dates a deadly happening of a kind the lede named: the attack, the
 * explosion, the fire whose dead it counted. Another kind the paragraph dates may be another
 * happening ("The rebels had already announced a ceasefire on Tuesday"), and a day of deaths is no
 * day of a running toll.
 */
export function dateLede(
  told: readonly ToldSentence[],
  candidates: EventCandidate[],
  around: LedeContext,
): void {
  const lede = told[0]?.paragraph;
  if (lede === undefined || around.paragraphDated(lede)) return;
  const next = around.paragraphAfter(lede);
  const ledeSentences = told.filter((t) => t.paragraph === lede);
  const kinds = new Set(ledeSentences.flatMap((t) => t.kinds).filter(around.deadly));
  const dating = told.find(
    (t) =>
      t.paragraph === next &&
      t.own !== undefined &&
      DAY_LEVEL.has(t.own.precision) &&
      t.own.start.slice(0, 10) <= around.published &&
      t.kinds.some((k) => kinds.has(k)),
  )?.own;
  if (!dating) return;
  // The next paragraph's words date the lede's happening itself: they stay its words, as its own.
  const when: When = { ...dating, confidence: Math.round(dating.confidence * LEDE_CONFIDENCE * 100) / 100 };
  for (const t of ledeSentences)
    for (let i = t.from; i < t.to; i++) {
      const c = candidates[i] as EventCandidate;
      if (c.when.precision === 'before-publication') c.when = when;
    }
}
