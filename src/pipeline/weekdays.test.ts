import { describe, expect, it } from 'vitest';
import { weekdayMentions, weekdayOf } from './weekdays.ts';

describe('weekdayMentions', () => {
  it.each([
    [
      'a weekday told as past (000)',
      'Friday was relatively quiet in Almaty.',
      [{ day: 5, text: 'Friday', relation: 'past' }],
    ],
    [
      '"last Sunday" (000)',
      'since the protests started last Sunday.',
      [{ day: 0, text: 'Sunday', relation: 'past' }],
    ],
    [
      '"afgelopen zondag" in Dutch',
      'sinds de protesten afgelopen zondag begonnen',
      [{ day: 0, text: 'zondag', relation: 'past' }],
    ],
    [
      '"vergangenen Sonntag" in German',
      'seit den Protesten am vergangenen Sonntag',
      [{ day: 0, text: 'Sonntag', relation: 'past' }],
    ],
    [
      '"This Saturday" as today (002)',
      'This Saturday, it is expected that the authorities will provide further information.',
      [{ day: 6, text: 'Saturday', relation: 'today' }],
    ],
    [
      '"heute, Samstag" as today',
      'Die Behörden wollen heute, Samstag, informieren.',
      [{ day: 6, text: 'Samstag', relation: 'today' }],
    ],
    [
      '"next Monday" as future',
      'The court will rule next Monday.',
      [{ day: 1, text: 'Monday', relation: 'future' }],
    ],
  ])('finds %s', (_name, sentence, expected) => {
    expect(weekdayMentions(sentence)).toEqual(expected);
  });

  it('knows 8 January 2022 was a Saturday', () => {
    expect(weekdayOf('2022-01-08')).toBe(6);
  });
});
