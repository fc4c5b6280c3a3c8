/**
 * A compromise reached ("bereikte … een compromis", "reached a compromise", "Kompromiss erzielt")
 * is an agreement.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a compromise reached', () => {
  it.each<[string, string, string]>([
    [
      'the Dutch cabinet’s compromise is an agreement',
      'nl',
      'Afgelopen woensdag bereikte het kabinet na dagen overleg een compromis: Nederland neemt honderd mensen uit Moria op, onder wie vijftig alleenstaande minderjarigen en vijftig mensen in gezinsverband.',
    ],
    ['the English one too', 'en', 'On Wednesday the cabinet reached a compromise after days of talks.'],
    [
      'the German one too',
      'de',
      'Am Mittwoch erzielte das Kabinett nach tagelangen Gesprächen einen Kompromiss.',
    ],
    [
      'a German compromise told in the passive too',
      'de',
      'Nach tagelangen Gesprächen wurde am Mittwoch ein Kompromiss erzielt.',
    ],
  ])('%s', (_, lang, text) => {
    expect(kindsAndTitles(lang, text, '2020-09-19')).toContainEqual({
      kind: 'agreement',
      title: 'Agreement reached',
    });
  });
});
