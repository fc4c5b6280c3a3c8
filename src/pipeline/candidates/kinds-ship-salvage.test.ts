/**
 * How a stranded ship's story ends, in English, Dutch and German news: pulled free, shipping
 * resumed, and the attempts before that, which are no happening yet. Read through the candidate
 * stage with the lexicon in data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function found(lang: string, text: string): string[] {
  return candidatesOf(lang, text, '2021-03-29', []).map((c) => `${c.kind}: ${c.title}`);
}

describe('a ship pulled free is refloated, however the language says it', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a German ship "wieder frei" is refloated, not run aground again by the participle that describes it',
      'de',
      'Nach fast einer Woche ist das im Suezkanal auf Grund gelaufene Containerschiff "Ever Given" wieder frei.',
      ['refloating: Ship refloated'],
    ],
    [
      'a Dutch ship "losgetrokken" is refloated',
      'nl',
      'Maandag werd het containerschip Ever Given losgetrokken.',
      ['refloating: Ship refloated'],
    ],
    [
      'an English ship "freed" is refloated, not a prisoner released',
      'en',
      'The container ship was freed on Monday afternoon.',
      ['refloating: Ship refloated'],
    ],
  ])('%s', (_, lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });
});

describe('shipping that resumes is a reopening in every language', () => {
  it.each<[string, string, string[]]>([
    ['nl', 'Het scheepsverkeer door het Suezkanaal is maandagavond hervat.', ['reopening: Shipping resumes']],
    ['de', 'Der Schiffsverkehr wurde am Montagabend wieder aufgenommen.', ['reopening: Shipping resumes']],
    ['de', 'Am Montagabend nahm der Kanal den Schiffsverkehr wieder auf.', ['reopening: Shipping resumes']],
    ['en', 'Shipping through the canal resumed on Monday evening.', ['reopening: Shipping resumes']],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it('[en] talks that resumed are no shipping resumed', () => {
    expect(found('en', 'Talks between the unions and the government resumed on Monday.')).not.toContain(
      'reopening: Shipping resumes',
    );
  });
});

describe('an attempt still under way is not yet the happening it attempts', () => {
  it.each<[string, string, string]>([
    [
      'a Dutch salvager trying to pull a ship free has not refloated it',
      'nl',
      'Het bergingsbedrijf probeert het containerschip vlot te trekken dat sinds dinsdag vastzit.',
    ],
    [
      'German tugs still trying to refloat the ship have not refloated it',
      'de',
      'Seit Sonntag versuchen Schlepper vergeblich den Frachter wieder flottzumachen.',
    ],
    [
      'English tugboats still trying to pull the ship free have not refloated it',
      'en',
      'Since Sunday tugboats have been trying to pull the vessel free.',
    ],
  ])('%s', (_, lang, text) => {
    expect(found(lang, text)).not.toContain('refloating: Ship refloated');
  });

  it('[en] an attempt told in the past is a happening of its own: attackers who tried to storm a building riot', () => {
    expect(found('en', 'On Thursday attackers tried to storm police buildings.')).toEqual(['riot: Riots']);
  });
});
