/** Which times stand in a main clause of their own after a comma, dating only that clause's happening. */
import { describe, expect, it } from 'vitest';
import { timexAt } from '../candidates/test-helpers.ts';
import type { Lang } from './lexicon.ts';
import { splicedClause } from './spliced-clause.ts';

describe('a time in a main clause spliced on after a comma', () => {
  it.each<[Lang, string, string, string | undefined]>([
    [
      'de',
      'Sechs Bauarbeiter kamen ums Leben, die Leichen von zwei Männern wurden am Mittwoch aus einem Pick-up geborgen.',
      'am Mittwoch',
      ', die Leichen von zwei Männern wurden am Mittwoch aus einem Pick-up geborgen.',
    ],
    [
      'nl',
      'Zes bouwvakkers kwamen om het leven, de lichamen van twee mannen werden woensdag geborgen.',
      'woensdag',
      ', de lichamen van twee mannen werden woensdag geborgen.',
    ],
    [
      'en',
      'Six workers died in the collapse, the bodies of two were recovered on Wednesday.',
      'on Wednesday',
      ', the bodies of two were recovered on Wednesday.',
    ],
    // Who reported it is no happening of its own: the report's day still dates the dead.
    [
      'de',
      'Sechs Bauarbeiter kamen ums Leben, die Polizei teilte am Mittwoch mit.',
      'am Mittwoch',
      undefined,
    ],
    // A phrase of place before the comma only sets the scene.
    [
      'en',
      'In Syria, the ruler Bashar al-Assad visited the city of Aleppo on Friday.',
      'on Friday',
      undefined,
    ],
    // A fronted subordinate clause: the time is the main clause's, which the sentence reports.
    ['nl', 'Toen de brug instortte, de politie was woensdag al ter plaatse.', 'woensdag', undefined],
  ])('[%s] “%s”: %s dates only %j', (lang, text, phrase, clause) => {
    const t = timexAt(text, phrase);
    const span = splicedClause(lang, text, t, [t]);
    expect(span && text.slice(span[0], span[1])).toBe(clause);
  });
});
