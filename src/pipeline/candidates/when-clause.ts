import type { TriggerHit } from './happenings.ts';

/**
 * A clause of time opened by "when", "toen" or ", als" and a pronoun, up to the trigger: "when it
 * was reported missing", "toen het werd vermist", ", als er festgenommen wurde". The pronoun stands
 * for someone the article told of before, the clause for what befell him then.
 */
const WHEN_PRONOUN =
  /(?:(?<![\p{L}])(?:when|toen)|,\s*als)\s+(?:it|he|she|they|het|hij|zij|ze|es|er|sie)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The hits without those in such a clause, when a hit before the clause reports the sentence's
 * news: "Mauger told reporters on Monday, adding that the submersible had 96 hours of oxygen when it
 * was reported missing" is his statement; the disappearance is its time, told before.
 */
export function withoutWhenClause(hits: TriggerHit[], text: string): TriggerHit[] {
  if (hits.length < 2) return hits;
  const inClause = (h: TriggerHit): boolean => {
    const m = WHEN_PRONOUN.exec(text.slice(Math.max(0, h.start - 60), h.start));
    return m !== null && hits.some((o) => o !== h && o.end <= h.start - m[0].length);
  };
  return hits.some(inClause) ? hits.filter((h) => !inClause(h)) : hits;
}
