/** A death toll said to be expected to rise is no deaths event, nor a count of the dead. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

const deaths = (lang: string, text: string) =>
  candidatesOfSentence(lang, { text }).filter((c) => c.kind === 'death');

describe('a death toll expected to rise', () => {
  it.each<[string, string, string]>([
    [
      'the English toll expected to continue to rise',
      'en',
      'The number of deaths is expected to continue to rise.',
    ],
    ['the English toll that could rise further', 'en', 'The death toll could rise further as rescuers dig.'],
    [
      'the Dutch toll that will rise "naar verwachting"',
      'nl',
      'Het dodental zal naar verwachting nog stijgen.',
    ],
    ['the German toll that "dürfte weiter steigen"', 'de', 'Die Zahl der Toten dürfte weiter steigen.'],
  ])('%s makes no deaths event', (_, lang, text) => {
    expect(deaths(lang, text)).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    [
      'the dead counted before the forecast are still counted',
      'en',
      'More than 33,000 people died in Turkey and Syria, according to official figures.',
      'More than 33,000 people killed',
    ],
    [
      'a toll that rose, then a hedge in a clause of its own, is still a count',
      'de',
      'Die Zahl der Toten stieg auf mehr als 17.000, die Suche dürfte noch Tage dauern.',
      'More than 17,000 people killed',
    ],
  ])('%s', (_, lang, text, title) => {
    expect(deaths(lang, text).map((c) => c.title)).toEqual([title]);
  });
});
