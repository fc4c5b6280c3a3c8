/**
 * A reward for tips leading to someone's arrest launches a manhunt and arrests no one: the
 * arrest is what the tips are to lead to.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a reward for tips is a manhunt', () => {
  it.each([
    [
      'de',
      'Für Hinweise, die zu seiner Festnahme führen, hat die Bundesanwaltschaft eine Belohnung von bis zu 100.000 Euro ausgesetzt.',
    ],
    [
      'nl',
      'Het federaal Openbaar Ministerie heeft vanmiddag een opsporingsbericht met zijn foto verspreid en looft een beloning uit van maximaal 100.000 euro voor tips die tot zijn arrestatie leiden.',
    ],
  ])('[%s] “%s”', (lang, text) => {
    const found = kindsAndTitles(lang, text, '2016-12-21');
    expect(found).toContainEqual({ kind: 'manhunt', title: 'Manhunt launched' });
    expect(found.map((c) => c.kind)).not.toContain('arrest');
  });

  it('[de] an arrest without a reward is still one: “Die Festnahme erfolgte am Freitag in Mailand.”', () => {
    const found = kindsAndTitles('de', 'Die Festnahme erfolgte am Freitag in Mailand.', '2016-12-23');
    expect(found.map((c) => c.kind)).toContain('arrest');
  });
});
