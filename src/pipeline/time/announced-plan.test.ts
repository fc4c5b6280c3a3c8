import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('the day of a plan a past verb announces in an infinitive is the one nearest publication', () => {
  it.each([
    [
      'a resignation announced on Saturday for Wednesday is on the Wednesday ahead of a Monday report',
      'de',
      '2022-01-10',
      'Buschmann kündigte am Samstag an, am Mittwoch zurückzutreten.',
      'Mittwoch',
      '2022-01-12',
    ],
    [
      'the announcement itself keeps its Saturday past',
      'de',
      '2022-01-10',
      'Buschmann kündigte am Samstag an, am Mittwoch zurückzutreten.',
      'Samstag',
      '2022-01-08',
    ],
    [
      'a report of Thursday tells of the Wednesday just gone',
      'de',
      '2022-01-13',
      'Rajapaksa hatte angekündigt, am Mittwoch zurückzutreten.',
      'Mittwoch',
      '2022-01-12',
    ],
    [
      'a trip promised with “zu reisen” lies ahead',
      'de',
      '2022-01-10',
      'Scholz versprach am Sonntag, am Donnerstag nach Kiew zu reisen.',
      'Donnerstag',
      '2022-01-13',
    ],
    [
      'a Dutch “af te treden” after “kondigde aan” lies ahead',
      'nl',
      '2022-01-10',
      'Rutte kondigde zaterdag aan woensdag af te treden.',
      'woensdag',
      '2022-01-12',
    ],
    [
      'a report announced for Wednesday, its infinitive after a long object, lies ahead of a Monday report',
      'de',
      '2010-07-26',
      'Innenminister Ralf Jäger (SPD) kündigte an, am Mittwoch im Innenausschuss des Landtags einen ersten Bericht vorzulegen.',
      'Mittwoch',
      '2010-07-28',
    ],
    [
      'a day without a plan after it keeps the news rule',
      'de',
      '2022-01-10',
      'Er kündigte am Mittwoch seinen Rücktritt an.',
      'Mittwoch',
      '2022-01-05',
    ],
  ])('%s: [%s, %s] “%s”', (_, lang, dct, sentence, text, day) => {
    const found = extractTimexes(sentence, { lang, dct });
    expect(found.find((t) => t.text === text)?.value).toBe(day);
  });
});
