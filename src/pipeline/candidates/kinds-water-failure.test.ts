/** Hydrants that ran dry are a failure of the water supply, told in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PALISADES: MentionSpec = ['Pacific Palisades', 'place', 'pacific-palisades'];

describe('hydrants running dry are a failure of the water supply', () => {
  it.each<[string, string, string]>([
    [
      'the Reuters firefighters who “said several fire hydrants ran dry”',
      'en',
      'Firefighters in Pacific Palisades said several fire hydrants ran dry on Tuesday night as demand overwhelmed the water system.',
    ],
    [
      'the NOS’s “stonden brandkranen droog”',
      'nl',
      'Dinsdag stonden in Pacific Palisades brandkranen droog toen de brandweer ze het hardst nodig had.',
    ],
    [
      'a German “Hydranten waren trocken”',
      'de',
      'Am Dienstag waren in Pacific Palisades zahlreiche Hydranten trocken, als die Feuerwehr sie brauchte.',
    ],
  ])('%s: “Hydrants run dry in Pacific Palisades”', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-01-07', [PALISADES])).toContainEqual({
      kind: 'water-failure',
      title: 'Hydrants run dry in Pacific Palisades',
    });
  });

  it.each<[string, string, string]>([
    [
      'a river that ran dry in a drought',
      'en',
      'On Tuesday the river ran dry for the first time in a century.',
    ],
    ['a Dutch summer that stays dry', 'nl', 'Dinsdag bleef het droog in het grootste deel van het land.'],
    [
      'an inquiry into why hydrants failed, in the pluperfect, reports no new failure of its day',
      'de',
      'Gouverneur Gavin Newsom hatte am Freitag eine Untersuchung angeordnet, weil in Pacific Palisades Hydranten ausgefallen waren.',
    ],
  ])('%s is none', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-01-07').map((c) => c.kind)).not.toContain('water-failure');
  });
});
