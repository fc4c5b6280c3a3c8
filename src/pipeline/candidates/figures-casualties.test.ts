/**
 * A number before a word for the injured, the dead or the evacuated counts people ("zwei Verletzte",
 * "two injured", "19.000 Evakuierten"), so that an earlier count a report sets aside ("Zunächst war
 * von zwei Verletzten die Rede") is a figure the merge can hold against the later one.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function figures(lang: string, text: string) {
  return candidatesOf(lang, text, '2023-07-24').flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

describe('a number before the injured, the dead or the evacuated counts people', () => {
  it.each([
    ['de', 'Montag: Zunächst war von zwei Verletzten die Rede gewesen.', ['2 people injured']],
    ['en', 'Monday, the fire brigade had initially reported two injured.', ['2 people injured']],
    ['nl', 'Maandag: Aanvankelijk werd gesproken van twee gewonden.', ['2 people injured']],
    [
      'de',
      'Montag gab es bei dem Anschlag drei Tote und 20 Verletzte.',
      ['3 people killed', '20 people injured'],
    ],
    ['en', 'Monday, the blast left 12 dead and 40 wounded.', ['12 people killed', '40 people injured']],
    ['de', 'Montag: Zunächst war von 10.000 Evakuierten die Rede gewesen.', ['10000 people']],
    ['en', 'Monday, according to the police, the number of dead has risen to 51.', ['51 people killed']],
    ['en', 'Monday the number of deaths rose to 219.', ['219 people killed']],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });
});
