/**
 * A holy day or a festival dates what happens on it: "the Yom Kippur service", "an einem Feiertag
 * wie Jom Kippur" name no one who acts, in English, Dutch and German.
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

describe('a holy day of several words is no name', () => {
  it.each([
    [
      'en',
      'Between 70 and 80 people were inside for the Yom Kippur service, he told reporters, and they barricaded themselves in.',
      [],
    ],
    [
      'de',
      'Schon am Mittwoch hatte der Präsident des Zentralrats der Juden, Josef Schuster, es als "skandalös" bezeichnet, dass die Synagoge an einem Feiertag wie Jom Kippur nicht bewacht worden sei.',
      ['Zentralrats der Juden', 'Josef Schuster'],
    ],
    ['nl', 'De synagoge in Halle was tijdens Jom Kipoer niet bewaakt door de politie.', ['Halle']],
    [
      'en',
      'Khartoum - The Sudanese army announced on Friday its agreement to a truce of 72 hours on the occasion of Eid al-Fitr, to allow the citizens to celebrate the Eid and to open humanitarian corridors.',
      ['Khartoum', 'Sudanese army'],
    ],
  ])('[%s] “%s” names only %j', (language, sentence, expected) => {
    expect(texts(language, sentence)).toEqual(expected);
  });
});
