/** Security forces counted in German or Dutch are police and soldiers, as "security forces" are. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

describe('security forces counted', () => {
  it.each([
    [
      'a German toll of "18 Sicherheitskräfte" beside 26 "armed criminals" counts 18 police and soldiers killed',
      'de',
      'Nach Angaben des Innenministeriums wurden am Freitag 26 "bewaffnete Kriminelle" getötet und 18 Sicherheitskräfte.',
      'am Freitag',
    ],
    [
      'a Dutch "18 veiligheidstroepen" killed counts 18 police and soldiers killed',
      'nl',
      'Vrijdag kwamen 18 veiligheidstroepen om het leven.',
      'Vrijdag',
    ],
  ])('%s', (_name, lang, text, phrase) => {
    const figures = candidatesOfSentence(lang, { text, times: [day('2022-01-07', phrase)] })
      .filter((c) => c.kind === 'death')
      .flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));
    expect(figures).toContain('18 police and soldiers killed');
  });
});
