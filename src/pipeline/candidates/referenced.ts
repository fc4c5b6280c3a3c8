/** A happening named again as the reason for another (lexicon `references`). */
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';
import { phraseBefore } from './phrase-before.ts';

/**
 * "Police arrested two men in connection with the attack": a trigger after a reference word names
 * a happening again as the reason for another one the sentence reports; it is dropped when such a
 * happening remains, or a statement about it. Words about it are no such happening: "claimed
 * responsibility for the attack" still tells of the attack.
 */
export function withoutReferenced(hits: TriggerHit[], text: string, lexicon: EventLexicon): TriggerHit[] {
  // A reference word, a determiner and up to two words: "in connection with the".
  const { cue, pattern } = phraseBefore(lexicon.references, 2);
  const referenced = (h: TriggerHit): boolean => {
    const from = Math.max(0, h.start - 60);
    const before = text.slice(from, h.start);
    const m = cue.test(before) ? pattern.exec(before) : null;
    if (m === null) return false;
    // The first trigger after the reference is what it names: "… mit dem Anschlag festgenommen";
    // the reference word may be a trigger itself ("het dodental van de aardbeving"). A longer one
    // holding it is the same name ("floods" in "the death toll from the flash floods").
    const named = from + m.index + m[0].length - (m[1] ?? '').length;
    return !hits.some((o) => o.start >= named && o.end <= h.start);
  };
  const reported = hits.filter((h) => !referenced(h));
  // A statement before the reference speaks of it ("Lukashenko said the perpetrators of the attack
  // first tried to flee to Belarus"); one after it only says who told the happening.
  const firstReferenced = Math.min(...hits.filter((h) => !reported.includes(h)).map((h) => h.start));
  return reported.length < hits.length &&
    reported.some((h) => h.kind !== 'statement' || h.end <= firstReferenced)
    ? reported
    : hits;
}
