/**
 * "rund 6000 wurden verletzt", "zeker 5000 raakten gewond", "more than 5,000 were injured": a bare
 * number right before a passive of killing or wounding (lexicon `victimPassives`) counts people,
 * as one right after an active verb does ("injured about 5,000"). Not a part of a whole named
 * before it: in "of the 242 people on board, 241 were killed" the 241 are some of the 242.
 */
import { perObject } from '../per-object.ts';
import type { EventLexicon } from './lexicon.ts';
import type { NumberSpan } from './numbers.ts';
import type { Token } from './tokenize.ts';

const phrasesOf = perObject((lexicon: EventLexicon) => new Set(lexicon.victimPassives));

const SPACE = /^\s+$/;

/** "of the 242 people on board, ", "van de 242 inzittenden ", "von den 242 Menschen an Bord ". */
const PART_OF_WHOLE = /(?<![\p{L}])(?:of|van|von)\s+(?:the|de|het|den|der|die)\s+\d[^.;:]*$/iu;

/** How far before the number a whole it is part of may be named. */
const WHOLE_REACH = 60;

export function passiveVictims(text: string, tokens: Token[], n: NumberSpan, lexicon: EventLexicon): boolean {
  return passiveAt(
    text,
    tokens,
    n,
    lexicon,
    tokens.findIndex((t) => t.start >= n.end),
  );
}

/**
 * Words for those not yet counted, between the number and the passive: "133 weitere wurden
 * verletzt", "133 andere wurden verletzt" (after a count of the dead) are the injured, no addition
 * to a count of the injured told before.
 */
const OTHERS = new Set(['weitere', 'weiteren', 'andere', 'anderen', 'others']);

/** "153 Menschen kamen ums Leben, 133 weitere wurden verletzt": the number, a word for others, a passive. */
export function othersPassive(text: string, tokens: Token[], n: NumberSpan, lexicon: EventLexicon): boolean {
  const at = tokens.findIndex((t) => t.start >= n.end);
  const others = tokens[at];
  return (
    others !== undefined &&
    OTHERS.has(others.word) &&
    SPACE.test(text.slice(n.end, others.start)) &&
    passiveAt(text, tokens, { ...n, end: others.end }, lexicon, at + 1)
  );
}

function passiveAt(text: string, tokens: Token[], n: NumberSpan, lexicon: EventLexicon, at: number): boolean {
  const phrases = phrasesOf(lexicon);
  if (phrases.size === 0 || at < 0) return false;
  const auxiliary = tokens[at];
  const participle = tokens[at + 1];
  return (
    auxiliary !== undefined &&
    participle !== undefined &&
    SPACE.test(text.slice(n.end, auxiliary.start)) &&
    SPACE.test(text.slice(auxiliary.end, participle.start)) &&
    phrases.has(`${auxiliary.word} ${participle.word}`) &&
    !PART_OF_WHOLE.test(text.slice(Math.max(0, n.start - WHOLE_REACH), n.start))
  );
}
