import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the noun of an account after “nach” or “laut” opens no name', () => {
  it.each<[string, string, string[]]>([
    [
      'Spiegel’s “Nach Angaben Wijewardenes” is Wijewardene’s account, no person “Angaben Wijewardenes”',
      'Nach Angaben Wijewardenes waren an den Anschlägen neun Selbstmordattentäter beteiligt, darunter eine Frau.',
      ['ruwan-wijewardene'],
    ],
    [
      'a “laut Angaben” inside the sentence names the listed person in the genitive',
      'Die Zahl der Toten stieg laut Angaben Merkels auf neun.',
      ['angela-merkel'],
    ],
    [
      'a “Nach Aussagen” of an unlisted person keeps no account noun in the name',
      'Nach Aussagen Schneiders war die Tür verschlossen.',
      [],
    ],
  ])('%s', (_name, sentence, ids) => {
    const [list] = mentionsOf(stage, 'de', [sentence]);
    expect((list ?? []).filter((m) => m.text.startsWith('A')).map((m) => m.text)).toEqual([]);
    expect((list ?? []).filter((m) => m.kind === 'actor').map((m) => m.id)).toEqual(ids);
  });
});
