/**
 * Dutch and German put the verb last in a clause with an auxiliary ("Macron habe am Samstag mit
 * Bundespräsident Frank-Walter Steinmeier telefoniert"): the name right before it is then often the
 * partner "met"/"mit" names, not the subject. One word may stand between, a title or an article
 * ("mit Bundespräsident Steinmeier", "met premier Schoof"); more could be a clause of its own
 * ("mit Frankreich hat Deutschland").
 */
import type { Mention } from '../types.ts';

/** Module constant: tsx compiles each Unicode property literal to a `new RegExp` call. */
const WITH_BEFORE = /(?<!\p{L})(?:met|mit)\s+(?:\p{L}+\s+)?$/iu;

/** How far before a name "met"/"mit" and a word between may begin. */
const REACH = 40;

/** Whether `m` is named as whom someone acts with ("mit Steinmeier telefoniert"). */
export function namedAsPartner(text: string, m: Mention): boolean {
  return WITH_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start));
}
