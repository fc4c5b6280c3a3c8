/**
 * An undated report that shares its story with a dated one, read on that report's day, tells a
 * weekday in the pluperfect after those it tells in the simple past: it was written in the days
 * after, and gets the first of them its weekdays fit, not only the month.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';

function prepare(id: string, text: string, lang: string): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

const saturday = prepare(
  'saturday',
  'Wagner-Chef Prigoschin bricht Marsch auf Moskau ab\n\nStand: 24.06.2023 22:47 Uhr\n\nDie Söldnergruppe Wagner hat ihren Vormarsch auf Moskau gestoppt. Wagner-Chef Jewgeni Prigoschin erklärte am Abend, seine Kolonnen würden umkehren. Zuvor hatte Alexander Lukaschenko mit Prigoschin verhandelt. Bürgermeister Sergej Sobjanin erklärte den Montag zum arbeitsfreien Tag.',
  'de',
);

describe('an undated report read too early by its pluperfect', () => {
  it.each<[string, string, string, string]>([
    [
      'German: Shoigu shown "am Montag", the turn-back told "am Samstag" in the pluperfect',
      'de',
      'Prigoschin meldet sich zu Wort\n\nVerteidigungsminister Sergej Schoigu zeigte sich am Montag erstmals seit dem Aufstand wieder öffentlich. Moskaus Bürgermeister Sergej Sobjanin hob das Anti-Terror-Regime am Montag auf. Am Samstag hatte Prigoschin seine Kämpfer nach einer Vermittlung durch Lukaschenko umkehren lassen.',
      '2023-06-26',
    ],
    [
      'English: Shoigu seen "on Monday", the turn-back told "on Saturday" in the pluperfect',
      'en',
      'Prigozhin breaks his silence\n\nDefence Minister Sergei Shoigu appeared in a video on Monday. Mayor Sergei Sobyanin lifted the counter-terrorism regime in Moscow on Monday. On Saturday Prigozhin had ordered his fighters to turn back after talks with Alexander Lukashenko.',
      '2023-06-26',
    ],
  ])('%s is dated on the first day after its sister that fits', (_name, lang, text, day) => {
    const published = resolvePublished([prepare('undated', text, lang), saturday])[0]?.published;
    expect(published).toMatchObject({ date: day, precision: 'day', inferred: true });
    expect(published?.reason).toMatch(
      /follows saturday \(2023-06-24\).* is the first day after it that fits/,
    );
  });
});
