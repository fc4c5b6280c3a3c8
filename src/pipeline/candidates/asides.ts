import type { TriggerHit } from './happenings.ts';
import type { Token } from './tokenize.ts';

/**
 * Words that open an aside naming a part of the count before it: "nine people, including two
 * injured", "neun Menschen, darunter zwei Verletzte". Dutch "onder" only with "wie"/"hen" after it.
 */
const OPENERS = new Set(['including', 'among', 'waaronder', 'onder', 'darunter', 'unter']);
const SECOND = new Set(['wie', 'hen', 'them', 'whom', 'ihnen']);
const ONE_WORD = new Set(['including', 'waaronder', 'darunter']);

/** What ends an aside: the next comma, dash or end of clause. */
const ASIDE_END = /[,;:()–—.!?]/;

/** Spans of the sentence's "including …" asides, from the opener to the end of the aside. */
function asideSpans(text: string, tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!OPENERS.has(token.word)) continue;
    if (!ONE_WORD.has(token.word) && !SECOND.has(tokens[i + 1]?.word ?? '')) continue;
    const close = text.slice(token.end).search(ASIDE_END);
    spans.push([token.start, close < 0 ? text.length : token.end + close]);
  }
  return spans;
}

/**
 * The hits outside an "including …" aside, when some remain: the aside tells what befell a part of
 * those counted ("Police said nine people, including two injured, had been arrested"), not a
 * happening of its own, and its count is no count of that kind.
 */
export function withoutAsides(hits: TriggerHit[], text: string, tokens: Token[]): TriggerHit[] {
  if (!tokens.some((t) => OPENERS.has(t.word))) return hits;
  const spans = asideSpans(text, tokens);
  if (spans.length === 0) return hits;
  const outside = hits.filter((h) => !spans.some(([from, to]) => h.start >= from && h.start < to));
  return outside.length > 0 && outside.length < hits.length ? outside : hits;
}
