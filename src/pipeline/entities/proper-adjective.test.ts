/**
 * A capitalised dictionary word between "a" and a lowercase noun ("a Muslim asylum seeker") is an
 * adjective, not an actor; the same word standing alone after a title still names someone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const texts = (sentence: string): string[] =>
  (mentionsOf(stage, 'en', [sentence])[0] ?? []).map((m) => m.text);

describe('a proper adjective before a noun', () => {
  it.each([
    'False claims spread on social media that he was a Muslim asylum seeker.',
    'Rioters attacked a Hindu temple in Leicester.',
    'An Anglican vicar led the vigil.',
  ])('“%s” names no one by the adjective', (sentence) => {
    expect(texts(sentence).filter((t) => /Muslim|Hindu|Anglican/.test(t))).toEqual([]);
  });
});

const dutchTexts = (sentence: string): string[] =>
  (mentionsOf(stage, 'nl', [sentence])[0] ?? []).map((m) => m.text);

describe('a capitalised Dutch adjective of a people or place before a noun', () => {
  it.each([
    [
      'In de Koerdische steden Saqqez, Sanandaj en Mahabad bleven winkels zaterdag dicht uit protest.',
      'Koerdische',
    ],
    ['Iraanse betogers gingen zaterdag opnieuw de straat op.', 'Iraanse'],
    ['De Baskische regering meldde zondag nieuwe aanvallen.', 'Baskische'],
    ['Volgens de autoriteiten staken Koerdische activisten de winkels in brand.', 'Koerdische'],
    ['Koerdisch verzet groeit in het westen van het land.', 'Koerdisch'],
  ])('“%s” names no one by “%s”', (sentence, adjective) => {
    expect(dutchTexts(sentence)).not.toContain(adjective);
  });

  it('a listed demonym still names its country: “Het Oekraïense leger”', () => {
    const ids = (
      mentionsOf(stage, 'nl', ['Het Oekraïense leger meldde zondag nieuwe aanvallen.'])[0] ?? []
    ).map((m) => m.id);
    expect(ids).toContain('ukraine');
  });

  it('a given name ending so, before a family name, still names a person', () => {
    expect(dutchTexts('Volgens Elise Kramer is de situatie ernstig.')).toContain('Elise Kramer');
  });
});
