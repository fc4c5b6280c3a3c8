/**
 * What an inquiry looks into is whoever is investigated: "an investigation into Delta" names no
 * town called Delta.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the name an inquiry looks into is an organisation, not a town', () => {
  it.each([
    ['en', 'Regulators opened an investigation into Delta on Monday after the outage.', 'Delta'],
    ['en', 'The government ordered a probe into Shell over the spill.', 'Shell'],
    ['nl', 'Het OM is een onderzoek naar Delta begonnen na de storing.', 'Delta'],
  ])('in %s, “%s” names the organisation “%s”', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    const object = findMention(mentions, name);
    expect(object?.kind).not.toBe('place');
    expect(stage.actor(object?.id ?? '')).toMatchObject({ name, kind: 'organisation' });
  });

  it('[en] a storm that moved into Delta still names the town', () => {
    const [mentions] = mentionsOf(stage, 'en', ['The storm moved into Delta on Monday night.']);
    expect(findMention(mentions, 'Delta')?.kind).toBe('place');
  });
});
