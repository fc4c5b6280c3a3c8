/**
 * What the lexicon makes of the words of a wildfire's news: a chief relieved of her post, an
 * inquiry ordered, fires fully contained, and winds of hurricane force that are no hurricane.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('the lexicon on a wildfire’s news', () => {
  it.each<[string, string, string, string, string]>([
    [
      'a Dutch chief "uit haar functie ontheven" is dismissed',
      'nl',
      'De burgemeester heeft vrijdag de brandweerchef van de stad uit haar functie ontheven.',
      'vrijdag',
      'dismissal',
    ],
    [
      'a Dutch governor who "heeft een onderzoek gelast" orders an investigation',
      'nl',
      'Gouverneur Newsom heeft gisteren een onafhankelijk onderzoek gelast naar de watervoorziening.',
      'gisteren',
      'investigation',
    ],
    [
      'a German governor who "hatte eine Untersuchung angeordnet" ordered an investigation',
      'de',
      'Der Gouverneur hatte am Freitag eine Untersuchung angeordnet, weil Hydranten ausgefallen waren.',
      'am Freitag',
      'investigation',
    ],
    [
      'fires "fully contained" are put out',
      'en',
      'The two fires were fully contained on Friday, Cal Fire said.',
      'on Friday',
      'fire-extinguished',
    ],
  ])('%s', (_name, lang, text, when, kind) => {
    expect(kindsAndTitles(lang, text, when).map((c) => c.kind)).toContain(kind);
  });

  it('fires driven by "hurricane-force winds" are no hurricane', () => {
    const found = kindsAndTitles(
      'en',
      'Wildfires driven by hurricane-force winds tore through Los Angeles on Wednesday.',
      'on Wednesday',
    );
    expect(found.map((c) => c.title)).not.toContain('Storm');
  });
});
