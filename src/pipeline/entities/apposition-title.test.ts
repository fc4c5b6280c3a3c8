/**
 * A translation that garbles a family name and names the title right after it, in apposition
 * ("Ashraf Gandhi, the president of the Islamic Republic of Afghanistan"), names the holder: his
 * given name, the first letter of his family name, his title and its country.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a garbled name with its title in apposition', () => {
  it('“Ashraf Gandhi, the president of the Islamic Republic of Afghanistan” is Ashraf Ghani', () => {
    const [first] = mentionsOf(stage, 'en', [
      'Ashraf Gandhi, the president of the Islamic Republic of Afghanistan, left the country on Sunday afternoon.',
    ]);
    expect(findMention(first, 'Ashraf Gandhi')).toMatchObject({ id: 'ghani', resolution: 'context' });
  });

  it.each([
    [
      'another given name',
      'Rahul Gandhi, the president of the Islamic Republic of Afghanistan, left on Sunday.',
      'Rahul Gandhi',
    ],
    [
      'no country after the title',
      'Ashraf Gandhi, the president, left the country on Sunday.',
      'Ashraf Gandhi',
    ],
  ])('with %s, the name stays someone else', (_what, sentence, name) => {
    const mention = mentionsOf(stage, 'en', [sentence])
      .flat()
      .find((m) => m.text === name);
    expect(mention?.id).not.toBe('ghani');
  });
});
