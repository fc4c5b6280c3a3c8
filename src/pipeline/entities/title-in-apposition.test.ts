/**
 * "the Minister President of Saxony-Anhalt, David Hasselhoff (CDU)" for Reiner Haseloff: a
 * translation took the holder's name for a famous one that sounds alike. A definite title set off
 * by a comma before the name is a title cue, and a family name that sounds as its one holder's is
 * his; a name that does not sound so, or a title without its article, stays someone else's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const idOf = (language: string, sentence: string, name: string): string | undefined =>
  findMention(mentionsOf(stage, language, [sentence])[0], name)?.id;

describe('a famous name that sounds as the holder’s, after his title in apposition', () => {
  it.each([
    [
      'en',
      'He laid down a wreath together with the Minister President of Saxony-Anhalt, David Hasselhoff (CDU).',
      'David Hasselhoff',
      'reiner-haseloff',
    ],
    [
      'nl',
      'Hij legde een krans samen met de minister-president van Saksen-Anhalt, David Hasselhoff (CDU).',
      'David Hasselhoff',
      'reiner-haseloff',
    ],
    [
      'en',
      'He laid down a wreath together with the Minister President of Saxony-Anhalt, David Beckham.',
      'David Beckham',
      'name:david-beckham',
    ],
  ])('[%s] “%s”: %s is %s', (language, sentence, name, id) => {
    expect(idOf(language, sentence, name)).toBe(id);
  });
});
