/**
 * Residents with no place of their own live where their paragraph is ("Honderden inwoners … werden
 * geëvacueerd" after Valkenburg): that place is where they were evacuated from, never who acted.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('residents standing for the place of their paragraph', () => {
  it.each([
    [
      'nl',
      'Het centrum van Valkenburg is vandaag overstroomd door de Geul.',
      'Honderden inwoners en toeristen werden in de nacht geëvacueerd.',
    ],
    [
      'en',
      'The centre of Valkenburg was flooded by the Geul today.',
      'Hundreds of residents were evacuated overnight.',
    ],
    [
      'de',
      'Das Zentrum von Valkenburg wurde heute von der Geul überflutet, das Wasser stand in den Straßen der Innenstadt.',
      'Hunderte Anwohner wurden in der Nacht evakuiert.',
    ],
  ])('[%s] “%s” “%s” is an evacuation from Valkenburg', async (lang, flood, evacuation) => {
    const file = await eventFileOf({
      [`${lang}.txt`]: ` date 2021-07-15 Report\n\n${flood} ${evacuation}\n`,
    });
    const [evacuated] = eventsFrom(file, evacuation).filter((e) => e.kind === 'evacuation');
    expect(evacuated?.title).toMatch(/ from Valkenburg$/);
    expect(evacuated?.actors).not.toContain('valkenburg-aan-de-geul');
  });
});
