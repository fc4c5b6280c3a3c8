/**
 * Reported speech names its speaker last: "…, he said.", "…, sagte er.", "…, zei hij.". The pronoun
 * next to the verb of saying at the sentence's end stands for whoever the sentences before named.
 */
import type { CompiledTrigger } from './compiled.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

/** Words at the end of a sentence among which the verb of saying and its pronoun stand. */
const LAST_WORDS = 3;

const COMMA_BEFORE = /,\s*$/;

/** Whether the word at i is a verb of saying. */
export function says(facts: readonly WordFacts<CompiledTrigger>[], i: number): boolean {
  return facts[i]?.triggers.some((t) => t.item.kind === 'statement') === true;
}

/** The pronoun of ", he said" / ", sagte er" / ", zei hij" closing the sentence, if any. */
export function pronounAfterSaying(
  text: string,
  tokens: readonly Token[],
  facts: readonly WordFacts<CompiledTrigger>[],
): Token | undefined {
  for (let i = Math.max(0, tokens.length - LAST_WORDS); i < tokens.length; i++) {
    if (!facts[i]?.pronoun) continue;
    const verb = says(facts, i - 1) ? i - 1 : says(facts, i + 1) ? i + 1 : -1;
    if (verb < 0) continue;
    const first = tokens[Math.min(i, verb)] as Token;
    if (COMMA_BEFORE.test(text.slice(0, first.start))) return tokens[i];
  }
  return undefined;
}
