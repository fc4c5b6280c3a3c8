/**
 * Lawmakers who "approved Smailov's nomination" appointed him, as "stemde in met de benoeming" and
 * "billigte die Ernennung" do; Tokayev's "the mission … had been successfully completed" says the
 * foreign troops' mission is complete, however many words stand between mission and completed.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a nomination approved and a mission completed', () => {
  it.each<[string, string, string]>([
    [
      'Al Jazeera’s “approved Smailov’s nomination”',
      'en',
      "Tuesday lawmakers approved Smailov's nomination in a unanimous vote.",
    ],
    [
      'a Dutch “stemde in met de benoeming”',
      'nl',
      'Dinsdag stemde het parlement in met de benoeming van Smailov.',
    ],
    ['a German “billigte die Ernennung”', 'de', 'Dienstag billigte das Parlament die Ernennung Smailows.'],
  ])('%s appoints', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-11').map((c) => c.kind)).toContain('appointment');
  });

  it.each<[string, string, string, string]>([
    [
      'Al Jazeera’s “the mission of the Collective Security Treaty Organization (CSTO) had been successfully completed”',
      'en',
      'Tuesday, in an address to parliament, Tokayev said the mission of the Collective Security Treaty Organization (CSTO) had been successfully completed.',
      'Tokayev',
    ],
    [
      'a Dutch “de missie van de CSTO met succes was voltooid”',
      'nl',
      'Dinsdag zei Tokajev in een toespraak tot het parlement dat de missie van de CSTO met succes was voltooid.',
      'Tokajev',
    ],
    [
      'a German “die Mission der OVKS sei erfolgreich abgeschlossen”',
      'de',
      'Dienstag sagte Tokajew in einer Rede vor dem Parlament, die Mission der OVKS sei erfolgreich abgeschlossen.',
      'Tokajew',
    ],
  ])('%s says the mission is complete', (_name, lang, text, name) => {
    const titles = kindsAndTitles(lang, text, '2022-01-11', [[name, 'actor', 'tokayev']]).map((c) => c.title);
    expect(titles).toEqual(["Tokayev says the foreign troops' mission is complete"]);
  });
});
