/**
 * "De Tweede Kamer debatteert maandag over de val van het kabinet", "Am Montag soll das Parlament
 * über die Regierungskrise debattieren": a happening named with a definite article as what others
 * will talk about is one told before, and a day ahead of publication is the talk's, never the
 * happening's. Talks "over sancties" on Friday are about what is still to come.
 */
import type { PublishedArticle, Timex } from '../types.ts';
import { liesAhead } from './time.ts';

/** A preposition of topic, a definite article and up to two words right before the trigger. */
const TOPIC_BEFORE =
  /(?<!\p{L})(?:over|about|über)\s+(?:de|het|the|die|den|das|der|dem)\s+(?:\p{L}+\s+){0,2}$/iu;

export function aheadAsTopic(
  t: Timex,
  trigger: { start: number },
  text: string,
  published: PublishedArticle['published'],
): boolean {
  return (
    liesAhead(t, published) && TOPIC_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))
  );
}
