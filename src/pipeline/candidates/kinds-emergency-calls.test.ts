/** Emergency calls made before a disaster (Seoul, October 2022) in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('emergency calls', () => {
  it.each([
    [
      'nl',
      'Uit transcripties blijkt dat er die avond vanaf 18.34 uur elf noodoproepen binnenkwamen van mensen die waarschuwden dat het in de steeg gevaarlijk druk werd.',
    ],
    [
      'en',
      'Police received eleven emergency calls on Saturday evening warning that the alley was dangerously crowded.',
    ],
    ['de', 'Bei der Polizei gingen am Samstagabend elf Notrufe ein.'],
  ])('[%s] “%s” reports them', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-11-01')).toContainEqual({
      kind: 'emergency-calls',
      title: 'Emergency calls',
    });
  });

  it('a pilot\'s "Notruf" is no one\'s emergency calls', () => {
    const kinds = kindsAndTitles('de', 'Der Pilot setzte am Samstag einen Notruf ab.', '2022-11-01');
    expect(kinds.map((k) => k.kind)).not.toContain('emergency-calls');
  });
});
