/**
 * An outbreak told in English, Dutch and German: infections confirmed, a health emergency declared.
 * An outbreak is no prison break and suspected cases are no investigation.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-08-16').map((c) => c.kind);

describe('an outbreak', () => {
  it.each([
    ['en', 'On Thursday Sweden confirmed the first case of the new strain outside Africa.', 'infection'],
    ['en', 'Congo has reported more than 15,600 cases of mpox this year.', 'infection'],
    ['nl', 'Gisteren werd in Zweden de eerste besmetting met de nieuwe variant vastgesteld.', 'infection'],
    [
      'de',
      'In Schweden ist erstmals eine Infektion mit der neuen Mpox-Variante nachgewiesen worden.',
      'infection',
    ],
    [
      'en',
      'The World Health Organization on Wednesday declared mpox a public health emergency.',
      'emergency',
    ],
    ['nl', 'De Wereldgezondheidsorganisatie heeft woensdag de hoogste alarmfase afgekondigd.', 'emergency'],
    ['de', 'Die WHO hatte am Mittwoch die höchste Alarmstufe ausgerufen.', 'emergency'],
  ])('[%s] “%s” is an %s', (lang, text, kind) => {
    expect(kinds(lang, text)).toEqual([kind]);
  });

  it.each([
    ['nl', 'De WHO is bezorgd over de uitbraak van mpox in Afrika.', 'escape'],
    ['de', 'In Kongo wurden mehr als 15.600 Verdachtsfälle und 537 Todesfälle gemeldet.', 'investigation'],
    ['en', 'Hackers infected thousands of computers with ransomware on Monday.', 'infection'],
  ])('[%s] “%s” is no %s', (lang, text, kind) => {
    expect(kinds(lang, text)).not.toContain(kind);
  });

  it('a count of cases titles the event', () => {
    expect(
      kindsAndTitles('en', 'Congo has reported more than 15,600 cases of mpox this year.', '2024-08-16'),
    ).toEqual([{ kind: 'infection', title: 'More than 15,600 cases confirmed' }]);
  });
});
