import { describe, expect, it } from 'vitest';
import { isPluralAgent, pluralVerb } from './agreement.ts';
import { kindsAndTitles } from './test-helpers.ts';

describe('a plural agent takes a plural verb in its title', () => {
  it.each([
    ['Police', true],
    ['Security forces', true],
    ['Kazakh authorities', true],
    ['Republicans', true],
    ['Democrats', true],
    ['Ministry of Foreign Affairs', false],
    ['United States', false],
    ['Netherlands', false],
    ['Kassym-Jomart Tokayev', false],
  ])('“%s” is plural: %s', (name, plural) => {
    expect(isPluralAgent(name)).toBe(plural);
  });

  it.each([
    [' makes a statement', ' make a statement'],
    [' imposes a curfew in {place}', ' impose a curfew in {place}'],
    [' reaches an agreement', ' reach an agreement'],
    [' closes the borders', ' close the borders'],
    [' summons the ambassador', ' summon the ambassador'],
    [' carries out raids', ' carry out raids'],
    [' has resigned', ' have resigned'],
    [' and {other} hold talks', ' and {other} hold talks'],
  ])('“…%s” becomes “…%s”', (rest, plural) => {
    expect(pluralVerb(rest)).toBe(plural);
  });

  it('“Police said on Tuesday…” is titled “Police make a statement”', () => {
    const titles = kindsAndTitles(
      'en',
      'Police said on Tuesday that the roads would stay closed.',
      '2025-11-18',
      [['Police', 'actor', 'police']],
    ).map((c) => c.title);
    expect(titles).toContain('Police make a statement');
  });

  it('“Republicans and Democrats demanded her resignation” is titled “Republicans call for a resignation”', () => {
    const titles = kindsAndTitles(
      'en',
      'Republicans and Democrats demanded unanimously her resignation on Monday.',
      '2024-07-22',
      [['Republicans', 'unknown', 'name:republicans']],
    ).map((c) => c.title);
    expect(titles).toEqual(['Republicans call for a resignation']);
  });
});
