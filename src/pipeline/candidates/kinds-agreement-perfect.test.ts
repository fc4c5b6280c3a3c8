/** An agreement told in the perfect ("haben sich … geeinigt", "zijn het … eens geworden") is reached. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an agreement told in the perfect', () => {
  it.each([
    [
      'a German "haben sich … am Dienstag geeinigt" is an agreement',
      'de',
      'Darauf haben sich SPD und Union am Dienstag geeinigt.',
      true,
    ],
    [
      'a Dutch "zijn het dinsdag eens geworden" is an agreement',
      'nl',
      'SPD en CDU zijn het dinsdag eens geworden over een datum voor de verkiezingen.',
      true,
    ],
    [
      'a German "sich nicht einig" is none',
      'de',
      'SPD und Union sind sich über den Termin noch nicht einig.',
      false,
    ],
    ['a Dutch "het niet eens" is none', 'nl', 'De partijen zijn het niet eens over de datum.', false],
  ])('%s', (_name, lang, text, agreed) => {
    const kinds = kindsAndTitles(lang, text, '2024-11-12').map((c) => c.kind);
    expect(kinds.includes('agreement'), kinds.join(', ')).toBe(agreed);
  });
});
