/**
 * "He accused Brussels of blackmail", "beschuldigde Rusland van de aanslag", "warf Russland vor":
 * a place that is the object of a verb of blaming is who is blamed, not where it was said. One
 * after a preposition ("accused Russia in Kyiv") still says where, and so does a place after a
 * verb of saying ("NetBlocks said Kenya experienced a disruption").
 */
import type { Mention } from '../types.ts';

/** Verbs of blaming, whose object is who is blamed ("said Kenya experienced …" still says where). */
const BLAMING =
  /^(?:accus|blam|condemn|criticis|criticiz|beschuldig|veroordeel|bekritiseer|warf|machte|machen|verurteil|kritisier)/i;

/** Between the verb and its object: nothing, or an article. */
const OBJECT_RIGHT_AFTER = /^\s+(?:(?:the|de|het|die|den|das)\s+)?$/i;

/** Whether `place` is the object of the verb of blaming spanning `trigger`. */
export function objectOfSaying(
  text: string,
  place: Pick<Mention, 'start' | 'end'>,
  trigger: { start: number; end: number },
): boolean {
  if (!BLAMING.test(text.slice(trigger.start, trigger.end))) return false;
  if (place.start > trigger.start && place.end <= trigger.end) return true;
  return place.start >= trigger.end && OBJECT_RIGHT_AFTER.test(text.slice(trigger.end, place.start));
}
