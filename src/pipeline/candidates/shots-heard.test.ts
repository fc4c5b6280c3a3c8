/**
 * A shooting is titled as heard only where the shots themselves are what was heard, not where a
 * speaker heard them in a clause of its own or heard someone shoot.
 */
import { describe, expect, it } from 'vitest';
import { shotsHeard } from './shots-heard.ts';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('whether the shots a sentence names are what was heard', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'gunfire heard, in the passive',
      'en',
      'Sporadic gunfire was heard in Almaty on Friday morning.',
      'gunfire',
      true,
    ],
    ['shots that could be heard', 'en', 'Shots could be heard across the city overnight.', 'Shots', true],
    [
      'residents who heard gunfire',
      'en',
      'Residents said they heard bursts of automatic gunfire near the airport.',
      'gunfire',
      true,
    ],
    [
      'German shots "zu hören"',
      'de',
      'In Almaty waren am Freitagmorgen erneut Schüsse zu hören.',
      'Schüsse',
      true,
    ],
    ['Germans who "hörten" shots', 'de', 'Am Freitag hörten Anwohner in Almaty Schüsse.', 'Schüsse', true],
    ['Dutch shots "te horen"', 'nl', 'Vrijdag waren er in Almaty schoten te horen.', 'schoten', true],
    ['the Dutch who "hoorden" shots', 'nl', 'Vrijdag hoorden bewoners in Almaty schoten.', 'schoten', true],
    [
      'the residents’ hearing in a relative clause',
      'en',
      'Police fired on protesters in Almaty, residents who heard the shots said.',
      'shots',
      false,
    ],
    [
      'police heard opening fire',
      'en',
      'Witnesses said they heard police opening fire on the crowd.',
      'opening fire',
      false,
    ],
    [
      'a Dutch relative clause of hearing',
      'nl',
      'De politie opende het vuur, zeiden bewoners die de schoten hoorden.',
      'schoten',
      false,
    ],
    [
      'a German relative clause of hearing',
      'de',
      'Die Polizei habe geschossen, sagten Anwohner, die die Schüsse hörten.',
      'Schüsse',
      false,
    ],
    [
      'a court that heard a case',
      'en',
      'Gunfire erupted outside as the court heard the case.',
      'Gunfire',
      false,
    ],
    ['a case that was heard', 'en', 'Gunfire erupted outside while the case was heard.', 'Gunfire', false],
    [
      'gunfire as well as explosions heard',
      'en',
      'Gunfire as well as explosions could be heard across the city.',
      'Gunfire',
      true,
    ],
    [
      'gunfire and explosions that were heard',
      'en',
      'Gunfire and explosions were also heard near the airport.',
      'Gunfire',
      true,
    ],
    [
      'German shots and explosions "zu hören" far into the city',
      'de',
      'Schüsse und Explosionen waren in der Nacht bis in die Innenstadt zu hören.',
      'Schüsse',
      true,
    ],
    ['German shots that stopped', 'de', 'Am Abend hörten die Schüsse in Almaty auf.', 'Schüsse', false],
    [
      'a shooting no one is said to hear',
      'en',
      'Gunmen opened fire on Friday morning in Almaty.',
      'opened fire',
      false,
    ],
  ])('%s', (_, lang, text, trigger, heard) => {
    expect(shotsHeard(text, lang, text.indexOf(trigger))).toBe(heard);
  });
});

describe('the title of a shooting someone heard in passing', () => {
  const ALMATY: MentionSpec = ['Almaty', 'place', 'almaty'];
  it.each<[string, string, string]>([
    [
      'en',
      'Friday police fired on protesters in Almaty, residents who heard the shots said.',
      'Shootings in Almaty',
    ],
    [
      'en',
      'Friday police opened fire on protesters in Almaty, residents who heard the shots said.',
      'Shootings in Almaty',
    ],
    ['de', 'Am Freitag hörten Anwohner in Almaty Schüsse.', 'Gunfire heard in Almaty'],
    ['nl', 'Vrijdag hoorden bewoners in Almaty schoten.', 'Gunfire heard in Almaty'],
  ])('[%s] “%s” is titled %j', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-07', [ALMATY]).find((c) => c.kind === 'shooting')?.title).toBe(
      title,
    );
  });
});
