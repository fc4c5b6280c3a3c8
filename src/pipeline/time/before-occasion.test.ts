/**
 * A date given to an occasion something came before ("vor den Landtagswahlen am 27. März") is no
 * day the text reports as past: a report of 15 March 2011 can tell it.
 */
import { describe, expect, it } from 'vitest';
import { dateOfLaterOccasion } from './before-occasion.ts';
import { daysReported } from '../date-mentions.ts';

const TRITTIN =
  'Grünen-Fraktionschef Jürgen Trittin warf Merkel vor, den Wählern vor den Landtagswahlen am 27. März in Baden-Württemberg und Rheinland-Pfalz Sand in die Augen streuen zu wollen.';

describe('the date of an occasion something came before', () => {
  it.each<[string, string, string, boolean]>([
    ['the German state elections Trittin spoke before', TRITTIN, '27. März', true],
    [
      'elections before which a vote was held',
      'The vote came just before the state elections on 27 March.',
      '27 March',
      true,
    ],
    [
      'Dutch elections before which the cabinet fell',
      'Het kabinet viel vlak voor de verkiezingen op 27 maart.',
      '27 maart',
      true,
    ],
    ['a day something happened on', 'Die Wahl fand am 27. März statt.', '27. März', false],
    ['a day told in the pluperfect', 'Am 27. März hatte die CDU die Wahl verloren.', '27. März', false],
  ])('%s: %s', (_, text, date, expected) => {
    expect(dateOfLaterOccasion(text, text.indexOf(date))).toBe(expected);
  });

  it('the undated Spiegel report of 15 March reports no day after it as past', () => {
    const days = daysReported({
      sentences: [{ id: 'p1.s1', paragraph: 'p1', index: 0, text: TRITTIN, start: 0, end: TRITTIN.length }],
      language: 'de',
    });
    expect(days.withoutYear).toBeUndefined();
  });
});
