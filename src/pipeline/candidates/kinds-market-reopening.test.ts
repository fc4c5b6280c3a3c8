/**
 * A Christmas market that reopens after an attack on it, in English, Dutch and German: the
 * market's word guards the verb, which alone ("gaat weer open") reopens nothing.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a Christmas market reopens', () => {
  it.each([
    [
      'de',
      'Am Donnerstagvormittag öffnete der Weihnachtsmarkt an der Gedächtniskirche wieder – ohne Musik und ohne Festbeleuchtung.',
    ],
    ['de', 'Der Weihnachtsmarkt öffnet wieder.'],
    [
      'nl',
      'De kerstmarkt op de Breitscheidplatz gaat morgen, op 22 december, weer open, hebben de organisatoren bekendgemaakt.',
    ],
    ['en', 'The Christmas market at the Memory Church was since Thursday again opened.'],
    ['en', 'The Christmas market at the church reopened on Thursday.'],
  ])('[%s] “%s” is titled "Christmas market reopens"', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2016-12-22')).toContainEqual({
      kind: 'reopening',
      title: 'Christmas market reopens',
    });
  });

  it('[nl] a shop that opens again is no market: “De winkel gaat morgen, op 22 december, weer open.”', () => {
    expect(
      kindsAndTitles('nl', 'De winkel gaat morgen, op 22 december, weer open.', '2016-12-22').map(
        (c) => c.kind,
      ),
    ).not.toContain('reopening');
  });
});
