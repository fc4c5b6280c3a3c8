/**
 * The portfolio after a Dutch minister's title and "van" is no front of the name after it, also
 * where the dictionary does not list the compound ("Burgerluchtvaart"); after his name it is no
 * end of it ("minister Soylu van Binnenlandse Zaken").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (text: string): string[] => (mentionsOf(stage, 'nl', [text])[0] ?? []).map((m) => m.text);

describe('a Dutch minister’s portfolio before the name', () => {
  it.each([
    [
      'Minister van Burgerluchtvaart Murlidhar Mohol riep op geen voorbarige conclusies te trekken.',
      'Murlidhar Mohol',
    ],
    [
      'De minister van Binnenlandse Zaken Judith Uitermark sprak dinsdag met de burgemeesters.',
      'Judith Uitermark',
    ],
    ['Minister van Volkshuisvesting Mona Keijzer zei woensdag dat er meer huizen komen.', 'Mona Keijzer'],
  ])('“%s” names %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a Dutch portfolio after a minister’s name', () => {
  it.each([
    ['Volgens minister Soylu van Binnenlandse Zaken kwamen zeker zes mensen om het leven.', 'Soylu'],
    ['Minister Yeşilgöz van Justitie zei dinsdag dat de politie ingrijpt.', 'Yeşilgöz'],
    ['Minister Piet van Dijk zei dinsdag dat de politie ingrijpt.', 'Piet van Dijk'],
  ])('"%s" names %s', (text, name) => {
    const [list] = mentionsOf(stage, 'nl', [text]);
    expect((list ?? []).map((m) => m.text)).toEqual([name]);
  });
});
