/**
 * A speaker who says what someone else did is not who did it, also where the day and the place of
 * the saying stand between the verb and what was said.
 */
import { describe, expect, it } from 'vitest';
import { saidOfOther } from './said-of-other.ts';
import { mentionIn } from './test-helpers.ts';

describe('a name that only says what another did', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'de',
      'US-Präsident Barack Obama sagte am Freitag in Washington, die Maschine sei von einer Rakete abgeschossen worden.',
      'Barack Obama',
      'abgeschossen',
      true,
    ],
    [
      'en',
      'Obama said on Friday the plane was shot down by a missile fired from rebel-held territory.',
      'Obama',
      'shot down',
      true,
    ],
    ['en', 'Quader said the curfew would take effect at midnight.', 'Quader', 'curfew', true],
    ['en', 'Tokayev said he had ordered the troops to fire without warning.', 'Tokayev', 'ordered', false],
    [
      'en',
      'Tokayev said on Friday he had ordered the troops to fire without warning.',
      'Tokayev',
      'ordered',
      false,
    ],
  ])('[%s] “%s”: %s speaks of another: %s', (_lang, text, name, trigger, expected) => {
    expect(saidOfOther(text, mentionIn(text, name, 'actor'), text.indexOf(trigger))).toBe(expected);
  });
});
