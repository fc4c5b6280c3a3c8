/**
 * People listed together, each with a title, befallen by one happening: the title names them all,
 * in the order written; a name after the list's end or a clause of its own is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const person = (name: string): MentionSpec => [name, 'unknown'];

describe('people listed together are befallen together', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'two ministers with their titles between them resign together',
      'de',
      'Am Freitag traten Bildungsministerin Patricia Correa und Kulturminister Jair Pérez zurück.',
      'Patricia Correa and Jair Pérez resign',
      [person('Patricia Correa'), person('Jair Pérez')],
    ],
    [
      'the one nearest the verb is named after the one written first',
      'de',
      'Justizminister Marco Buschmann und Bildungsministerin Bettina Stark-Watzinger reichten am Donnerstag ihren Rücktritt ein.',
      'Marco Buschmann and Bettina Stark-Watzinger resign',
      [person('Marco Buschmann'), person('Bettina Stark-Watzinger')],
    ],
    [
      'a Dutch list with a lowercase title compound',
      'nl',
      'Vrijdag traden onderwijsminister Patricia Correa en cultuurminister Jair Pérez af.',
      'Patricia Correa and Jair Pérez resign',
      [person('Patricia Correa'), person('Jair Pérez')],
    ],
    [
      'an English list with a two-word title',
      'en',
      'On Friday Education Minister Patricia Correa and culture minister Jair Pérez resigned.',
      'Patricia Correa and Jair Pérez resign',
      [person('Patricia Correa'), person('Jair Pérez')],
    ],
    [
      'a relative clause after a comma is no list, though a title follows its pronoun',
      'de',
      'Parteichef Christian Lindner, den Bundeskanzler Olaf Scholz am 6. November entlassen hatte, erklärte, er habe das Papier nicht gekannt.',
      'Christian Lindner dismissed',
      [person('Christian Lindner'), person('Olaf Scholz')],
    ],
    [
      'one who resigned and another who stayed are no list',
      'en',
      'On Friday Patricia Correa resigned, while Jair Pérez stayed in office.',
      'Patricia Correa resigns',
      [person('Patricia Correa'), person('Jair Pérez')],
    ],
  ])('%s: “%s”', (_, lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2022-12-16', mentions).map((c) => c.title)).toContain(title);
  });
});
