import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { ownsTitleOf } from './title-owner.ts';

describe('a name right before a title word names whose title the person after it bears', () => {
  it.each<[string, string, string, boolean]>([
    ['HTS-leider Ahmed al-Sharaa sprak met premier Mohammed al-Jalali.', 'HTS', 'Ahmed al-Sharaa', true],
    ['"The water rose," said Paiporta resident Ana Martínez, 54.', 'Paiporta', 'Ana Martínez', true],
    ['Wagner-Chef Jewgeni Prigoschin erklärte am Samstag …', 'Wagner', 'Jewgeni Prigoschin', true],
    [
      'Donderdag sloten Volodymyr Zelenskiy en Joe Biden een overeenkomst.',
      'Volodymyr Zelenskiy',
      'Joe Biden',
      false,
    ],
    ['Rutte zei tegen Scholz dat de steun doorgaat.', 'Rutte', 'Scholz', false],
  ])('“%s”: %s owns the title of %s: %s', (text, owner, holder, owns) => {
    expect(ownsTitleOf(text, mentionIn(text, owner, 'actor'), mentionIn(text, holder, 'actor'))).toBe(owns);
  });
});
