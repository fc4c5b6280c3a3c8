/**
 * A happening told with what it brought about (", causing its spire to collapse", ", waardoor",
 * ", wodurch") is told as well as its consequence, though the consequence's kind outranks it.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) =>
  kindsAndTitles(lang, text, '2019-04-15')
    .map((k) => k.kind)
    .sort();

describe('a cause told before its consequence', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      "PARIS - A huge fire swept through the roof of the 850-year-old Notre-Dame cathedral in Paris on Monday, causing its spire to collapse and threatening one of France's best-known landmarks.",
      ['disaster', 'fire'],
    ],
    [
      'nl',
      'Maandagavond woedde een grote brand in de kathedraal, waardoor het dak instortte.',
      ['disaster', 'fire'],
    ],
    [
      'de',
      'Am Montagabend wütete ein Großbrand in der Kathedrale, wodurch das Dach einstürzte.',
      ['disaster', 'fire'],
    ],
    ['en', 'The spire collapsed about an hour later as flames shot out of the roof.', ['disaster']],
  ])('[%s] “%s” reports %j', (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });
});
