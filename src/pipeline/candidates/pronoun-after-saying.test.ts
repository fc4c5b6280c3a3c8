import { describe, expect, it } from 'vitest';
import { compile } from './compiled.ts';
import { defaultLexicon } from './lexicon.ts';
import { pronounAfterSaying } from './pronoun-after-saying.ts';
import { tokenize } from './tokenize.ts';

function pronounIn(lang: string, text: string): string | undefined {
  const compiled = compile(defaultLexicon);
  const vocabulary = compiled.vocabularies.get(lang) ?? compiled.anyLanguage;
  const tokens = tokenize(text);
  return pronounAfterSaying(text, tokens, vocabulary.ofTokens(tokens))?.word;
}

describe('the speaker named last in reported speech', () => {
  it.each<[string, string, string | undefined]>([
    ['en', 'More than 320 ships are now waiting to pass, he said.', 'he'],
    ['de', 'Die Organisatoren des Aufstands hätten ihr Land verraten, sagte er.', 'er'],
    ['nl', 'De agenten blijven zo lang als nodig, zei hij.', 'hij'],
    ['en', 'He said the ships were waiting.', undefined],
    ['de', 'Sie sagte, die Schiffe warteten.', undefined],
  ])('[%s] “%s” names %s', (lang, text, expected) => {
    expect(pronounIn(lang, text)).toBe(expected);
  });
});
