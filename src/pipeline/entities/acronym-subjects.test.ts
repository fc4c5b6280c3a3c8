import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('an acronym nobody listed that says or does something is an organisation', () => {
  it.each([
    ['en', 'Shipping agent GAC said the figure was 327.', 'GAC'],
    ['en', 'TUI cancelled all flights to the island until Friday.', 'TUI'],
    ['nl', 'ING meldde dinsdag een storing bij het mobiel bankieren.', 'ING'],
    ['nl', 'Het ANP meldde dat het schip los was.', 'ANP'],
    ['de', 'OVB teilte am Montag mit, der Verkehr sei eingestellt.', 'OVB'],
  ])('in %s, “%s” keeps “%s” as an organisation', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    const acronym = findMention(mentions, name);
    expect(acronym).toBeDefined();
    expect(stage.actor(acronym?.id ?? '')).toMatchObject({ name, kind: 'organisation' });
  });

  it.each([
    ['en', 'Two PCR tests came back negative on Monday.', 'PCR'],
    ['en', 'WE said it before: the canal must stay open.', 'WE'],
    ['en', 'The GDP fell by two percent, officials said.', 'GDP'],
  ])('in %s, “%s” names no one by “%s”', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(findMention(mentions, name)).toBeUndefined();
  });
});
