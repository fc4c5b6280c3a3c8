import type { TriggerHit } from './happenings.ts';
import { inOpeningPhrase } from './opening-phrase.ts';

/**
 * A statement's setting before its noun: "in a televised address", "at a news conference",
 * "tijdens een persconferentie", "bei einer Pressekonferenz" (an adjective or two may stand between).
 */
const SETTING_BEFORE =
  /(?:^|[\s,(])(?:in|at|during|tijdens|op|bij|in|bei|auf|während)\s+(?:a|an|the|his|her|their|its|een|de|het|zijn|haar|hun|einer|einem|der|dem|seiner|ihrer)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The statement hits other than settings, where the sentence has a reporting verb besides one:
 * in "In a televised address, Tokayev thanked Putin" and "In een toespraak tot het parlement
 * kondigde Tokajev aan …" the address is where he spoke (after an article, or in the phrase the
 * sentence opens with), and the verb is what stands by its speaker.
 */
export function withoutSettings(hits: TriggerHit[], text: string): TriggerHit[] {
  let statements = 0;
  for (const h of hits) if (h.kind === 'statement') statements++;
  if (statements < 2) return hits;
  // The opening phrase runs on to the verb when no comma ends it: its noun is the hit a later one follows.
  const setting = (h: TriggerHit) =>
    h.kind === 'statement' &&
    (SETTING_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start)) ||
      (inOpeningPhrase(text, h.start) && hits.some((o) => o.kind === 'statement' && o.start >= h.end)));
  const settings = hits.filter(setting);
  return settings.length > 0 && settings.length < statements
    ? hits.filter((h) => !settings.includes(h))
    : hits;
}
