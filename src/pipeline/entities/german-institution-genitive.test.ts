import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a German institution in the genitive is the listed institution', () => {
  it.each([
    [
      'Nach Angaben des Innenministeriums wurden 300 Menschen festgenommen.',
      'Innenministeriums',
      'interior-ministry',
    ],
    [
      'Eine Sprecherin des Auswärtigen Amtes sagte, die Lage sei ernst.',
      'Auswärtigen Amtes',
      'german-foreign-office',
    ],
  ])('"%s" names %s as %s', (sentence, text, id) => {
    const [list] = mentionsOf(stage, 'de', [sentence]);
    expect(list && findMention(list, text)).toMatchObject({ kind: 'actor', id });
  });
});
