import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import { daysUpTo } from './days-up-to-now.ts';
import type { Lang } from './lexicon.ts';

const DCT = '2022-01-08';

const when = (lang: Lang, sentence: string) =>
  daysUpTo(lang, sentence, extractTimexes(sentence, { lang, dct: DCT }), DCT, false);

describe('what has gone on for days up to the report', () => {
  it.each<[Lang, string]>([
    ['en', 'Violent protests have been going on in the former Soviet republic for days.'],
    [
      'en',
      'Most recently, the operations focused on the metropolis of Almaty, which has been rioting for days.',
    ],
    ['en', 'Parts of Kazakhstan have been restless for days after the price for LPG was increased.'],
    [
      'nl',
      'Rusland en andere bondgenoten van Kazachstan sturen militairen naar het land, waar al dagen hevige onlusten zijn.',
    ],
    ['nl', 'Delen van Kazachstan zijn al dagen onrustig nadat de prijs van lpg werd verhoogd.'],
    ['de', 'Die Rettungskräfte pumpen seit Tagen Wasser aus der Höhle.'],
    ['de', 'In Kasachstan gibt es seit Tagen gewaltsame Proteste.'],
  ])('[%s] “%s” took place in the days up to the report, 2 to 8 January', (lang, sentence) => {
    expect(when(lang, sentence)).toMatchObject({ start: '2022-01-02', end: DCT, precision: 'week' });
  });

  it.each<[Lang, string]>([
    [
      'en',
      'Observers had not been able to work at the crash site, where armed men had kept them away for days.',
    ],
    ['en', 'The 38 cars jumped off the rails and burned for days.'],
    ['nl', 'Het was dagenlang onrustig in de stad.'],
    ['de', 'Seine Mutter hatte tagelang um die Herausgabe gekämpft.'],
    ['de', 'Die Stadt war seit Tagen ohne Strom.'],
  ])('[%s] “%s” measures a stretch of the past that it does not place', (lang, sentence) => {
    expect(when(lang, sentence)).toBeUndefined();
  });

  it('places nothing in a report dated only to its month', () => {
    const sentence = 'Violent protests have been going on in the former Soviet republic for days.';
    expect(
      daysUpTo('en', sentence, extractTimexes(sentence, { lang: 'en', dct: DCT }), DCT, true),
    ).toBeUndefined();
  });
});
