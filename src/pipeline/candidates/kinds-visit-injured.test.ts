/**
 * A visitor of the injured is not injured: "Müller besuchte Verletzte im Krankenhaus" is a visit.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a visit to the injured', () => {
  it('[de] “Berlins Regierender Bürgermeister Michael Müller besuchte am Nachmittag Verletzte im Krankenhaus.” is no injury', () => {
    const found = kindsAndTitles(
      'de',
      'Berlins Regierender Bürgermeister Michael Müller besuchte am Nachmittag Verletzte im Krankenhaus.',
      '2016-12-22',
      [['Michael Müller', 'actor', 'michael-mueller']],
    ).map((c) => c.kind);
    expect(found).toContain('visit');
    expect(found).not.toContain('injury');
  });

  it('[de] “Bei dem Anschlag wurden 50 Menschen verletzt.” is still an injury', () => {
    const found = kindsAndTitles('de', 'Bei dem Anschlag wurden 50 Menschen verletzt.', '2016-12-22');
    expect(found.map((c) => c.kind)).toContain('injury');
  });
});
