import type { Timex } from '../types.ts';
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';
import { alternation } from '../time/word-pattern.ts';

interface EarlierPatterns {
  /** Any of the words, anywhere: a cheap test before the full pattern (most triggers have none before them). */
  cue: RegExp;
  pattern: RegExp;
}

const earlierPatterns = new WeakMap<readonly string[], EarlierPatterns>();

/**
 * A word that places a happening before the reported one, a determiner and at most one word, right
 * before a trigger: "a week after the", "nach dem", "na de verwoestende".
 */
function earlierPattern(lexicon: EventLexicon): EarlierPatterns {
  let re = earlierPatterns.get(lexicon.earlier);
  if (!re) {
    const words = alternation(lexicon.earlier) || '(?!)';
    re = {
      cue: new RegExp(words, 'iu'),
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${words})\\s+(?:the|this|that|these|those|de|het|dit|deze|die|der|das|dem|den|des|diesem|dieser)\\s+(?:[\\p{L}'’-]+\\s+)?$`,
        'iu',
      ),
    };
    earlierPatterns.set(lexicon.earlier, re);
  }
  return re;
}

/** "After the police arrested him" opens a clause: its verb reports, unlike a noun ("after the arrest"). */
const VERB_FORM = /ed$/i;

/** Up to three words and no comma between a trigger and a time: "since the protests started last Sunday". */
const OWN_TIME_GAP = /^[^,;:]{0,24}$/;

/** A time of the named happening's own dates it: "since the war began on October 7" is no copy. */
function ownTime(h: TriggerHit, timexes: Timex[], text: string): boolean {
  return timexes.some((t) => t.start >= h.end && OWN_TIME_GAP.test(text.slice(h.end, t.start)));
}

/**
 * "Eine Woche nach dem Hackerangriff haben die Täter Daten veröffentlicht": a trigger right after
 * such a word names an earlier happening the story has already told, as the time of another. Dated
 * by this sentence it would become a second, later copy of it, so it is dropped even as the only hit.
 */
export function withoutEarlier(
  hits: TriggerHit[],
  text: string,
  timexes: Timex[],
  lexicon: EventLexicon,
): TriggerHit[] {
  const { cue, pattern } = earlierPattern(lexicon);
  const earlier = (h: TriggerHit): boolean => {
    if (VERB_FORM.test(text.slice(h.start, h.end))) return false;
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    return cue.test(before) && pattern.test(before) && !ownTime(h, timexes, text);
  };
  return hits.some(earlier) ? hits.filter((h) => !earlier(h)) : hits;
}
