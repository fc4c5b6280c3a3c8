/**
 * A machine translation that respells a title holder's given name as a familiar one and takes the
 * whole name for a famous bearer's ("State Minister of Defence Rowan Atkinson" for Ruwan
 * Wijewardene) still names the holder; a name after the title that is plainly someone else's stays
 * as written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The first sentence's mentions, in a document about Sri Lanka. */
function mentions(sentence: string): string[] {
  const doc = article('en', [
    sentence,
    'Almost one week after the attacks in Sri Lanka the police boss resigned.',
  ]);
  const [only] = stage.annotate(doc).sentences;
  return (only?.mentions ?? []).map((m) => `${m.text}=${m.id ?? ''}`);
}

describe('a title holder whose given name a translation respelled', () => {
  it.each([
    [
      'State Minister of Defence Rowan Atkinson had defended the correction in front of the press.',
      'Rowan Atkinson=ruwan-wijewardene',
    ],
  ])('“%s” names the holder', (sentence, expected) => {
    expect(mentions(sentence)).toContain(expected);
  });

  it.each([
    [
      'State Minister of Defence Gotabaya Silva had defended the correction in front of the press.',
      'ruwan-wijewardene',
    ],
    [
      'State Minister of Defence Ruwan Atkinson had defended the correction in front of the press.',
      'ruwan-wijewardene',
    ],
  ])('“%s”: a given name unlike the holder’s, or spelled as his, is no respelling', (sentence, holder) => {
    expect(mentions(sentence).some((m) => m.endsWith(`=${holder}`) && m.includes('Atkinson'))).toBe(false);
    expect(mentions(sentence).some((m) => m.startsWith('Gotabaya Silva=') && m.endsWith(`=${holder}`))).toBe(
      false,
    );
  });
});
