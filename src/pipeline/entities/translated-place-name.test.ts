/**
 * A machine translation writes a place name as the common noun it also is: Schuld, the Ahr village,
 * becomes "the village of Guilt". The gazetteer lists "Guilt" as a variant of Schuld; a variant
 * needs a capital in the text and is no evidence opening a sentence, so the noun "guilt" stays no
 * place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const places = (sentence: string) =>
  mentionsOf(stage, 'en', [sentence])[0]
    ?.filter((m) => m.kind === 'place')
    .map((m) => `${m.text} → ${m.id}`);

describe('Schuld translated as “Guilt”', () => {
  it.each<[string, string, string[]]>([
    [
      'the village of Guilt in a machine translation is Schuld',
      'On Sunday she had been in the village of Guilt in the Ahr valley with Malu Dreyer.',
      ['Guilt → schuld', 'Ahr valley → ahr'],
    ],
    [
      'guilt as a noun is no place',
      'He admitted his guilt before the court in Koblenz.',
      ['Koblenz → koblenz'],
    ],
    ['Guilt opening a sentence is no place', 'Guilt weighed on the district chief for months.', []],
  ])('%s', (_, sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });
});
