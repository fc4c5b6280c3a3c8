/**
 * "warf Russland vor, den Staudamm gesprengt zu haben", "warf ihm vor, das Vertrauen gebrochen zu
 * haben": a German perfect infinitive clause after a verb of blaming tells what someone is blamed
 * for, which the sentence does not report as news.
 */
import type { TriggerHit } from './happenings.ts';

const INFINITIVE_OPENS = /^,\s+(?:[\p{L}'’-]+\s+){0,6}$/u;
// The deed's participle may follow its noun: "die Ausschreitungen nicht verhindert zu haben".
const PERFECT_INFINITIVE = /^\s+(?:[\p{L}-]+\s+){0,2}zu\s+(?:haben|sein)(?![\p{L}])/u;

/** Whether `h` is the deed a perfect infinitive clause after a verb ending at `end` blames someone for. */
export function blamedFor(text: string, end: number, h: TriggerHit): boolean {
  const comma = text.indexOf(',', end);
  if (comma < 0 || comma > h.start) return false;
  if (!INFINITIVE_OPENS.test(text.slice(comma, h.start))) return false;
  return PERFECT_INFINITIVE.test(text.slice(h.end, h.end + 12));
}
