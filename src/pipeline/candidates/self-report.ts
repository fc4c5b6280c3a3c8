import type { Mention } from '../types.ts';

/** A subject pronoun that points back to the subject: "X said he would resign", "X zei dat hij zou opstappen". */
const PRONOUN = /(?<![\p{L}])(?:he|she|hij|zij|ze|er|sie)(?![\p{L}])/iu;
/**
 * A possessive right before the trigger (perhaps an adjective between): "X announced his
 * resignation", "X kündigte seinen Rücktritt an"; not "his brother was arrested".
 */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?:his|her|zijn|haar|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)\s+(?:\p{L}+\s+)?$/iu;

/** A Dutch participle: "opgepakt", "aangehouden", "gearresteerd", "afgetreden". */
const PARTICIPLE = /^\p{L}{0,5}ge\p{L}+[dtn](?![\p{L}])/iu;
const ZIJN_RIGHT_BEFORE = /(?<![\p{L}])zijn\s+$/iu;

/**
 * Dutch "zijn" right before a participle is the verb, not "his": "ruim 1200 mensen zijn opgepakt"
 * (have been arrested), not "zijn arrestatie" (his arrest).
 */
function auxiliaryBefore(between: string, fromTrigger: string): boolean {
  return ZIJN_RIGHT_BEFORE.test(between) && PARTICIPLE.test(fromTrigger);
}

/**
 * The last person named before the trigger, with a pronoun pointing back to them between their
 * name and the trigger and no one else named there: when that person speaks, they tell of what
 * befell them.
 */
export function selfReported(
  text: string,
  mentions: readonly Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  let last: Mention | undefined;
  for (const m of mentions) if (m.end <= trigger && isPerson(m)) last = m;
  if (!last) return undefined;
  const from = last.end;
  if (mentions.some((m) => m.start >= from && m.end <= trigger && m.kind !== 'place')) return undefined;
  const between = text.slice(from, trigger);
  if (PRONOUN.test(between)) return last;
  return POSSESSIVE_BEFORE.test(between) && !auxiliaryBefore(between, text.slice(trigger)) ? last : undefined;
}
