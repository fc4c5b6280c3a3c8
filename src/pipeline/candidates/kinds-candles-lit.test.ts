/**
 * Candles lit for the victims are mourning, no arson: "zündeten Kerzen an" sets nothing on fire,
 * "zündeten das Auto an" does.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2016-12-22').map((c) => c.kind);

describe('candles lit are no arson', () => {
  it.each([
    [
      'de',
      'Vor den Stufen der Kirche legten Menschen Blumen nieder und zündeten Kerzen an, an mehreren Zugängen stehen nun Betonsperren.',
    ],
    ['de', 'Am Abend wurden vor der Kirche hunderte Kerzen angezündet.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kinds(lang, text)).not.toContain('arson');
  });

  it('[de] a car set alight is still arson: “Unbekannte zündeten in der Nacht ein Auto an.”', () => {
    expect(kinds('de', 'Unbekannte zündeten in der Nacht ein Auto an.')).toContain('arson');
  });
});
