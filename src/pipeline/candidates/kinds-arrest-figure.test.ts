/** A count of detainees told beside a count of injured is an arrest of its own, not more injured. */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('detainees and injured counted in one sentence', () => {
  it.each([
    [
      'an English ministry figure of 126 detained and 14 officers injured gives an arrest of 126 and injuries of 14',
      'en',
      'The Interior Ministry said 126 people were detained for disobeying police orders, and that 14 police officers were injured.',
      { arrest: [126], injury: [14] },
    ],
    [
      'police who detained 126 people while 14 officers were hurt make 126 arrests, not 126 injured',
      'en',
      'Police detained 126 people, and 14 police officers were injured.',
      { arrest: [126], injury: [14] },
    ],
    [
      "a Dutch 'werden 126 mensen opgepakt en raakten 14 agenten gewond' keeps the two counts apart",
      'nl',
      'Volgens het ministerie werden 126 mensen opgepakt en raakten 14 agenten gewond.',
      { arrest: [126], injury: [14] },
    ],
  ])('%s', (_name, lang, text, expected) => {
    const found = candidatesOf(lang, text, '2025-11-11', []);
    const figuresOf = (kind: string) =>
      found.filter((c) => c.kind === kind).flatMap((c) => c.figures.map((f) => f.value));
    expect({ arrest: figuresOf('arrest'), injury: figuresOf('injury') }).toEqual(expected);
  });
});
