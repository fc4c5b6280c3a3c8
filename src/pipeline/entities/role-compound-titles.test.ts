import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a role compound that opens a sentence is a title, not part of the name', () => {
  it.each([
    [
      "a German 'Oppositionsführer Lewan Beridse' names Lewan Beridse",
      'de',
      'Oppositionsführer Lewan Beridse war am Dienstagmorgen in seiner Wohnung in Tiflis festgenommen worden.',
      'Lewan Beridse',
    ],
    [
      "a Dutch 'Buitenlandchef Kaja Kallas' names Kaja Kallas",
      'nl',
      "Buitenlandchef Kaja Kallas noemde het uiteenslaan van vreedzame betogers 'onaanvaardbaar'.",
      'Kaja Kallas',
    ],
    [
      "a Dutch 'Oppositieleider Levan Beridze' names Levan Beridze",
      'nl',
      'Oppositieleider Levan Beridze werd gisterochtend in zijn woning aangehouden.',
      'Levan Beridze',
    ],
    [
      "a German 'Geschäftsführerin Anna Weber' names Anna Weber",
      'de',
      'Geschäftsführerin Anna Weber kündigte am Montag den Abbau von 300 Stellen an.',
      'Anna Weber',
    ],
  ])('%s', (_name, language, sentence, name) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(found?.map((m) => m.text)).toContain(name);
  });
});
