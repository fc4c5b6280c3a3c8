/**
 * "Yoon declared emergency martial law late on Tuesday, accusing the opposition of … sympathising
 * with North Korea", "…, plunging Asia's fourth-largest economy into turmoil": a place named in a
 * participle clause of saying or of consequence after the happening is what was said or what
 * followed, not where it happened. A clause that goes on with the happening ("killing 10 people in
 * Kabul", "including Almaty") still places it.
 */
import type { Mention } from '../types.ts';

const PARTICIPLE =
  /,\s+(?:accusing|blaming|citing|saying|claiming|arguing|plunging|sparking|prompting|raising|urging|warning|calling|describing|referring|threatening|comparing|dismissing|denying)(?![\p{L}])/iu;

/** Whether `place`, after the trigger at `trigger`, stands in such a clause. */
export function inTrailingParticiple(text: string, place: Mention, trigger: number): boolean {
  return place.start > trigger && PARTICIPLE.test(text.slice(trigger, place.start));
}
