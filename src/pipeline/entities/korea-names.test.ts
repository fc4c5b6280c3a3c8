/** The Koreas' adjectives in en, nl and de, and Yonhap as a news agency, not a person who acts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the adjective of South or North Korea is never a name of its own', () => {
  it.each([
    ['nl', 'De Zuid-Koreaanse president Yoon Suk Yeol heeft de staat van beleg weer ingetrokken.'],
    ['nl', 'De poging om de Zuid-Koreaanse president Yoon Suk Yeol af te zetten is zaterdag mislukt.'],
    ['nl', 'Hij beschuldigde de oppositie van sympathie voor het Noord-Koreaanse regime.'],
  ])('[%s] “%s” names no one called “Koreaanse”', (language, sentence) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(found?.filter((m) => m.kind === 'unknown').map((m) => m.text)).not.toContainEqual(
      expect.stringContaining('Koreaanse'),
    );
  });

  it('[nl] “het Noord-Koreaanse regime” is North Korea', () => {
    const [found] = mentionsOf(stage, 'nl', [
      'Hij beschuldigde de oppositie van sympathie voor het Noord-Koreaanse regime.',
    ]);
    expect(findMention(found, 'Noord-Koreaanse')).toMatchObject({ id: 'north-korea' });
  });
});

describe('Yonhap', () => {
  it('is the news agency that reported an arrest', () => {
    const [found] = mentionsOf(stage, 'de', [
      'Am Sonntag wurde er festgenommen, wie die Nachrichtenagentur Yonhap meldete.',
    ]);
    expect(findMention(found, 'Yonhap')).toMatchObject({ kind: 'actor', id: 'yonhap' });
    expect(stage.actor('yonhap')).toMatchObject({ kind: 'media' });
  });
});
