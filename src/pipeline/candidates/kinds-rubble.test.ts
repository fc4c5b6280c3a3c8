/**
 * After an earthquake: survivors pulled from the rubble, aid that crosses a border, rescue teams
 * sent and officials who visit, in English, Dutch and German news.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a survivor pulled from the rubble is a rescue', () => {
  it.each([
    [
      'en',
      'On Friday a 10-day-old baby and his mother were pulled alive from the rubble of a building in Samandag, in Hatay province.',
    ],
    [
      'nl',
      'In de Turkse provincie Kahramanmaras is dinsdag een 17-jarig meisje levend onder het puin vandaan gehaald.',
    ],
    [
      'de',
      'In der Provinz Hatay retteten Helfer am Donnerstag ein zweijähriges Mädchen nach 79 Stunden aus den Trümmern.',
    ],
  ])('[%s] “%s” is a rescue', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-02-15').map((c) => c.kind)).toEqual(['rescue']);
  });
});

describe('aid and visitors after the quake', () => {
  it('a UN aid convoy that crossed into Syria is aid sent, even after “since the earthquake has”', () => {
    expect(
      kindsAndTitles(
        'en',
        'The first UN aid convoy since the earthquake has crossed into rebel-held north-west Syria.',
        '2023-02-10',
      ).map((c) => c.kind),
    ).toEqual(['aid-sent']);
  });

  it('a German relief agency sending fifty helpers is a rescue team sent', () => {
    expect(
      kindsAndTitles(
        'de',
        'Das Technische Hilfswerk (THW) schickte am Dienstag ein Team von 50 Helfern in die Türkei.',
        '2023-02-09',
      ).map((c) => c.kind),
    ).toEqual(['aid-sent']);
  });

  it.each([
    [
      'de',
      'Bundesaußenministerin Annalena Baerbock und Innenministerin Nancy Faeser besuchten am Dienstag das Erdbebengebiet in Gaziantep.',
    ],
    ['nl', 'De ministers bezochten dinsdag het rampgebied rond Gaziantep.'],
  ])('[%s] “%s” is a visit', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-02-21').map((c) => c.kind)).toEqual(['visit']);
  });
});
