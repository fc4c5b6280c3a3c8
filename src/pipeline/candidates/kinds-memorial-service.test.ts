/**
 * A memorial service honours the dead after the disaster, often a week on and with the country's
 * leaders: it is no funeral of whoever attends it, nor a vigil.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a memorial service is told as one', () => {
  it.each<[string, string, string, string]>([
    [
      'an English service on a date, the mayor who stayed away named beside it',
      'en',
      'He did not attend the memorial service on July 31 in the Salvatorkirche, after families of the victims made clear they did not want him there.',
      '2010-08-24',
    ],
    [
      'a Dutch "herdenkingsdienst" on the Saturday ahead',
      'nl',
      'Zaterdag wordt in de Salvatorkirche in Duisburg een herdenkingsdienst gehouden.',
      '2010-07-28',
    ],
    [
      'a German "Gedenkgottesdienst" in the cathedral',
      'de',
      'Am Sonntag fand im Kölner Dom ein Gedenkgottesdienst für die Opfer statt.',
      '2010-07-26',
    ],
  ])('%s', (_name, lang, text, dct) => {
    const kinds = kindsAndTitles(lang, text, dct, []).map((c) => c.kind);
    expect(kinds).toContain('memorial-service');
    expect(kinds).not.toContain('funeral');
  });
});
