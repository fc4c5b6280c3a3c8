import { describe, expect, it } from 'vitest';
import { parseDay, type Day } from './calendar.ts';
import { chronoCandidates } from './chrono.ts';
import { LEXICONS } from './lexicon.ts';
import type { RuleContext } from './rule.ts';

function context(text: string, tense: 'past' | 'future' = 'past'): RuleContext {
  return { lang: 'en', lex: LEXICONS.en, dct: parseDay('2022-01-08') as Day, text, tense: () => tense };
}

describe('chrono-node as an opt-in fallback', () => {
  it('replaces chrono’s nearest-day guess for a weekday by the news rule', () => {
    const found = chronoCandidates(context('The envoy arrived Sunday, 10:30.'));
    expect(found[0]).toMatchObject({ value: '2022-01-02T10:30', precision: 'time' });
  });

  it('drops what chrono misreads: “Sun” as a newspaper and fractions', () => {
    expect(chronoCandidates(context('The Sun reported 7/8 of the vote.'))).toEqual([]);
  });

  it('leaves signals such as “on” outside the expression', () => {
    const text = 'It happened on 5 January 2022.';
    const [found] = chronoCandidates(context(text));
    expect(text.slice(found?.start, found?.end)).toBe('5 January 2022');
  });
});
