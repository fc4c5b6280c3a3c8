/**
 * "President Sarkozy called the election illegitimate" in a translation of a Georgian story whose
 * other reports name "President Salome Zourabichvili": one word nobody listed after the bare head
 * of a title (the "President" of "Georgian President") is the one listed holder of that title whom
 * a sister report names after the same bare head, where the translation writes the word nowhere
 * else. A qualifier before the title ("former President") names someone who held it once.
 */
import { isQualifier } from '../entities/other-bearer.ts';
import { fold } from '../entities/text.ts';
import type { Mention } from '../types.ts';

/** The words that join a title to its country: "President of Georgia", "president van Georgië". */
const OF = / (?:of|van|von|der) /;

/** The bare heads of a holder's titles: "georgian president" and "president of georgia" give "president". */
export function bareHeads(roles: readonly string[]): string[] {
  const heads = new Set<string>();
  for (const role of roles) {
    const of = OF.exec(role);
    if (of) heads.add(role.slice(0, of.index));
    else {
      const space = role.indexOf(' ');
      if (space > 0) heads.add(role.slice(space + 1));
    }
  }
  return [...heads].filter((h) => h.length >= 4);
}

/**
 * The bare head right before the mention, folded, where no qualifier stands before it: "president"
 * in "President Sarkozy", none in "former President Sarkozy".
 */
export function headBefore(text: string, m: Mention, heads: ReadonlySet<string>): string | undefined {
  const before = fold(text.slice(Math.max(0, m.start - 60), m.start)).trimEnd();
  for (const head of heads) {
    if (!before.endsWith(head)) continue;
    const rest = before.slice(0, before.length - head.length);
    if (rest !== '' && !/\s$/.test(rest)) continue;
    const previous = rest.trimEnd().split(/\s+/).at(-1) ?? '';
    if (!isQualifier(previous)) return head;
  }
  return undefined;
}
