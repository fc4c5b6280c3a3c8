/** "im Osten Spaniens": a compass noun before a German genitive name is the region, no name of its own. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a German compass noun before a country', () => {
  it.each([
    [
      '“im Osten Spaniens” names no actor “Osten Spaniens”',
      'Nach den verheerenden Unwettern im Osten Spaniens ist die Zahl der Toten auf 158 gestiegen.',
      'Osten',
    ],
    [
      '“im Norden Italiens” names no actor “Norden Italiens”',
      'Im Norden Italiens sind nach heftigen Regenfällen drei Menschen gestorben.',
      'Norden',
    ],
  ])('%s', (_, text, word) => {
    const [list] = mentionsOf(stage, 'de', [text]);
    expect((list ?? []).filter((m) => m.text.includes(word)).map((m) => m.text)).toEqual([]);
  });

  it('the town of Norden on its own is still a name', () => {
    const [list] = mentionsOf(stage, 'de', ['In Norden wurde am Montag ein Deich beschädigt.']);
    expect((list ?? []).map((m) => m.text)).toContain('Norden');
  });

  it('the Middle East keeps its name', () => {
    const [list] = mentionsOf(stage, 'de', ['Der Konflikt im Nahen Osten hat sich am Montag verschärft.']);
    expect((list ?? []).map((m) => m.text)).toContain('Nahen Osten');
  });
});
