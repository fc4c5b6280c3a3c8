/** A number before a word of the clock is an hour, never a count of the dead or injured. */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function figures(lang: string, text: string): string[] {
  return candidatesOf(lang, text, '2016-12-24').flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

describe('a number before a word of the clock counts nobody', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      "Four days after the attack on the Broad Sheath Square with 12 dead and 56 injured, the search for the most wanted man of Europe ended at around 3 o'clock in the morning on Friday in front of the railway station of Sesto San Giovanni.",
      ['12 people killed', '56 people injured'],
    ],
    [
      'nl',
      'Vier dagen na de aanslag met twaalf doden eindigde de zoektocht om ongeveer 3 uur in de nacht.',
      ['12 people killed'],
    ],
    [
      'de',
      'Vier Tage nach dem Anschlag mit zwölf Toten endete die Fahndung gegen 3 Uhr morgens.',
      ['12 people killed'],
    ],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });
});
