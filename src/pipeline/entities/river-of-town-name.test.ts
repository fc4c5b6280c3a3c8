import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const places = (language: string, sentence: string) =>
  mentionsOf(stage, language, [sentence])[0]
    ?.filter((m) => m.kind === 'place')
    .map((m) => `${m.text} → ${m.id}`);

describe('a river that shares its name with a town on it is the river after its article or noun', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the left bank of the Dnipro is the river’s',
      'en',
      'The Russian occupation authorities on the left bank of the Dnipro reported on Monday 17 dead.',
      ['Dnipro → dnieper'],
    ],
    [
      'a Dutch "de Dnipro" is the river',
      'nl',
      'Het water van de Dnipro steeg dinsdag snel.',
      ['Dnipro → dnieper'],
    ],
    [
      'a German "am Fluss Dnipro" is the river',
      'de',
      'Der Staudamm am Fluss Dnipro wurde am Dienstag zerstört.',
      ['Dnipro → dnieper'],
    ],
    [
      'a German "am Dnipro" is the river',
      'de',
      'Am Dnipro stehen Dörfer unter Wasser.',
      ['Dnipro → dnieper'],
    ],
    [
      'the city of Dnipro stays the city',
      'en',
      'Russian shelling hit the city of Dnipro on Monday.',
      ['Dnipro → dnipro'],
    ],
    ['a Dutch "in Dnipro" is the city', 'nl', 'In Dnipro vielen dinsdag raketen.', ['Dnipro → dnipro']],
    [
      'a German "die Stadt Dnipro" is the city',
      'de',
      'Die Stadt Dnipro wurde am Montag beschossen.',
      ['Dnipro → dnipro'],
    ],
  ])('%s', (_, language, sentence, expected) => {
    expect(places(language, sentence)).toEqual(expected);
  });
});
