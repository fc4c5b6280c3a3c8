/**
 * "The Congreso then removed him from office", "Noch am selben Tag setzte ihn der Kongress ab",
 * "Spanje verleende hem asiel": a masculine object pronoun right after the verb that reports what
 * befell someone stands for the person the sentences before named.
 */
import type { CompiledTrigger } from './compiled.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

const MASCULINE_OBJECT = new Set(['him', 'hem', 'ihn']);

/** What someone says to "him" befalls no one: only other kinds' verbs take him as their patient. */
const SAYING = 'statement';

/** The object pronoun right after a trigger's first word, if there is one. */
export function objectPronoun(
  tokens: readonly Token[],
  facts: readonly WordFacts<CompiledTrigger>[],
): Token | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!MASCULINE_OBJECT.has(token.word)) continue;
    const before = facts[i - 1]?.triggers ?? [];
    if (before.some((t) => t.item.kind !== SAYING)) return token;
  }
  return undefined;
}
