/**
 * Who acts in a sentence, as the candidate roles pick it: a medium that carries the news ("state
 * television", "Radio Liberty", "NOS-televisie") is neither the speaker nor the one something befalls.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a medium is no speaker', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Wednesday a man appeared on national television and said the talks had failed.',
      'Statement issued',
      [],
    ],
    ['en', 'Wednesday state television said the army had seized the airport.', 'Statement issued', []],
    [
      'en',
      'Wednesday Radio Liberty reported that the minister resigned.',
      'Resignation',
      [['Radio Liberty', 'unknown']],
    ],
    [
      'nl',
      'Woensdag meldde de NOS-televisie dat de minister is afgetreden.',
      'Resignation',
      [['NOS-televisie', 'unknown']],
    ],
    [
      'de',
      'Am Mittwoch berichtete der Rundfunk Berlin-Brandenburg, der Minister sei zurückgetreten.',
      'Resignation',
      [['Rundfunk Berlin-Brandenburg', 'unknown']],
    ],
  ])('[%s] “%s” is titled “%s”, naming no medium', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-07-26', mentions).map((c) => c.title)).toEqual([title]);
  });
});
