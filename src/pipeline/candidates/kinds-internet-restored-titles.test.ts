/**
 * The internet "partially restored" one day and "fully restored" on another are two steps of its
 * return: the titles say which, so that a reader does not see "Internet restored" twice.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('how far the internet was restored', () => {
  it.each<[string, string, string, string]>([
    [
      'the BBC’s “internet access was partially restored” is a partial return',
      'en',
      'Sunday shops were reopening and internet access was partially restored.',
      'Internet partially restored',
    ],
    [
      'Reuters’ “was fully restored on Tuesday” is the full return',
      'en',
      'Tuesday internet access, cut on Jan. 5, was fully restored, according to the national operator Kazakhtelecom.',
      'Internet fully restored',
    ],
    [
      'a Dutch “gedeeltelijk hersteld” is a partial return',
      'nl',
      'Zondag werd de internetverbinding in het land gedeeltelijk hersteld.',
      'Internet partially restored',
    ],
    [
      'a Dutch “volledig hersteld” is the full return',
      'nl',
      'Dinsdag was het internet in het hele land weer volledig hersteld.',
      'Internet fully restored',
    ],
    [
      'a German “teilweise wiederhergestellt” is a partial return',
      'de',
      'Sonntag wurde der Internetzugang teilweise wiederhergestellt.',
      'Internet partially restored',
    ],
    [
      'a German “vollständig wiederhergestellt” is the full return',
      'de',
      'Dienstag war der Internetzugang landesweit wieder vollständig wiederhergestellt.',
      'Internet fully restored',
    ],
    [
      'a return told without either is the internet restored',
      'en',
      'Tuesday internet access was restored across the country.',
      'Internet restored',
    ],
  ])('%s', (_name, lang, text, title) => {
    const restored = kindsAndTitles(lang, text, '2022-01-11').filter((c) => c.kind === 'internet-restored');
    expect(restored.map((c) => c.title)).toEqual([title]);
  });
});
