/**
 * A translation that writes a known given name for a listed person's ("Samuel" for Samvel, "u" for
 * the "v" between a consonant and a vowel) still names the listed person before the family name;
 * another given name ("Manuel") is someone else of the family.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a given name garbled by a "u" for a "v"', () => {
  it.each([
    [
      'en',
      'The president of the unrecognized Nagorno-Karabakh Republic Samuel Shakhramanyan signed a decree on the dissolution of all state institutions and organizations until January 1, 2024.',
      'Samuel Shakhramanyan',
    ],
    [
      'de',
      'Der Präsident der Republik, Samuel Schahramanjan, hatte das Dekret unterzeichnet.',
      'Samuel Schahramanjan',
    ],
    ['nl', 'President Samuel Sjachramanjan tekende donderdag het decreet.', 'Samuel Sjachramanjan'],
  ])('[%s] “%s” names Samvel Shahramanyan', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(findMention(mentions, name)?.id).toBe('shahramanyan');
  });

  it('another given name before the family name is someone else: “Manuel Shakhramanyan”', () => {
    const [mentions] = mentionsOf(stage, 'en', ['Manuel Shakhramanyan signed a decree.']);
    expect(findMention(mentions, 'Manuel Shakhramanyan')?.id).not.toBe('shahramanyan');
  });
});
