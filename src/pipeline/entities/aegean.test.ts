import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the Greek holiday islands and the villages of a Rhodes wildfire are places', () => {
  it.each([
    [
      'en',
      'Greece evacuated thousands of tourists from the island of Rhodes on Saturday.',
      'Rhodes',
      'rhodes',
    ],
    [
      'de',
      'Wegen heftiger Waldbrände auf der griechischen Ferieninsel Rhodos flohen Tausende.',
      'Rhodos',
      'rhodes',
    ],
    ['nl', 'Corendon heeft alle vluchten naar Rhodos geannuleerd.', 'Rhodos', 'rhodes'],
    ['de', 'Auch auf Korfu mussten Menschen ihre Häuser verlassen.', 'Korfu', 'corfu'],
    ['en', 'The fire has also forced evacuations on the island of Corfu.', 'Corfu', 'corfu'],
    ['en', 'Flames swept towards the resorts of Kiotari, Gennadio and Lardos.', 'Lardos', 'lardos'],
    ['de', 'Die Menschen wurden aus Kiotari, Lardos und Pefki in Sicherheit gebracht.', 'Pefki', 'pefki'],
    ['nl', 'Marieke de Vries verbleef met haar gezin in een hotel in Lindos.', 'Lindos', 'lindos'],
    ['en', 'The fire started last Tuesday in the mountains near Laerma.', 'Laerma', 'laerma'],
  ])('[%s] “%s” places “%s”', (lang, sentence, text, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['place', id]);
  });

  // The village is also written "Gennadi", a Russian given name: only its longer name is listed.
  it('[en] a man named Gennadi is no village', () => {
    const m = findMention(
      mentionsOf(stage, 'en', ['Gennadi Zyuganov, the Communist leader, spoke in Moscow.'])[0],
      'Gennadi',
    );
    expect(m?.kind).not.toBe('place');
  });
});
