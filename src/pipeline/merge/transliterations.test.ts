import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';
import { unifyTransliterations } from './transliterations.ts';

function arrest(document: string, language: string, text: string, name: string, id: string, index: number) {
  const when = day('2025-11-11');
  return testCandidate(
    sentence(
      {
        text,
        times: [{ ...when, text: text.match(/Tuesday|Dienstag|dinsdag/i)?.[0] ?? '' }],
        mentions: [[name, 'actor', id]],
      },
      index,
    ),
    when,
    { document, language, actors: [id], patient: id, kind: 'arrest', title: `${name} arrested` },
  );
}

const english = arrest(
  'wire',
  'en',
  'Levan Beridze was arrested on Tuesday.',
  'Levan Beridze',
  'name:levan-beridze',
  0,
);
const german = arrest(
  'dpa',
  'de',
  'Lewan Beridse wurde am Dienstag festgenommen.',
  'Lewan Beridse',
  'name:lewan-beridse',
  1,
);

describe('one person written in each language’s transliteration', () => {
  it.each([
    [
      'the German "Lewan Beridse" is the English "Levan Beridze"',
      'name:lewan-beridse',
      'name:levan-beridze',
      'name:levan-beridze',
    ],
    [
      'the German "Salome Surabischwili" is the English "Salome Zurabishvili"',
      'name:salome-surabischwili',
      'name:salome-zurabishvili',
      'name:salome-zurabishvili',
    ],
    [
      'the German "Schalwa Papuaschwili" is the English "Shalva Papuashvili"',
      'name:schalwa-papuaschwili',
      'name:shalva-papuashvili',
      'name:shalva-papuashvili',
    ],
    [
      'the German "Irakli Kobachidse" is the English "Irakli Kobakhidze"',
      'name:irakli-kobachidse',
      'name:irakli-kobakhidze',
      'name:irakli-kobakhidze',
    ],
    [
      'the German "Tamar Tschikowani" is the English "Tamar Chikovani"',
      'name:tamar-tschikowani',
      'name:tamar-chikovani',
      'name:tamar-chikovani',
    ],
    [
      'the Dutch "Michail Kavelasjvili" is the English "Mikheil Kavelashvili", one vowel apart in the given name',
      'name:michail-kavelasjvili',
      'name:mikheil-kavelashvili',
      'name:mikheil-kavelashvili',
    ],
    [
      'the Dutch "Salome Zoerabisjvili" is the English "Salome Zourabichvili"',
      'name:salome-zoerabisjvili',
      'name:salome-zourabichvili',
      'name:salome-zourabichvili',
    ],
    [
      '"Maria Rossi" and "Mario Rossi" stay two people',
      'name:mario-rossi',
      'name:maria-rossi',
      'name:mario-rossi',
    ],
    [
      '"Jan Peters" and "Anna Peters" stay two people',
      'name:anna-peters',
      'name:jan-peters',
      'name:anna-peters',
    ],
    ['a surname alone is not unified with a full name', 'name:beridse', 'name:levan-beridze', 'name:beridse'],
  ])('%s', (_name, germanId, englishId, expected) => {
    const [, unified] = unifyTransliterations([
      { ...english, actors: [englishId], patient: englishId },
      { ...german, actors: [germanId], patient: germanId },
    ]);
    expect(unified?.actors).toEqual([expected]);
    expect(unified?.patient).toBe(expected);
  });

  it('the arrest told in English and German is one event with one actor', () => {
    const events = mergeCandidates([english, german]);
    expect(events).toHaveLength(1);
    expect(events[0]?.actors).toEqual(['name:levan-beridze']);
  });

  it('the German report is titled with the English spelling, as the person is one actor', () => {
    const [, unified] = unifyTransliterations([english, german]);
    expect(unified?.title).toBe('Levan Beridze arrested');
  });

  it('leaves candidates without unlisted names as they are', () => {
    const listed = [{ ...english, actors: ['tokayev'], patient: 'tokayev' }];
    expect(unifyTransliterations(listed)).toBe(listed);
  });
});
