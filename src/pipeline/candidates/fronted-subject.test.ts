/**
 * Whether the name after a fronted Dutch or German verb is the verb's subject: the words between
 * may be an article, adjectives and the holder's title, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { frontedSubject } from './fronted-subject.ts';

describe('the words between a fronted verb and a name', () => {
  it.each<[string, string, boolean]>([
    ['a name right after the verb is its subject', 'sprach ', true],
    ['a German title before the name leaves it the subject', 'sagte Bundeskanzler ', true],
    ['a German compound title leaves it the subject', 'sagte Energieminister ', true],
    ['a Dutch title before the name leaves it the subject', 'kondigde minister ', true],
    ['a Dutch compound title leaves it the subject', 'zei vicepremier ', true],
    ['a German head of operations leaves it the subject', 'sagte Betriebsleiter ', true],
    ['a Dutch director leaves it the subject', 'zei directeur ', true],
    ['a Dutch chairman after an article leaves it the subject', 'zei de voorzitter ', true],
    ['a German chairwoman after an article leaves it the subject', 'sagte die Vorsitzende ', true],
    ['a hyphenated rank leaves it the subject', 'zei kolonel-majoor ', true],
    ['a Dutch article, adjective and title leave it the subject', 'zei de Amerikaanse president ', true],
    [
      'a German article, adjective and title leave it the subject',
      'warnte der französische Präsident ',
      true,
    ],
    [
      'two adjectives before a compound title leave it the subject',
      'sagte der neue stellvertretende Regierungssprecher ',
      true,
    ],
    ['an article and a title leave it the subject', 'sagte der Sprecher ', true],
    ['a preposition makes the name an object', 'zei tegen ', false],
    ['a German preposition makes the name an object', 'sagte zu ', false],
    ['a newspaper after the article makes the name an object', 'sagte der Zeitung ', false],
    ['an adjective without an article is no title’s', 'zei tegen minister ', false],
    [
      'an adjective before a noun that is no title makes the name an object',
      'sagte der deutschen Presse-Agentur ',
      false,
    ],
    ['a name starting inside the verb is none', '', false],
  ])('%s: “%s”', (_, between, subject) => {
    expect(frontedSubject(between)).toBe(subject);
  });
});
