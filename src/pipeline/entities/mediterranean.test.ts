import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the island, the Libyan port and the assigned Italian port of a Mediterranean shipwreck are places', () => {
  it.each([
    [
      'en',
      'A boat capsized off the Italian island of Lampedusa early on Wednesday.',
      'Lampedusa',
      'lampedusa',
    ],
    ['de', 'Das Boot war vor Lampedusa gekentert.', 'Lampedusa', 'lampedusa'],
    ['nl', 'De boot was maandagavond vertrokken uit de Libische havenstad Zuwara.', 'Zuwara', 'zuwara'],
    ['en', 'The boat had left the Libyan port of Zuwarah late on Monday.', 'Zuwarah', 'zuwara'],
    ['de', 'Das Rettungsschiff legte am Sonntag in Genua an.', 'Genua', 'genoa'],
    ['en', 'Italian authorities assigned the ship the port of Genoa instead.', 'Genoa', 'genoa'],
  ])('[%s] “%s” places “%s”', (lang, sentence, text, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['place', id]);
  });
});
