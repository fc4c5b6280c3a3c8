import { describe, expect, it } from 'vitest';
import { parseDay, type Day } from './calendar.ts';
import { LEXICONS } from './lexicon.ts';
import { direction, pattern, runRules, type Rule } from './rule.ts';
import { B } from './word-pattern.ts';
import { yearValue } from './value.ts';

const yearRule: Rule = {
  name: 'test-year',
  re: pattern('in\\s+(?<x>\\d{4})\\.?'),
  resolve: (m) => ({ ...yearValue(Number(m.groups?.x)), relative: false }),
};

describe('running a rule', () => {
  it('takes the span from the group x, so the signal “in” stays outside', () => {
    const text = 'It was founded in 1991.';
    const [found] = runRules([yearRule], {
      lang: 'en',
      lex: LEXICONS.en,
      dct: parseDay('2022-01-08') as Day,
      text,
      tense: () => 'past',
    });
    expect(found).toMatchObject({ start: 18, end: 22, value: '1991', rule: 'test-year' });
  });

  it.each([
    ['It was founded in 1991.', 1],
    ['It was built in 1991.', 0],
  ])('runs a rule on “%s” only when the word it needs is there (%i found)', (text, count) => {
    const found = runRules([{ ...yearRule, needs: /founded/ }], {
      lang: 'en',
      lex: LEXICONS.en,
      dct: parseDay('2022-01-08') as Day,
      text,
      tense: () => 'past',
    });
    expect(found).toHaveLength(count);
  });

  const wordYear: Rule = {
    name: 'test-word-year',
    re: pattern(`${B}(?<x>\\d{4})`),
    resolve: (m) => ({ ...yearValue(Number(m.groups?.x)), relative: false }),
  };
  it.each([
    ['1991 and 2022', ['1991', '2022']],
    ['ä1991 and é2022', []],
    ['x1991, 1991a1991 and 1991', ['1991', '1991']],
    ['𝐀1991 but 😀2022', ['2022']],
    ['«1991» and —2022', ['1991', '2022']],
  ])('finds a word-bounded year in “%s” only where no letter or digit comes before: %j', (text, years) => {
    const found = runRules([wordYear], {
      lang: 'en',
      lex: LEXICONS.en,
      dct: parseDay('2022-01-08') as Day,
      text,
      tense: () => 'past',
    });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(years);
  });

  it('runs only the rules wanted', () => {
    const ctx = {
      lang: 'en' as const,
      lex: LEXICONS.en,
      dct: parseDay('2022-01-08') as Day,
      text: 'It was founded in 1991.',
      tense: () => 'past' as const,
    };
    expect(runRules([yearRule], ctx, () => false)).toHaveLength(0);
    expect(runRules([yearRule], ctx, (i) => i === 0)).toHaveLength(1);
  });

  it.each([
    ['last', 'last'],
    ['afgelopen', 'last'],
    ['vergangenen', 'last'],
    ['deze', 'this'],
    ['kommenden', 'next'],
    ['whatever', undefined],
  ])('reads the modifier “%s” as %s', (word, expected) => {
    expect(direction(word)).toBe(expected);
  });
});
