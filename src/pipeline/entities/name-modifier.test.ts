/**
 * A name that only qualifies an occasion ("a Taylor Swift-themed dance class") is nobody the
 * chronology lists; a group named by it ("Maccabi-supporters") and a place named after it
 * ("Borisovskoje-begraafplaats") keep the name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const texts = (language: string, sentence: string): string[] =>
  (mentionsOf(stage, language, [sentence])[0] ?? []).map((m) => m.text);

describe('a name before a hyphen that makes it a style or an occasion', () => {
  it.each([
    [
      'en',
      'A girl died after a knife attack on a Taylor Swift-themed dance class in Southport.',
      ['Southport'],
    ],
    ['nl', 'Een meisje kwam om bij een aanval op een Taylor Swift-dansles in Southport.', ['Southport']],
    [
      'de',
      'Ein Mädchen starb bei einem Angriff auf einen Taylor-Swift-Tanzkurs in Southport.',
      ['Southport'],
    ],
  ])('[%s] “%s” names only %j', (language, sentence, expected) => {
    expect(texts(language, sentence)).toEqual(expected);
  });

  it.each([
    [
      'nl',
      'Eerder op de avond hadden Maccabi-supporters op de Dam een Palestijnse vlag in brand gestoken.',
      'Maccabi',
    ],
    ['nl', 'Daarna werd Navalny begraven op de Borisovskoje-begraafplaats.', 'Borisovskoje'],
    ['de', 'Das teilte Armeechef Waker-Uz-Zaman am Montag in einer Fernsehansprache mit.', 'Waker-Uz-Zaman'],
  ])('[%s] “%s” still names %s', (language, sentence, name) => {
    expect(texts(language, sentence)).toContain(name);
  });
});
