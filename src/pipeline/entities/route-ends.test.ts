/**
 * The far end of a route from a place is a place too: "from Athens to Thessaloniki" names two
 * places, not a place and a person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a route from a place ends at a place', () => {
  it.each([
    ['en', 'Trains from Athens to Thessaloniki were cancelled on Tuesday.', 'Thessaloniki', 'thessaloniki'],
    ['en', 'Traffic between Athens and Thessaloniki was halted for hours.', 'Thessaloniki', 'thessaloniki'],
    [
      'en',
      'The collision involved an intercity passenger train bound for Thessaloniki with 350 people on board.',
      'Thessaloniki',
      'thessaloniki',
    ],
  ])('in %s, “%s” puts “%s” on the map', (language, sentence, name, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(findMention(mentions, name)).toMatchObject({ kind: 'place', id });
  });

  it.each([
    ['en', 'The fire spread from Athens to Corinth on Tuesday.', 'Corinth'],
    ['nl', 'Het verkeer tussen Athene en Korinthe lag urenlang stil.', 'Korinthe'],
  ])('in %s, “%s” keeps “%s”, which no list holds, as a place and no person', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    const far = findMention(mentions, name);
    expect(far).toBeDefined();
    expect(stage.actor(far?.id ?? '')).toMatchObject({ name, kind: 'place' });
  });

  it.each([
    ['en', 'A letter from Athens to Anna Schmidt arrived on Monday.', 'Anna Schmidt'],
    ['en', 'Power passed from Biden to Harris in the summer.', 'Harris'],
  ])('in %s, “%s” leaves the person “%s” a name, not a place', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    const far = findMention(mentions, name);
    expect(far?.kind).not.toBe('place');
    expect(stage.actor(far?.id ?? '')?.kind).not.toBe('place');
  });
});
