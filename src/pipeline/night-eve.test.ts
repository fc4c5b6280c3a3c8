/**
 * A night named by both its days ("de nacht van dinsdag op woensdag"), told at an hour after
 * midnight, tells the later day: the earlier weekday is no day the report tells anything on.
 */
import { describe, expect, it } from 'vitest';
import { weekdayMentions } from './weekdays.ts';

const days = (sentence: string, language: string) =>
  weekdayMentions(sentence, language)
    .filter((m) => m.relation === 'past')
    .map((m) => m.text);

describe('the weekdays of a night named by both its days', () => {
  it.each<[string, string, string[]]>([
    [
      'nl',
      'De brand brak in de nacht van dinsdag op woensdag rond 01.00 uur Londense tijd (02.00 uur Nederlandse tijd) uit in de woontoren van 24 verdiepingen in de wijk North Kensington.',
      ['woensdag'],
    ],
    ['en', 'The fire broke out in the night from Tuesday to Wednesday at 1am.', ['Wednesday']],
    ['de', 'Das Feuer brach in der Nacht von Dienstag auf Mittwoch gegen 1 Uhr aus.', ['Mittwoch']],
    // Without an hour after midnight the night may as well be told by its evening (23:21, Tempi).
    [
      'nl',
      'In de nacht van dinsdag op woensdag reed een passagierstrein frontaal op een goederentrein.',
      ['dinsdag', 'woensdag'],
    ],
    [
      'nl',
      'In de nacht van dinsdag op woensdag rond 23.30 uur ontspoorde de trein.',
      ['dinsdag', 'woensdag'],
    ],
    ['nl', 'Dinsdag om 01.00 uur begon de staking, woensdag volgde de tweede.', ['Dinsdag', 'woensdag']],
  ])('%s: “%s” tells %j', (language, sentence, told) => {
    expect(days(sentence, language)).toEqual(told);
  });
});
