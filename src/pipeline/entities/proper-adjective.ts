/**
 * "a Muslim asylum seeker", "an Anglican vicar": a capitalised dictionary word between an
 * indefinite article and a lowercase noun qualifies the noun; it names no one. Dutch and German
 * write such adjectives in lowercase ("een islamitische asielzoeker", "ein muslimischer
 * Asylbewerber"), so only English needs the rule.
 */
import type { Token } from './text.ts';

const INDEFINITE = new Set(['a', 'an']);
const LOWERCASE_WORD = /^\p{Ll}/u;

/** Whether the one word at `i` stands as an adjective between "a"/"an" and a lowercase noun. */
export function qualifiesNoun(tokens: Token[], i: number, language: string): boolean {
  const next = tokens[i + 1];
  return (
    language === 'en' &&
    INDEFINITE.has(tokens[i - 1]?.norm ?? '') &&
    next !== undefined &&
    LOWERCASE_WORD.test(next.text)
  );
}
