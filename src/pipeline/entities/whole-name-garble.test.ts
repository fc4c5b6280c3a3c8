/**
 * A translation that writes a whole other name after the title of a holder the document names
 * ("British Prime Minister Kiefer Sutherland … said Starmer") garbles the holder's name; a person
 * named again by the family name, or after a title qualified as past ("the late President"), is
 * someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a whole other name after the title of a holder the document names', () => {
  it('“British Prime Minister Kiefer Sutherland” beside “said Starmer” is Keir Starmer', () => {
    const [first] = mentionsOf(stage, 'en', [
      'British Prime Minister Kiefer Sutherland promised a tough response.',
      '"You will regret taking part in this violence," said Starmer on Sunday in a televised address.',
    ]);
    expect(findMention(first, 'Kiefer Sutherland')).toMatchObject({ id: 'starmer', resolution: 'context' });
  });

  it.each([
    [
      'a person the document names again by the family name',
      ['British Prime Minister John Baker met Keir Starmer.', 'Baker said the talks went well.'],
      'John Baker',
    ],
    [
      'a former holder of the title',
      [
        'Protesters toppled statues of the late President Hugo Chávez in several cities.',
        'Nicolás Maduro called the protesters fascists.',
      ],
      'Hugo Chávez',
    ],
  ])('%s stays someone else', (_, sentences, name) => {
    const mention = mentionsOf(stage, 'en', sentences)
      .flat()
      .find((m) => m.text === name);
    expect(mention?.kind).toBe('unknown');
  });
});
