import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

/** What killed the dead each sentence counts, as the death's candidate keeps it. */
const cases: [name: string, lang: string, text: string, killer: string | undefined][] = [
  [
    'an airstrike told after the quake that dates it killed the seven',
    'en',
    'Hours after the quake on Friday, the military carried out an airstrike on the town of Naungcho in northern Shan state, killing seven people, resistance groups said.',
    'attack',
  ],
  [
    'the quake that struck killed the 144',
    'en',
    'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people and injuring 732.',
    'disaster',
  ],
  [
    'the dead killed in an attack told after them were killed by it',
    'en',
    'At least 26 people were killed in an attack on tourists near Pahalgam on Tuesday.',
    'attack',
  ],
  [
    'a toll that names no happening names no killer',
    'nl',
    'Daar kwamen zeker tien mensen om het leven.',
    undefined,
  ],
];

describe('what killed the counted dead', () => {
  it.each(cases)('%s', (_name, lang, text, killer) => {
    const deaths = candidatesOfSentence(lang, {
      text,
      times: [day('2025-03-28', text.split(' ')[0])],
    }).filter((c) => c.kind === 'death');
    expect(deaths.map((c) => c.killer)).toEqual([killer]);
  });
});
